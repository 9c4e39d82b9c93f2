// LSP cancellation, answered as the protocol says: a cancelled request still gets one response, the
// RequestCancelled error (-32800). vscode-jsonrpc leaves a request cancelled while still queued to
// run anyway; `cancelBeforeDispatch` answers it at once, and `guardRequest` checks the token of
// requests that did start (before their work, after a turn of the event loop, and after it).
import { LSPErrorCodes, ResponseError, type CancellationToken, type ConnectionStrategy, type Message, type ResponseMessage } from 'vscode-languageserver/node';

export const cancelBeforeDispatch: ConnectionStrategy = {
  cancelUndispatched: (message: Message): ResponseMessage | undefined => {
    const request = message as Partial<{ id: string | number; method: string }>;
    if (request.id === undefined) return undefined;
    return { jsonrpc: '2.0', id: request.id, error: cancelled(request.method ?? 'the request', 'before it started').toJson() };
  },
};

export function cancelled(method: string, when: 'before it started' | 'while it ran'): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, `exkb: ${method} was cancelled ${when}`);
}

export function throwIfCancelled(token: CancellationToken | undefined, method: string, when: 'before it started' | 'while it ran'): void {
  if (token?.isCancellationRequested) throw cancelled(method, when);
}
