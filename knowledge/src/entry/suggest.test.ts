import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closest, editDistance } from './suggest.js';

describe('editDistance', () => {
  const TABLE: ReadonlyArray<[string, string, number]> = [
    ['', '', 0],
    ['kitten', 'sitting', 3],
    ['symptom', 'symptoms', 1],
    ['abc', '', 3],
  ];
  for (const [a, b, distance] of TABLE) it(`${a} → ${b}`, () => assert.equal(editDistance(a, b), distance));
});

describe('closest', () => {
  const TABLE: ReadonlyArray<[string, string[], string | undefined]> = [
    ['symptom', ['title', 'symptoms', 'codes'], 'symptoms'],
    ['exchange-2012', ['exchange-2010', 'exchange-2013'], 'exchange-2010'],
    ['Titel', ['title'], 'title'],
    ['zzzzzz', ['title', 'codes'], undefined],
  ];
  for (const [word, candidates, expected] of TABLE) it(word, () => assert.equal(closest(word, candidates), expected));
});
