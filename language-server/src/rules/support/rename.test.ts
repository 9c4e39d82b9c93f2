import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renameIn } from './rename.js';

// [text, span text, word, replacement, text after | undefined when no edit]
const CASES: ReadonlyArray<[string, string, string, string, string | undefined]> = [
  ['Get-Mailboxx jdoe', 'Get-Mailboxx', 'Get-Mailboxx', 'Get-Mailbox', 'Get-Mailbox jdoe'],
  ["& 'get-mailboxx' jdoe", "'get-mailboxx'", 'Get-Mailboxx', 'Get-Mailbox', "& 'Get-Mailbox' jdoe"],
  ['Mod\\Get-EXOMailboxx', 'Mod\\Get-EXOMailboxx', 'Get-EXOMailboxx', 'Get-EXOMailbox', 'Mod\\Get-EXOMailbox'],
  ['Set-Mailbox -Quoat:1', '-Quoat:', 'Quoat', 'Quota', 'Set-Mailbox -Quota:1'],
  ["@{ 'Quoat' = 1 }", "'Quoat'", 'Quoat', 'Quota', "@{ 'Quota' = 1 }"],
  ['& "Get-Mail`box"', '"Get-Mail`box"', 'Get-Mailbox', 'Get-Mailbox', undefined],
  ['x', 'x', '', 'y', undefined],
];

describe('renameIn', () => {
  for (const [text, spanText, word, replacement, after] of CASES) {
    it(`${spanText}: ${word} → ${replacement}`, () => {
      const start = text.indexOf(spanText);
      const edit = renameIn(text, { start, end: start + spanText.length }, word, replacement);
      assert.equal(edit && text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end), after);
    });
  }
});
