import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSegments, type Range } from './segments.js';

test('splitSegments', () => {
  const cases: Array<[string, Array<Range<string>>, Array<[string, string | undefined]>]> = [
    ['no codes here', [], [['no codes here', undefined]]],
    ['550 5.7.1 denied', [{ start: 4, end: 9, value: 'a' }], [['550 ', undefined], ['5.7.1', 'a'], [' denied', undefined]]],
    ['5.7.1', [{ start: 0, end: 5, value: 'a' }], [['5.7.1', 'a']]],
    ['a 5.2.0 b 5.7.1', [{ start: 10, end: 15, value: 'y' }, { start: 2, end: 7, value: 'x' }], [['a ', undefined], ['5.2.0', 'x'], [' b ', undefined], ['5.7.1', 'y']]],
    ['overlap here', [{ start: 0, end: 7, value: 'long' }, { start: 3, end: 9, value: 'dropped' }], [['overlap', 'long'], [' here', undefined]]],
    ['bad', [{ start: 2, end: 9, value: 'outside' }, { start: 1, end: 1, value: 'empty' }], [['bad', undefined]]],
  ];
  for (const [text, ranges, expected] of cases) {
    const segments = splitSegments(text, ranges);
    assert.deepEqual(segments.map((segment) => [segment.text, segment.value]), expected, text);
    assert.equal(segments.map((segment) => segment.text).join(''), text);
  }
});
