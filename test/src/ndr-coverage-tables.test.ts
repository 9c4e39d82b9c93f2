import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cellCodes, ndrTableCodes, tableCells } from './ndr-coverage-tables.js';

describe('cellCodes', () => {
  /** A code cell as the NDR tables write it → the normalised codes. */
  const TABLE: ReadonlyArray<[string, string[]]> = [
    ['4.4.7', ['4.4.7']],
    ['432&nbsp;4.3.2', ['4.3.2']],
    ['550&nbsp;5.1.20', ['5.1.20']],
    ['5.4.6 or 5.4.14', ['5.4.6', '5.4.14']],
    ['5.7.13 or 135', ['5.7.13', '5.7.135']],
    ['5.7.705 <br/><br/> 5.7.708', ['5.7.705', '5.7.708']],
    ['5.7.900 <br/> to <br/> 5.7.999', ['5.7.900-999']],
    ['4.7.500-699', ['4.7.500-699']],
    ['**5.7.606-649**', ['5.7.606-649']],
    ['n/a', []],
    ['Error code', []],
  ];
  for (const [cell, codes] of TABLE) {
    it(JSON.stringify(cell), () => assert.deepEqual(cellCodes(cell), codes));
  }
});

describe('tableCells', () => {
  it('splits on unescaped bars only', () => assert.deepEqual(tableCells('|5.7.1|`a \\| b`|c|'), ['5.7.1', '`a \\| b`', 'c']));
});

describe('ndrTableCodes', () => {
  const MARKDOWN = [
    'Intro with 5.9.9 and 5.2.2 outside any table.',
    '',
    '|**Enhanced status code**|**Description**|',
    '|:-----|:-----|',
    '|4.3.1|`Insufficient system resources`|',
    '|5.7.900 <br/> to <br/> 5.7.999|`Delivery not authorized, message refused` (see 5.7.1)|',
    '|4.3.1|repeated|',
    '',
    '|Field|Description|',
    '|---|---|',
    '|**Enhanced status code**|mentions 5.1.1 in a table without a code column|',
    '',
    '|Error code|Description|',
    '|---|---|',
    '|432&nbsp;4.3.2|`STOREDRV.Deliver; recipient thread limit exceeded`|',
    '|n/a|no code|',
  ].join('\n');

  it('reads the code column of tables that have one, with the line of each first occurrence', () => {
    assert.deepEqual(ndrTableCodes(MARKDOWN), [
      { code: '4.3.1', line: 5 },
      { code: '5.7.900-999', line: 6 },
      { code: '4.3.2', line: 15 },
    ]);
  });

  it('finds nothing in text without tables', () => assert.deepEqual(ndrTableCodes('5.7.1 Unable to relay\n'), []));
});
