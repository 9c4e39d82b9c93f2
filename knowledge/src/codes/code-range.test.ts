import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RangeTable, rangeKey, rangeProblem, type CodeRange } from './code-range.js';

describe('rangeProblem', () => {
  /** Text → a fragment the explanation must contain, or undefined when there is nothing to explain. */
  const TABLE: ReadonlyArray<[string, string | undefined]> = [
    ['5.7.900-999', undefined],
    ['550 5.7.900 - 5.7.999', undefined],
    ['5.7.950', undefined],
    ['STOREDRV.Deliver', undefined],
    ['5.7.999-900', 'reversed (999 is above 900); write the lower end first: 5.7.900-999'],
    ['5.7.999-5.7.900', 'reversed'],
    ['5.7.900-5.7.900', 'holds a single code; write 5.7.900'],
    ['5.7.900-4.7.999', 'must share class and subject'],
    ['5.7.900-99', 'as many digits as the lower one (900)'],
    ['5.7.900-abc', 'the upper end "abc" of the range is not a number or a code'],
    ['5.7.900-', 'the upper end "" of the range'],
    ['5.7.900-1200', 'above 999'],
    ['5.9.1-5', 'subject 9'],
    ['5.7.900\u2014999', 'with a hyphen or an en dash, not "\u2014"'],
    ['5.7.900..999', 'not ".."'],
  ];
  for (const [text, fragment] of TABLE) {
    it(JSON.stringify(text), () => {
      const problem = rangeProblem(text);
      if (fragment === undefined) assert.equal(problem, undefined);
      else assert.ok(problem?.includes(fragment), `${String(problem)} should contain ${fragment}`);
    });
  }
});

describe('RangeTable', () => {
  const ranges: CodeRange[] = [
    { prefix: '5.7', low: 900, high: 999 },
    { prefix: '5.7', low: 500, high: 699 },
    { prefix: '5.7', low: 606, high: 649 },
    { prefix: '4.7', low: 500, high: 699 },
    { prefix: '4.7', low: 850, high: 899 },
    { prefix: '5.1', low: 1, high: 20 },
  ];
  const table = new RangeTable(ranges);
  /** Code → the range keys holding it, narrowest first. */
  const TABLE: ReadonlyArray<[string, string[]]> = [
    ['5.7.950', ['5.7.900-999']],
    ['5.7.900', ['5.7.900-999']],
    ['5.7.999', ['5.7.900-999']],
    ['5.7.899', []],
    ['5.7.620', ['5.7.606-649', '5.7.500-699']],
    ['5.7.650', ['5.7.500-699']],
    ['5.7.500', ['5.7.500-699']],
    ['4.7.620', ['4.7.500-699']],
    ['4.7.875', ['4.7.850-899']],
    ['4.7.700', []],
    ['5.1.10', ['5.1.1-20']],
    ['5.1.0', []],
    ['5.2.950', []],
    ['5.7.900-999', []],
    ['not a code', []],
  ];
  for (const [code, expected] of TABLE) {
    it(code, () => assert.deepEqual(table.containing(code).map(rangeKey), expected));
  }

  it('finds nothing in an empty table', () => assert.deepEqual(new RangeTable([]).containing('5.7.950'), []));

  it('spells a range by its key', () => assert.equal(rangeKey({ prefix: '4.7', low: 850, high: 899 }), '4.7.850-899'));
});
