import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikePowerShell } from './looks-like-powershell.js';

test('looksLikePowerShell', () => {
  const cases: Array<[string, boolean]> = [
    ['Get-Mailbox -Identity alice', true],
    ['  Set-TransportConfig -MaxSendSize 25MB', true],
    ['$mbx = Get-Mailbox alice\n$mbx.Alias', true],
    ['$count=3', true],
    ['Get-MessageTrace | Where-Object { $_.Status -eq "Failed" }', true],
    ['dir | ? { $_.Length -gt 0 }', true],
    ['Remote Server returned 550 5.7.1 RESOLVER.RST.AuthRequired', false],
    ['if ($a == $b) { echo "x"; }', false],
    ['SELECT * FROM users WHERE id = 1', false],
    ['const x = get-value();', false],
    ['git log --oneline', false],
    ['', false],
    ['Get-Mailbox ' + 'x'.repeat(100_001), false],
  ];
  for (const [text, expected] of cases) assert.equal(looksLikePowerShell(text), expected, text.slice(0, 60));
});
