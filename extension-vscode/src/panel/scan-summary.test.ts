import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanSummary } from './scan-summary.js';

describe('scanSummary', () => {
  const CASES: ReadonlyArray<[number, number, number | undefined, string]> = [
    [0, 0, undefined, 'No error codes found in this text.'],
    [1, 1, undefined, '1 code found, 1 with knowledge entries.'],
    [3, 2, 3, '3 codes found, 2 with knowledge entries.'],
    [1000, 640, 16000, '16,000 codes found; the first 1,000 are listed, 640 of them with knowledge entries.'],
  ];
  for (const [shown, matched, total, expected] of CASES) {
    it(`${shown} shown of ${total ?? shown}: ${expected}`, () => {
      assert.equal(scanSummary(shown, matched, total), expected);
    });
  }
});
