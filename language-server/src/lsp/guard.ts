// Every handler runs inside a guard: a bug or a malformed message is logged and answered with an
// empty result, and the server keeps serving. A ResponseError is a deliberate answer and passes.
// A request cancelled before or while its handler runs is answered with RequestCancelled.
import { CancellationToken, ResponseError } from 'vscode-languageserver';
import { throwIfCancelled } from './cancellation.js';
import { describeError, type Log } from './log.js';

export function guardRequest<P, R, A extends unknown[]>(log: Log, name: string, fallback: R, handler: (params: P, ...rest: A) => R | Promise<R>): (params: P, ...rest: A) => Promise<R> {
  return async (params, ...rest) => {
    // The token follows the params; for a request sent without params it comes first.
    const token = [params, ...rest].find((argument): argument is CancellationToken => CancellationToken.is(argument));
    try {
      if (token) {
        // One turn of the event loop first, so a $/cancelRequest already on its way is read
        // before the work starts (a lint blocks reading until it ends).
        await new Promise((resolve) => setImmediate(resolve));
        throwIfCancelled(token, name, 'before it started');
      }
      const result = await handler(params, ...rest);
      throwIfCancelled(token, name, 'while it ran');
      return result;
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      log.error(`exkb: ${name} failed: ${describeError(error)}`);
      throwIfCancelled(token, name, 'while it ran');
      return fallback;
    }
  };
}

export function guardNotification<P>(log: Log, name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    try {
      const done = handler(params);
      if (done instanceof Promise) done.catch((error: unknown) => log.error(`exkb: ${name} failed: ${describeError(error)}`));
    } catch (error) {
      log.error(`exkb: ${name} failed: ${describeError(error)}`);
    }
  };
}

/** Narrowing for params that arrive as `unknown` JSON. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
