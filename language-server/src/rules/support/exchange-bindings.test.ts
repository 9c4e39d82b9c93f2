import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bindCommand } from '../../exchange/bind.js';
import { loadCmdletModel } from '../../exchange/model/load.js';
import { parseScript } from '../../powershell/index.js';
import { cmdletMeaning, exchangeBindings } from './exchange-bindings.js';

const model = loadCmdletModel();

function contextOf(code: string) {
  const script = parseScript(code);
  return {
    script,
    commands: script.commands,
    model,
    bind(command: (typeof script.commands)[number]) {
      const cmdlet = command.native ? undefined : model.cmdlet(command.canonical);
      return cmdlet?.parametersKnown ? bindCommand(command, cmdlet, code) : undefined;
    },
  };
}

// [script, the commands that surely mean the model's cmdlet of their name]
const SCRIPTS: ReadonlyArray<[string, string[]]> = [
  ['Get-Mailbox | Set-Mailbox -Confirm:$false', ['Get-Mailbox', 'Set-Mailbox']],
  ['ExchangeOnlineManagement\\Get-EXOMailbox jdoe', ['ExchangeOnlineManagement\\Get-EXOMailbox']],
  ['Contoso\\Get-Mailbox jdoe', []],
  ['function Get-Mailbox { }\nGet-Mailbox jdoe\nGet-CASMailbox jdoe', ['Get-CASMailbox']],
  ['Set-Alias Get-User Get-ADUser\nGet-User jdoe', ['Set-Alias']],
  ['Connect-ExchangeOnline -Prefix Remote\nGet-RemoteMailbox -PublicFolder\nGet-Mailbox', ['Connect-ExchangeOnline', 'Get-Mailbox']],
  ['Connect-ExchangeOnline -Prefix $p\nGet-RemoteMailbox\nGet-Mailbox', ['Connect-ExchangeOnline', 'Get-Mailbox']],
  ['Get-RemoteMailbox jdoe', ['Get-RemoteMailbox']],
  ['iisreset /noforce', []],
];

describe('cmdletMeaning', () => {
  for (const [code, names] of SCRIPTS) {
    it(code.replace(/\n/g, ' ⏎ '), () => {
      const context = contextOf(code);
      const means = cmdletMeaning(context);
      assert.deepEqual(context.commands.filter(means).map((command) => command.name), names);
    });
  }
});

describe('exchangeBindings', () => {
  it('binds the commands that mean a cmdlet whose parameters the model knows', () => {
    const context = contextOf("function Set-Mailbox { }\nGet-Mailbox jdoe | Set-Mailbox\nEnable-StorageGroupCopy SG01\nWrite-Host 'x'");
    assert.deepEqual(exchangeBindings(context).map((binding) => binding.cmdlet.name), ['Get-Mailbox']);
  });
});
