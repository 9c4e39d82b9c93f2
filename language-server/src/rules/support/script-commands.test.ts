import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseScript } from '../../powershell/index.js';
import { scriptCommandNames } from './script-commands.js';

// [script, names]
const SCRIPTS: ReadonlyArray<[string, string[]]> = [
  ['Get-Mailbox', []],
  ['function Get-Report { }', ['get-report']],
  ['function global:Delete-Mailbox { }\nfilter Select-Big { $_ }', ['delete-mailbox', 'select-big']],
  ['function Outer { function Inner-Thing { } }', ['outer', 'inner-thing']],
  ['Set-Alias -Name Gmbx -Value Get-Mailbox', ['gmbx']],
  ['Set-Alias -Value Get-Mailbox -Name Gmbx', ['gmbx']],
  ['New-Alias Get-MailboxStatistic Get-MailboxStatistics', ['get-mailboxstatistic']],
  ["sal 'x1' Get-Mailbox", ['x1']],
  ['Set-Alias -Name $name -Value Get-Mailbox', []],
];

describe('scriptCommandNames', () => {
  for (const [script, names] of SCRIPTS) {
    it(script.replace(/\n/g, ' ⏎ '), () => assert.deepEqual([...scriptCommandNames(parseScript(script))].sort(), [...names].sort()));
  }
});
