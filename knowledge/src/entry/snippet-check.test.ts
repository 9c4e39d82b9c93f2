import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPowerShellSnippet } from './snippet-check.js';

/** Snippet → the 0-based line of its first problem, or null when it is well-formed. */
const TABLE: ReadonlyArray<[string, number | null]> = [
  ['Get-Mailbox -ResultSize Unlimited | Select-Object Name', null],
  ['Set-DistributionGroup "All Staff" -RequireSenderAuthenticationEnabled $false', null],
  ["Write-Host 'it''s fine'", null],
  ['Write-Host "value: $($user.Name) done"', null],
  ['Write-Host "nested $(if ($a) { "x" } else { "y" }) end"', null],
  ['$x = @"\nunbalanced { inside " here-string\n"@', null],
  ["$y = @'\nit's literal\n'@", null],
  ['<# block\n comment with " quote #>\nGet-Mailbox', null],
  ['Get-Mailbox # a comment with an unbalanced ( paren', null],
  ['Get-Item C:\\path#with#hash', null],
  ['Get-Mailbox `\n  -ResultSize Unlimited', null],
  ['Write-Host \u201Csmart quotes\u201D', null],
  ['$h = @{ Name = "x"; Values = @(1, 2) }', null],
  ['Write-Host "escaped `" quote"', null],
  ['Write-Host "never closed', 0],
  ["Write-Host 'never closed", 0],
  ['if ($a) {\n  Get-Mailbox\n', 0],
  ['Get-Mailbox)\n', 0],
  ['$x = @"\nno end\n', 0],
  ['foo\n<# open comment', 1],
  ['Get-Mailbox | Where-Object { $_.Name -eq "a" )', 0],
];

describe('checkPowerShellSnippet', () => {
  for (const [code, line] of TABLE) {
    it(JSON.stringify(code), () => {
      const problems = checkPowerShellSnippet(code);
      if (line === null) assert.deepEqual(problems, []);
      else {
        assert.ok(problems.length > 0, 'expected a problem');
        assert.equal(problems[0]?.line, line);
      }
    });
  }
});

describe('checkPowerShellSnippet on a script of unclosed brackets', () => {
  it('locates each of the first ten, at its own line and column, and counts the rest in one line', () => {
    const code = Array.from({ length: 5_000 }, (_, n) => `${' '.repeat(n % 7)}$(`).join('\n');
    const problems = checkPowerShellSnippet(code);
    assert.equal(problems.length, 11);
    assert.deepEqual(problems.slice(0, 3).map(({ line, column }) => [line, column]), [[0, 1], [1, 2], [2, 3]]);
    assert.equal(problems[10]?.message, 'and 4990 more brackets are never closed');
    assert.equal(problems[10]?.line, 10);
  });
});
