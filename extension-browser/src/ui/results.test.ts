import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SearchHit } from '../shared/messages.js';
import { findAll, print, recordingDom } from './recording-dom.js';
import { isMatched, moveSelection, renderResults } from './results.js';

describe('moveSelection', () => {
  const cases: Array<[number, string, number, number | undefined]> = [
    [-1, 'ArrowDown', 3, 0],
    [0, 'ArrowDown', 3, 1],
    [2, 'ArrowDown', 3, 2],
    [2, 'ArrowUp', 3, 1],
    [0, 'ArrowUp', 3, 0],
    [-1, 'ArrowUp', 3, 0],
    [1, 'Home', 3, 0],
    [0, 'End', 3, 2],
    [0, 'a', 3, undefined],
    [-1, 'ArrowDown', 0, undefined],
  ];
  for (const [current, key, count, expected] of cases) it(`${current} ${key} of ${count}`, () => assert.equal(moveSelection(current, key, count), expected));
});

describe('renderResults', () => {
  const hit: SearchHit = { id: 'a-b', title: 'Title <i>x</i>', codes: ['550 5.7.1', '5.7.54'], matchedCodes: ['5.7.54'], summary: 'Summary.' };
  it('one option per hit, text only, matched code marked, chooses on click', () => {
    const chosen: string[] = [];
    const [option] = renderResults(recordingDom, [hit], (chosenHit) => chosen.push(chosenHit.id));
    assert.equal(
      print(option ?? ''),
      '<li role="option" id="result-0" class="exkb-result" data-exkb-result="a-b" aria-selected="false" [click]><span class="exkb-result-title">Title &lt;i&gt;x&lt;/i&gt;</span><ul class="exkb-chips" aria-label="Codes"><li class="exkb-chip exkb-chip-code">550 5.7.1</li><li class="exkb-chip exkb-chip-code exkb-chip-matched">5.7.54</li></ul><span class="exkb-result-summary">Summary.</span></li>',
    );
    findAll(option ?? '', (node) => node.attributes['data-exkb-result'] !== undefined)[0]?.click?.();
    assert.deepEqual(chosen, ['a-b']);
  });
});

describe('isMatched', () => {
  const cases: Array<[string, string[], boolean]> = [
    ['550 5.7.1', ['5.7.1'], true],
    ['5.7.15', ['5.7.1'], false],
    ['550 5.7.54 SMTP; Unable to relay', ['5.7.54'], true],
    ['0x8004010F', ['0x8004010F'], true],
    ['5.7.1', [], false],
  ];
  for (const [code, matched, expected] of cases) it(`${code} ${matched.join(',')}`, () => assert.equal(isMatched(code, matched), expected));
});
