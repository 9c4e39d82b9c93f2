// Is a decoded JSON value a JSON-RPC 2.0 message? vscode-jsonrpc drops what is not, silently and
// without an answer, and takes `"jsonrpc": "1.0"` as 2.0; a client waiting for an answer then waits
// forever. Here every request-shaped mistake gets the Invalid Request answer the JSON-RPC
// specification asks for, and everything else is dropped with a reason for the log.
import { ErrorCodes, type Message, type ResponseMessage } from 'vscode-languageserver/node';

export type CheckedMessage =
  | { readonly ok: true; readonly message: Message }
  /** `answer` is what to send back (absent when the protocol wants no answer, e.g. for a response); `reason` is for the log. */
  | { readonly ok: false; readonly reason: string; readonly answer?: ResponseMessage };

type Id = string | number;

const CANCEL_METHOD = '$/cancelRequest';

export function checkMessage(value: unknown): CheckedMessage {
  if (Array.isArray(value)) return invalidRequest(null, 'a JSON array (a JSON-RPC batch); LSP has no batches, send one message per frame');
  if (typeof value !== 'object' || value === null) return invalidRequest(null, `${describe(value)} is not a JSON-RPC message (an object with "jsonrpc": "2.0")`);
  const message = value as Record<string, unknown>;
  const hasId = 'id' in message;
  const id = readId(message['id']);

  if ('method' in message) {
    const answerId = hasId && id !== undefined ? id : null;
    if (message['jsonrpc'] !== '2.0') return invalidRequest(answerId, `"jsonrpc" is ${describe(message['jsonrpc'])}; it must be "2.0"`);
    if (typeof message['method'] !== 'string') return invalidRequest(answerId, `"method" is ${describe(message['method'])}; it must be a string`);
    if (hasId && id === undefined) return invalidRequest(null, `the id of ${message['method']} is ${describe(message['id'])}; it must be a string or an integer`);
    const params = message['params'];
    // null is not a structured value, but some clients send it for requests without parameters (shutdown).
    if (params !== undefined && params !== null && typeof params !== 'object') {
      return invalidRequest(answerId, `the params of ${message['method']} are ${describe(params)}; they must be an object or an array`);
    }
    if (params === null) {
      // Read as no params: the handler then gets the library's own InvalidParams answer when it needs some.
      const { params: _null, ...rest } = message;
      return { ok: true, message: rest as unknown as Message };
    }
    if (message['method'] === CANCEL_METHOD && !hasId && readId(isObject(params) ? params['id'] : undefined) === undefined) {
      return { ok: false, reason: `${CANCEL_METHOD} without the id of a request to cancel` };
    }
    return { ok: true, message: message as unknown as Message };
  }

  if ('result' in message || 'error' in message) {
    if (message['jsonrpc'] !== '2.0') return { ok: false, reason: `a response whose "jsonrpc" is ${describe(message['jsonrpc'])}` };
    if (message['id'] !== null && id === undefined) return { ok: false, reason: `a response whose id is ${describe(message['id'])}` };
    if ('result' in message && 'error' in message) return { ok: false, reason: `a response to ${String(message['id'])} with both a result and an error` };
    if ('error' in message && !isObject(message['error'])) return { ok: false, reason: `a response to ${String(message['id'])} whose error is ${describe(message['error'])}` };
    return { ok: true, message: message as unknown as Message };
  }

  // Neither a request, a notification nor a response. The id may belong to one of the client's own
  // requests, so the answer carries null rather than a guess.
  return invalidRequest(null, 'an object with no "method", "result" or "error": neither a request, a notification nor a response');
}

function invalidRequest(id: Id | null, reason: string): CheckedMessage {
  return { ok: false, reason, answer: errorAnswer(id, ErrorCodes.InvalidRequest, `Invalid Request: ${reason}`) };
}

export function errorAnswer(id: Id | null, code: number, message: string): ResponseMessage {
  return { jsonrpc: '2.0', id, error: { code, message } };
}

function readId(value: unknown): Id | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as the log shows it: its JSON, cut short. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
