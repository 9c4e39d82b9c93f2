import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bindCommand } from '../../exchange/bind.js';
import { loadCmdletModel } from '../../exchange/model/load.js';
import { lastCommand } from '../testing.js';
import { boundValues } from './bound-values.js';

const model = loadCmdletModel();

/** `Parameter=value text` for every value the last command gives, in source order. */
function valuesOf(script: string): string[] {
  const command = lastCommand(script);
  const cmdlet = model.cmdlet(command.canonical);
  assert.ok(cmdlet, `${command.canonical} is in the model`);
  return boundValues(bindCommand(command, cmdlet, script)).map(({ parameter, value }) => `${parameter.name}=${value.text}`);
}

// [script, the values it binds]
const CASES: ReadonlyArray<[string, string[]]> = [
  ['Set-Mailbox -Identity jdoe -HiddenFromAddressListsEnabled $true', ['Identity=jdoe', 'HiddenFromAddressListsEnabled=$true']],
  // Positional, abbreviated, -Name:value, and the case of the cmdlet as written.
  ['set-mailbox jdoe -hidden:$false', ['Identity=jdoe', 'HiddenFromAddressListsEnabled=$false']],
  ["$p = @{ Identity = 'jdoe'; AccessRights = 'FullAccess' }\nAdd-MailboxPermission @p -User u", ["Identity='jdoe'", "AccessRights='FullAccess'", 'User=u']],
  // A switch has no value; the value written after it is positional and binds to -Identity.
  ['Get-Mailbox | Remove-Mailbox -Confirm $false', ['Identity=$false']],
  // With -Identity named, nothing is left for the stray value to bind to.
  ['Remove-Mailbox -Identity jdoe -Confirm $false', ['Identity=jdoe']],
  // Sets that disagree on the position: the argument is given to nothing.
  ['Get-Mailbox jdoe', ['Identity=jdoe']],
  ['Get-Mailbox jdoe -Database DB1', ['Database=DB1']],
  // Unknown parameters bind nothing.
  ['Set-Mailbox jdoe -NoSuchParameter 1', ['Identity=jdoe']],
];

describe('boundValues', () => {
  for (const [script, expected] of CASES) {
    it(JSON.stringify(script), () => assert.deepEqual(valuesOf(script), expected));
  }
});
