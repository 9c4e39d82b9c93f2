import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapRange } from './offsets.js';

test('mapRange', () => {
  const nodes = ['Set-Mailbox', ' ', '-Identity', ' x'];
  const cases: Array<[number, number, Array<[number, number, number]>]> = [
    [0, 11, [[0, 0, 11]]],
    [4, 11, [[0, 4, 11]]],
    [4, 14, [[0, 4, 11], [1, 0, 1], [2, 0, 2]]],
    [12, 23, [[2, 0, 9], [3, 0, 2]]],
    [11, 11, []],
    [30, 40, []],
  ];
  for (const [start, end, expected] of cases) {
    const ranges = mapRange(nodes, start, end);
    assert.deepEqual(ranges.map((range) => [range.index, range.start, range.end]), expected, `${start}-${end}`);
    const whole = nodes.join('');
    assert.equal(ranges.map((range) => nodes[range.index]!.slice(range.start, range.end)).join(''), whole.slice(start, Math.min(end, whole.length)));
  }
  assert.deepEqual(mapRange(['', 'ab', ''], 0, 2), [{ index: 1, start: 0, end: 2 }]);
});
