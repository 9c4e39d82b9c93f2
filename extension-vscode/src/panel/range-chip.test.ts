import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rangeChipText } from './range-chip.js';

describe('rangeChipText', () => {
  const CASES: ReadonlyArray<[string, string, string]> = [
    ['5.7.950', '5.7.900-999', '5.7.950 in 5.7.900-999'],
    ['550 5.7.950 Rejected by transport rule', '5.7.900-999', '5.7.950 in 5.7.900-999'],
    ['5.7.1 then 5.7.901', '5.7.900-999', '5.7.901 in 5.7.900-999'],
    ['4.7.500', '4.7.500-699', '4.7.500 in 4.7.500-699'],
    ['5.7.1', '5.7.900-999', 'in 5.7.900-999'],
    ['15.7.950', '5.7.900-999', 'in 5.7.900-999'],
    ['5.7.9501', '5.7.900-999', 'in 5.7.900-999'],
    ['5x7.950', '5.7.900-999', 'in 5.7.900-999'],
    ['5.7.950', 'not a range', 'in not a range'],
  ];
  for (const [query, range, text] of CASES) it(`${JSON.stringify(query)} with ${range}`, () => assert.equal(rangeChipText(query, range), text));
});
