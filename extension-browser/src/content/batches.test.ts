import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LIMITS } from '../shared/messages.js';
import { cutText, DEFAULT_BATCH_LIMITS, makeBatches } from './batches.js';

test('cutText keeps codes whole and loses nothing', () => {
  const cases: Array<[string, number, string[]]> = [
    ['short', 10, ['short']],
    ['550 5.7.1 denied', 10, ['550 5.7.1 ', 'denied']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['', 5, ['']],
  ];
  for (const [text, max, expected] of cases) {
    const pieces = cutText(text, max);
    assert.deepEqual(pieces.map((piece) => piece.text), expected, text);
    for (const piece of pieces) assert.equal(text.slice(piece.offset, piece.offset + piece.text.length), piece.text);
  }
});

test('makeBatches respects the limits and keeps sources and offsets', () => {
  const limits = { pieceChars: 6, batchChars: 10, batchTexts: 2 };
  const batches = makeBatches(['aaa', 'bbbb bbbb', 'c', 'dd'], limits);
  assert.deepEqual(batches.map((batch) => batch.map((piece) => [piece.source, piece.offset, piece.text])), [
    [[0, 0, 'aaa'], [1, 0, 'bbbb ']],
    [[1, 5, 'bbbb'], [2, 0, 'c']],
    [[3, 0, 'dd']],
  ]);
  for (const batch of batches) {
    assert.ok(batch.length <= limits.batchTexts);
    assert.ok(batch.reduce((sum, piece) => sum + piece.text.length, 0) <= limits.batchChars);
  }
});

test('default limits stay inside what the background accepts', () => {
  assert.ok(DEFAULT_BATCH_LIMITS.batchChars <= LIMITS.scanChars);
  assert.ok(DEFAULT_BATCH_LIMITS.batchTexts <= LIMITS.scanTexts);
  const huge = 'x '.repeat(LIMITS.scanChars);
  for (const batch of makeBatches([huge])) {
    assert.ok(batch.length <= LIMITS.scanTexts);
    assert.ok(batch.reduce((sum, piece) => sum + piece.text.length, 0) <= LIMITS.scanChars);
  }
});
