import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAll, print, recordingDom } from '@exkb/knowledge/recording-dom';
import type { SearchHit } from '../shared/messages.js';
import { describeHits, isMatched, moveSelection, rangeChipText, renderResults } from './results.js';

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
  const hit: SearchHit = { id: 'a-b', title: 'Title <i>x</i>', codes: ['550 5.7.1', '5.7.54'], matchedCodes: ['5.7.54'], matchedRanges: [], summary: 'Summary.' };
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

describe('renderResults: ranges', () => {
  it('a range the query fell in is the first chip, with the query’s code, in place of the plain range code', () => {
    const ranged: SearchHit = { id: 'r', title: 'T', codes: ['5.7.900-999', '550 5.7.900-999'], matchedCodes: [], matchedRanges: ['5.7.900-999'], summary: '' };
    const [option] = renderResults(recordingDom, [ranged], () => undefined, '550 5.7.950');
    assert.equal(
      print(option ?? ''),
      '<li role="option" id="result-0" class="exkb-result" data-exkb-result="r" aria-selected="false" [click]><span class="exkb-result-title">T</span><ul class="exkb-chips" aria-label="Codes"><li class="exkb-chip exkb-chip-code exkb-chip-matched exkb-chip-range" data-exkb-range="5.7.900-999">5.7.950 in 5.7.900-999</li><li class="exkb-chip exkb-chip-code">550 5.7.900-999</li></ul></li>',
    );
  });
});

describe('rangeChipText', () => {
  const cases: Array<[string, string, string]> = [
    ['5.7.950', '5.7.900-999', '5.7.950 in 5.7.900-999'],
    ['Remote server returned 550 5.7.950 blocked', '5.7.900-999', '5.7.950 in 5.7.900-999'],
    ['5.7.1 and 5.7.901', '5.7.900-999', '5.7.901 in 5.7.900-999'],
    ['4.7.650', '4.7.500-699', '4.7.650 in 4.7.500-699'],
    ['5.7.1', '5.7.900-999', 'in 5.7.900-999'],
    ['', '5.7.900-999', 'in 5.7.900-999'],
    ['5.7.950', 'odd', 'in odd'],
  ];
  for (const [query, range, expected] of cases) it(`${JSON.stringify(query)} ${range}`, () => assert.equal(rangeChipText(query, range), expected));
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

describe('describeHits', () => {
  const hit = (id: string): SearchHit => ({ id, title: id, codes: [], matchedCodes: [], matchedRanges: [], summary: '' });
  const cases: Array<{ hits: SearchHit[]; scope?: string; expected: string }> = [
    { hits: [], expected: 'Nothing found for “5.2.0”.' },
    { hits: [], scope: ' for Exchange 2010', expected: 'Nothing found for Exchange 2010 for “5.2.0”.' },
    { hits: [hit('a')], expected: '1 result' },
    { hits: [hit('a'), hit('b')], scope: ' for Exchange Online', expected: '2 results for Exchange Online' },
  ];
  for (const { hits, scope, expected } of cases) it(expected, () => assert.equal(describeHits('5.2.0', hits, scope), expected));
});
