import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseScript } from '../powershell/index.js';
import { isInCode } from './code-position.js';

/** `¦` marks the cursor. */
const TABLE: ReadonlyArray<[string, string, boolean]> = [
  ['a command', 'Set-Mailbox -Ide¦', true],
  ['the start of the text', '¦Set-Mailbox', true],
  ['after a closed string', "Set-Mailbox 'jdoe'¦", true],
  ['after a closed string and a blank', 'Set-Mailbox "jdoe" -¦', true],
  ['in a single-quoted string', "Set-Mailbox 'jd¦oe'", false],
  ['at the end of an unterminated string', "Set-Mailbox 'jdoe -Ide¦", false],
  ['in a double-quoted string', 'Write-Host "Set-Mailbox -Ide¦"', false],
  ['in a $( ) of a double-quoted string', 'Write-Host "Found: $(Get-Mailbox -Ide¦)"', true],
  ['after the $( ) of a double-quoted string', 'Write-Host "Found: $(Get-Mailbox) -Ide¦"', false],
  ['in a here-string', "$text = @'\nSet-Mailbox -Ide¦\n'@", false],
  ['in a line comment', '# Set-Mailbox -Ide¦', false],
  ['after a line comment, on the next line', '# note\nSet-Mailbox -Ide¦', true],
  ['in a block comment', '<# Set-Mailbox -Ide¦ #>', false],
  ['right after a block comment', '<# note #>¦', true],
  ['a comment after code on the line', 'Set-Mailbox -Identity jdoe # -Ide¦', false],
];

describe('isInCode', () => {
  for (const [name, textWithCursor, expected] of TABLE) {
    it(`${name}: ${expected ? 'code' : 'not code'}`, () => {
      const offset = textWithCursor.indexOf('¦');
      assert.equal(isInCode(parseScript(textWithCursor.replace('¦', '')), offset), expected);
    });
  }
});
