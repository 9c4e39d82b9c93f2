import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entry } from '@exkb/knowledge';
import { countCoverage, type Coverage } from './coverage.js';

function entry(id: string, fields: Partial<Entry> = {}): Entry {
  return {
    id,
    area: 'mail-flow',
    file: `mail-flow/${id}.md`,
    title: id,
    codes: [],
    symptoms: [id],
    products: ['exchange-2016'],
    cmdlets: [],
    tags: [],
    references: ['https://learn.microsoft.com/exchange'],
    markdown: `## Symptom\n${id}`,
    summary: { symptom: '', cause: '', fix: '' },
    snippets: [{ section: 'Fix', language: 'powershell', code: 'Get-Mailbox', line: 10 }],
    links: [],
    ...fields,
  };
}

const BODY = 'the transport service stops accepting mail when the disk that holds the queue database runs low on free space and back pressure starts';

/** [case, entries, what of the coverage to compare, expected] */
const TABLE: ReadonlyArray<[string, Entry[], (coverage: Coverage) => unknown, unknown]> = [
  ['no entries', [], (c) => [c.entries, c.areas['mail-flow'], c.products['exchange-2016'], c.codes['hex']], [0, 0, 0, []]],
  ['entries per area, zero areas kept', [entry('a'), entry('b', { area: 'setup' }), entry('c')], (c) => [c.areas['mail-flow'], c.areas['setup'], c.areas['public-folders']], [2, 1, 0]],
  ['an entry counts once for each product it names', [entry('a', { products: ['exchange-2010', 'exchange-2013'] }), entry('b', { products: ['exchange-2013', 'exchange-2013'] })], (c) => [c.products['exchange-2010'], c.products['exchange-2013'], c.products['exchange-online']], [1, 2, 0]],
  ['codes are distinct by normalised form', [entry('a', { codes: ['550 5.7.1', '554 5.7.1', '0x8004010f'] }), entry('b', { codes: ['5.7.1', '0x8004010F'] })], (c) => [c.codes['enhanced-status'], c.codes['hex']], [['5.7.1'], ['0x8004010F']]],
  ['a status word after a code counts as a status word', [entry('a', { codes: ['550 5.2.0 STOREDRV.Deliver', 'RESOLVER.RST.AuthRequired'] })], (c) => [c.codes['enhanced-status'], c.codes['status-word']], [['5.2.0'], ['RESOLVER.RST.AuthRequired', 'STOREDRV.Deliver']]],
  ['every kind, numbers in numeric order', [entry('a', { codes: ['Event 9373', 'Event 1000', 'HTTP 503', 'HTTP 440', 'KB953467', '5.7.10', '5.7.9'] })], (c) => [c.codes['event-id'], c.codes['http-status'], c.codes['kb-article'], c.codes['enhanced-status']], [['Event 1000', 'Event 9373'], ['HTTP 440', 'HTTP 503'], ['KB953467'], ['5.7.9', '5.7.10']]],
  ['entries without references and without codes, by id', [entry('b', { references: [] }), entry('a', { references: [], codes: ['HTTP 500'] }), entry('c', { codes: ['KB953467'] })], (c) => [c.withoutReferences, c.withoutCodes], [['a', 'b'], ['b']]],
  [
    'a PowerShell fix is a powershell block under Fix or Correct',
    [
      entry('wrong-only', { snippets: [{ section: 'Wrong', language: 'powershell', code: 'x', line: 1 }] }),
      entry('text-only', { snippets: [{ section: 'Fix', language: 'text', code: 'x', line: 1 }] }),
      entry('none', { snippets: [] }),
      entry('correct', { snippets: [{ section: 'Correct', language: 'PS1', code: 'x', line: 1 }] }),
      entry('fix'),
    ],
    (c) => c.withoutPowerShellFix,
    ['none', 'text-only', 'wrong-only'],
  ],
  ['near-duplicate bodies with their similarity', [entry('b', { markdown: BODY }), entry('a', { markdown: BODY }), entry('c')], (c) => c.nearDuplicateBodies, [{ first: 'a', second: 'b', similarity: 1 }]],
];

describe('countCoverage', () => {
  for (const [name, entries, pick, expected] of TABLE) {
    it(name, () => assert.deepEqual(pick(countCoverage(entries)), expected));
  }
});
