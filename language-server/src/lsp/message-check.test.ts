import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkMessage } from './message-check.js';

const INVALID_REQUEST = -32600;

/** value → delivered (true), or answered with Invalid Request to this id, or dropped with no answer ('drop'). */
const CASES: ReadonlyArray<readonly [string, unknown, true | { answerTo: string | number | null } | 'drop', RegExp?]> = [
  ['a request', { jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: {} }, true],
  ['a request with a string id', { jsonrpc: '2.0', id: 'a', method: 'x' }, true],
  ['a notification', { jsonrpc: '2.0', method: 'initialized', params: {} }, true],
  ['params by position', { jsonrpc: '2.0', id: 1, method: 'x', params: [1] }, true],
  ['a response with a result', { jsonrpc: '2.0', id: 3, result: null }, true],
  ['a response with an error and id null', { jsonrpc: '2.0', id: null, error: { code: 1, message: 'm' } }, true],
  ['$/cancelRequest with an id', { jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 4 } }, true],
  ['an array', [{ jsonrpc: '2.0', id: 1, method: 'x' }], { answerTo: null }, /batch/],
  ['a number', 42, { answerTo: null }, /42 is not a JSON-RPC message/],
  ['null', null, { answerTo: null }],
  ['an empty object', {}, { answerTo: null }, /neither a request/],
  ['jsonrpc 1.0 with an id', { jsonrpc: '1.0', id: 7, method: 'x' }, { answerTo: 7 }, /"jsonrpc" is "1.0"/],
  ['no jsonrpc, a notification', { method: 'x' }, { answerTo: null }, /"jsonrpc" is missing/],
  ['a method that is a number', { jsonrpc: '2.0', id: 8, method: 1 }, { answerTo: 8 }, /"method" is 1/],
  ['an id that is an object', { jsonrpc: '2.0', id: {}, method: 'x' }, { answerTo: null }, /must be a string or an integer/],
  ['an id that is a fraction', { jsonrpc: '2.0', id: 0.5, method: 'x' }, { answerTo: null }],
  ['an id that is null', { jsonrpc: '2.0', id: null, method: 'x' }, { answerTo: null }],
  ['params that are a number', { jsonrpc: '2.0', id: 9, method: 'x', params: 3 }, { answerTo: 9 }, /must be an object or an array/],
  ['$/cancelRequest without params', { jsonrpc: '2.0', method: '$/cancelRequest' }, 'drop', /without the id/],
  ['$/cancelRequest with an id that is an object', { jsonrpc: '2.0', method: '$/cancelRequest', params: { id: {} } }, 'drop'],
  ['a response with both result and error', { jsonrpc: '2.0', id: 1, result: 1, error: { code: 1, message: 'm' } }, 'drop', /both a result and an error/],
  ['a response whose error is a string', { jsonrpc: '2.0', id: 1, error: 'bad' }, 'drop'],
  ['a response with jsonrpc 1.0', { jsonrpc: '1.0', id: 1, result: 1 }, 'drop'],
  ['a response whose id is an object', { jsonrpc: '2.0', id: {}, result: 1 }, 'drop'],
];

describe('checkMessage', () => {
  for (const [name, value, expected, reason] of CASES) {
    it(`${name}: ${expected === true ? 'delivered' : expected === 'drop' ? 'dropped' : `Invalid Request to ${String(expected.answerTo)}`}`, () => {
      const checked = checkMessage(value);
      if (expected === true) {
        assert.equal(checked.ok, true);
        return;
      }
      assert.equal(checked.ok, false);
      if (checked.ok) return;
      if (reason) assert.match(checked.reason, reason);
      if (expected === 'drop') assert.equal(checked.answer, undefined);
      else assert.deepEqual({ id: checked.answer?.id, code: checked.answer?.error?.code }, { id: expected.answerTo, code: INVALID_REQUEST });
    });
  }

  it('params null are read as no params (the handler then asks for its own)', () => {
    const checked = checkMessage({ jsonrpc: '2.0', id: 1, method: 'shutdown', params: null });
    assert.ok(checked.ok);
    assert.equal('params' in checked.message, false);
  });
});
