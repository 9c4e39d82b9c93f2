import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lookUpQuery, MAX_QUERY_LENGTH } from './look-up.js';

/** `|` in `line` marks the cursor. */
function atCursor(line: string): { selection: string; line: string; character: number } {
  const character = line.indexOf('|');
  assert.ok(character >= 0, `no cursor in ${line}`);
  return { selection: '', line: line.replace('|', ''), character };
}

test('the word at the cursor, with codes and cmdlet names kept whole', () => {
  const cases: { line: string; expected: string }[] = [
    { line: '# 550 5.2|.0 STOREDRV.Deliver; mailbox full', expected: '5.2.0' },
    { line: '# 550 5.2.0| STOREDRV.Deliver', expected: '5.2.0' },
    { line: '# |550 5.2.0', expected: '550' },
    { line: '# MAPI_E_NOT_FOUND (0x8004|010F)', expected: '0x8004010F' },
    { line: '# see STOREDRV.Del|iver', expected: 'STOREDRV.Deliver' },
    { line: 'The server answered 5.7.1|.', expected: '5.7.1' },
    { line: 'Get-Mail|box -Identity "Sales"', expected: 'Get-Mailbox' },
    { line: 'Get-Mailbox -Ident|ity "Sales"', expected: '-Identity' },
    { line: 'KB95|3467 explains it', expected: 'KB953467' },
    { line: 'Event #|1309', expected: '1309' },
    { line: 'Ereignis Zustellungsfehl|er', expected: 'Zustellungsfehler' },
    { line: '   |   ', expected: '' },
    { line: '|', expected: '' },
    { line: '"|"', expected: '' },
  ];
  for (const { line, expected } of cases) assert.equal(lookUpQuery(atCursor(line)), expected, line);
});

test('a selection wins over the word at the cursor, on one line and cut to a query', () => {
  const cases: { selection: string; expected: string }[] = [
    { selection: '5.2.0', expected: '5.2.0' },
    { selection: '  550 5.2.0\n  STOREDRV.Deliver\r\n', expected: '550 5.2.0 STOREDRV.Deliver' },
    { selection: 'x'.repeat(MAX_QUERY_LENGTH + 10), expected: 'x'.repeat(MAX_QUERY_LENGTH) },
    { selection: ' \n\t ', expected: 'Get-Mailbox' },
  ];
  for (const { selection, expected } of cases) assert.equal(lookUpQuery({ selection, line: 'Get-Mailbox', character: 3 }), expected, JSON.stringify(selection));
});
