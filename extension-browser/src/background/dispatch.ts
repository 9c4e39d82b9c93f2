// Turns one runtime message into one handler call. Messages from anyone but this extension, and
// messages of no request type of ours, get no answer at all (undefined), so another listener could
// answer them; a request's answer is always `{ ok, result | error }`, never a thrown error.
import { isRequest, type Request, type RequestType, type Response } from '../shared/messages.js';
import type { Handlers } from './handlers.js';

/** The parts of `runtime.MessageSender` the check needs. */
export interface SenderLike {
  id?: string | undefined;
}

const REQUEST_TYPES: Readonly<Record<RequestType, true>> = { search: true, entry: true, scan: true };

export function dispatch(message: unknown, sender: SenderLike, extensionId: string, handlers: () => Promise<Handlers>): Promise<Response<RequestType>> | undefined {
  if (sender.id !== extensionId) return undefined;
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(REQUEST_TYPES, type)) return undefined;
  // One of ours with bad params: say so, so the caller learns why instead of waiting for nothing.
  if (!isRequest(message)) return Promise.resolve({ ok: false, error: `exkb: the "${type}" request has missing or invalid params` });
  return answer(message, handlers);
}

async function answer(request: Request, handlers: () => Promise<Handlers>): Promise<Response<RequestType>> {
  try {
    const map = await handlers();
    const handler = map[request.type] as (params: Request['params']) => unknown;
    return { ok: true, result: handler(request.params) } as Response<RequestType>;
  } catch (error) {
    return { ok: false, error: `exkb: ${request.type} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
