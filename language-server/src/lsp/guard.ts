// Every handler runs inside a guard: a bug or a malformed message is logged and answered with an
// empty result, and the server keeps serving. A ResponseError is a deliberate answer and passes.
import { ResponseError } from 'vscode-languageserver';
import { describeError, type Log } from './log.js';

export function guardRequest<P, R, A extends unknown[]>(log: Log, name: string, fallback: R, handler: (params: P, ...rest: A) => R | Promise<R>): (params: P, ...rest: A) => Promise<R> {
  return async (params, ...rest) => {
    try {
      return await handler(params, ...rest);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      log.error(`exkb: ${name} failed: ${describeError(error)}`);
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
