import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countAtMost, lineStarts } from './text-lines.js';

describe('lineStarts and countAtMost', () => {
  const TEXT = 'one\ntwo\n\nfour';
  const TABLE: ReadonlyArray<[offset: number, line: number]> = [
    [0, 1],
    [3, 1],
    [4, 2],
    [8, 3],
    [9, 4],
    [12, 4],
  ];
  const starts = lineStarts(TEXT);
  it('finds every line start', () => assert.deepEqual(starts, [0, 4, 8, 9]));
  for (const [offset, line] of TABLE) it(`offset ${offset} is on line ${line}`, () => assert.equal(countAtMost(starts, offset), line));
  it('counts nothing in an empty list', () => assert.equal(countAtMost([], 5), 0));
});
