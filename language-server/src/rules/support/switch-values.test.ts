import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bindCommand } from '../../exchange/bind.js';
import { loadCmdletModel } from '../../exchange/model/load.js';
import { lastCommand } from '../testing.js';
import { switchValues } from './switch-values.js';

const model = loadCmdletModel();

/** `-Switch value → meant` for each value meant for a switch in the last command. */
function switchValuesOf(script: string): string[] {
  const command = lastCommand(script);
  const binding = bindCommand(command, model.cmdlet(command.canonical)!, script);
  return switchValues(binding, script).map(({ bound, value, meant }) => `-${bound.parameter!.name} ${value.text} → ${meant}`);
}

// [script, the values meant for a switch]
const CASES: ReadonlyArray<[string, string[]]> = [
  ['Remove-Mailbox jdoe -Confirm $false', ['-Confirm $false → false']],
  ['Remove-Mailbox jdoe -Confirm:$false', []],
  ['Remove-Mailbox jdoe -Confirm', []],
  ["Remove-Mailbox jdoe -Confirm 'false'", ["-Confirm 'false' → false"]],
  ['Remove-Mailbox jdoe -Confirm false', ['-Confirm false → false']],
  ['Remove-Mailbox jdoe -WhatIf 1', ['-WhatIf 1 → true']],
  ['Remove-Mailbox jdoe -wh $true', ['-WhatIf $true → true']],
  ['$c = $false\nRemove-Mailbox jdoe -Confirm $c', ['-Confirm $c → false']],
  ['Remove-Mailbox jdoe -Confirm `\n $false', ['-Confirm $false → false']],
  // An argument that follows a switch is the positional argument it looks like.
  ['Get-Mailbox -Archive jdoe', []],
  ['Get-Mailbox -Archive $name', []],
  ['Remove-Mailbox -Confirm -Identity jdoe', []],
  // A Boolean parameter takes its value after a space.
  ['Set-Mailbox jdoe -HiddenFromAddressListsEnabled $false', []],
];

describe('switchValues', () => {
  for (const [script, expected] of CASES) {
    it(JSON.stringify(script), () => assert.deepEqual(switchValuesOf(script), expected));
  }
});
