import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBase64, encodeBase64 } from './base64.js';

describe('base64', () => {
  const TABLE: ReadonlyArray<[number[], string]> = [
    [[], ''],
    [[0], 'AA=='],
    [[255, 254], '//4='],
    [[1, 2, 3], 'AQID'],
    [[104, 101, 108, 108, 111], 'aGVsbG8='],
  ];
  for (const [bytes, text] of TABLE) {
    it(`${JSON.stringify(bytes)} ⇄ ${text}`, () => {
      assert.equal(encodeBase64(new Uint8Array(bytes)), text);
      assert.deepEqual([...decodeBase64(text)], bytes);
    });
  }

  it('decodes without Buffer the same as with it', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, index) => (index * 37) % 256);
    const text = encodeBase64(bytes);
    const saved = (globalThis as { Buffer?: unknown }).Buffer;
    try {
      (globalThis as { Buffer?: unknown }).Buffer = undefined;
      assert.deepEqual([...decodeBase64(text)], [...bytes]);
    } finally {
      (globalThis as { Buffer?: unknown }).Buffer = saved;
    }
    assert.deepEqual([...decodeBase64(text)], [...bytes]);
  });
});
