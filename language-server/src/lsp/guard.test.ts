import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { guardRequest } from './guard.js';
import type { Log } from './log.js';

function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return { lines, error: (message) => void lines.push(message), warn: (message) => void lines.push(message), info: (message) => void lines.push(message) };
}

type Outcome = { result: string } | { code: number; message: RegExp };

/** Each case: what the handler does with its token source, and what the request is answered. */
const CASES: ReadonlyArray<readonly [string, (source: CancellationTokenSource) => string | Promise<string>, Outcome, boolean]> = [
  ['a handler that returns', () => 'answer', { result: 'answer' }, false],
  ['a handler that throws a bug', () => { throw new TypeError('bug'); }, { result: 'fallback' }, false],
  ['a handler that answers with a ResponseError', () => { throw new ResponseError(-32602, 'bad params'); }, { code: -32602, message: /bad params/ }, false],
  ['a request cancelled while its handler ran', (source) => { source.cancel(); return 'answer'; }, { code: LSPErrorCodes.RequestCancelled, message: /was cancelled while it ran/ }, false],
  ['a request cancelled while its handler ran into a bug', (source) => { source.cancel(); throw new TypeError('bug'); }, { code: LSPErrorCodes.RequestCancelled, message: /while it ran/ }, false],
  ['a request cancelled before its handler started', () => 'never', { code: LSPErrorCodes.RequestCancelled, message: /was cancelled before it started/ }, true],
];

describe('guardRequest', () => {
  for (const [name, handler, outcome, cancelFirst] of CASES) {
    it(`${name}: ${'result' in outcome ? `answers ${outcome.result}` : `error ${outcome.code}`}`, async () => {
      const log = recordingLog();
      const source = new CancellationTokenSource();
      let ran = false;
      const guarded = guardRequest(log, 'test/request', 'fallback', (_params: unknown, _token: CancellationToken) => {
        ran = true;
        return handler(source);
      });
      if (cancelFirst) source.cancel();
      const answer = guarded({}, source.token);
      if ('result' in outcome) assert.equal(await answer, outcome.result);
      else await assert.rejects(answer, (error: unknown) => error instanceof ResponseError && error.code === outcome.code && outcome.message.test(error.message));
      assert.equal(ran, !cancelFirst, cancelFirst ? 'the handler never ran' : 'the handler ran');
    });
  }

  it('finds the token when a request came without params (the token is the first argument)', async () => {
    const source = new CancellationTokenSource();
    source.cancel();
    const guarded = guardRequest(recordingLog(), 'test/noParams', 'fallback', (_token: unknown) => 'answer');
    await assert.rejects(guarded(source.token), (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
  });

  it('a cancellation that arrives during the turn it waits is seen before the work starts', async () => {
    const source = new CancellationTokenSource();
    let ran = false;
    const guarded = guardRequest(recordingLog(), 'test/late', 'fallback', (_params: unknown, _token: CancellationToken) => (ran = true) && 'answer');
    const answer = guarded({}, source.token);
    source.cancel();
    await assert.rejects(answer, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    assert.equal(ran, false);
  });
});
