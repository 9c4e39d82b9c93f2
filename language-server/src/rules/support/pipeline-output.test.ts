import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commandsOf } from '../testing.js';
import { firstInPipeline, outputIsUsed } from './pipeline-output.js';

/** The first Get-Mailbox in the script. */
function mailboxes(script: string) {
  const command = commandsOf(script).find((candidate) => candidate.key === 'get-mailbox');
  assert.ok(command, `Get-Mailbox in ${script}`);
  return command;
}

// [script, is the output of its Get-Mailbox put to use?]
const USED: ReadonlyArray<[string, boolean]> = [
  ['Get-Mailbox', false],
  ['Write-Host Mailboxes\nGet-Mailbox', false],
  ['Get-Mailbox; Get-Date', false],
  ['Get-Mailbox | Set-Mailbox -HiddenFromAddressListsEnabled $true', true],
  ['Get-User | Get-Mailbox', false],
  ['Get-User | Get-Mailbox | Export-Csv out.csv', true],
  ['$all = Get-Mailbox', true],
  ['$all += Get-Mailbox', true],
  ['$all =\n  Get-Mailbox', true],
  ['$all = `\n  Get-Mailbox', true],
  ['$all = `\r\n  Get-Mailbox', true],
  ['(Get-Mailbox).Count', true],
  ['$(Get-Mailbox)', true],
  ['@(Get-Mailbox)', true],
  ['foreach ($mailbox in Get-Mailbox) { $mailbox }', true],
  ['function Get-All { return Get-Mailbox }', true],
  ['$both = (Get-Date), (Get-Mailbox)', true],
];

describe('outputIsUsed', () => {
  for (const [script, used] of USED) {
    it(`${JSON.stringify(script)} → ${used}`, () => assert.equal(outputIsUsed(mailboxes(script), script), used));
  }
});

describe('firstInPipeline', () => {
  it('walks back to the command that starts the pipeline', () => {
    const commands = commandsOf('Get-User | Get-Mailbox | Set-Mailbox -Office B1');
    assert.deepEqual(commands.map((command) => firstInPipeline(command).canonical), ['Get-User', 'Get-User', 'Get-User']);
  });
  it('is the command itself outside a pipeline', () => {
    const [command] = commandsOf('Get-Mailbox');
    assert.ok(command);
    assert.equal(firstInPipeline(command), command);
  });
});
