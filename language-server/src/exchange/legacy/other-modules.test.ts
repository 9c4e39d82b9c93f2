import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INTRODUCED_IN_2010 } from './introduced-in-2010.js';
import { LEGACY_PARAMETERS } from './legacy-parameters.js';
import { nounOf, VERB_NOUN } from './names.js';
import { ONLINE_RETIRED } from './online-retired.js';
import { isOtherModuleCommand, OTHER_MODULES, otherModuleOf } from './other-modules.js';
import { REMOVED_CMDLETS } from './removed-cmdlets.js';
import { NO_REFERENCE, REFERENCE } from './testing.js';

const COMMANDS = OTHER_MODULES.flatMap((module) => module.commands);
const PREFIXES = OTHER_MODULES.flatMap((module) => module.nounPrefixes ?? []);
/** Every Exchange cmdlet name the legacy tables know. */
const LEGACY_EXCHANGE = [
  ...REMOVED_CMDLETS.map((cmdlet) => cmdlet.name),
  ...REMOVED_CMDLETS.flatMap((cmdlet) => cmdlet.replacement),
  ...INTRODUCED_IN_2010.flatMap((family) => family.cmdlets),
  ...ONLINE_RETIRED.flatMap((row) => [row.name, ...row.replacement]),
  ...LEGACY_PARAMETERS.map((row) => row.cmdlet),
];

function prefixOf(name: string): string | undefined {
  const noun = nounOf(name)?.toLowerCase() ?? '';
  return PREFIXES.find((prefix) => noun.startsWith(prefix.toLowerCase()));
}

describe('commands of other modules', () => {
  it('lists each module and command once, commands as Verb-Noun', () => {
    assert.equal(new Set(OTHER_MODULES.map((module) => module.module.toLowerCase())).size, OTHER_MODULES.length);
    assert.equal(new Set(COMMANDS.map((name) => name.toLowerCase())).size, COMMANDS.length);
    for (const name of COMMANDS) assert.match(name, VERB_NOUN);
    for (const prefix of PREFIXES) assert.match(prefix, /^[A-Z][A-Za-z]+$/);
  });

  it('shares no name and no noun prefix with the legacy Exchange tables', () => {
    for (const name of LEGACY_EXCHANGE) {
      assert.equal(otherModuleOf(name), undefined, `${name} is an Exchange cmdlet but matches ${otherModuleOf(name)}`);
    }
  });

  it('shares no name with the reference', { skip: NO_REFERENCE }, () => {
    const clashes = COMMANDS.filter((name) => REFERENCE!.has(name));
    assert.deepEqual(clashes, []);
  });

  it('no reference cmdlet has a noun starting with a prefix', { skip: NO_REFERENCE }, () => {
    const clashes = REFERENCE!.names.filter((name) => prefixOf(name)).map((name) => `${name} (${prefixOf(name)})`);
    assert.deepEqual(clashes, []);
  });

  describe('lookup', () => {
    const cases: [string, string | undefined][] = [
      ['Get-ADUser', 'ActiveDirectory'],
      ['get-aduser', 'ActiveDirectory'],
      ['Get-ADUserResultantPasswordPolicy', 'ActiveDirectory'],
      ['ActiveDirectory\\Get-Anything', 'ActiveDirectory'],
      ['Microsoft.PowerShell.Utility\\Write-Host', 'Microsoft.PowerShell.Utility'],
      ['Get-MgUserCalendar', 'Microsoft.Graph'],
      ['Where-Object', 'Microsoft.PowerShell.Core'],
      ['Get-WebConfigurationProperty', 'WebAdministration'],
      ['Get-NetAdapterVmq', 'NetAdapter'],
      ['Connect-ExchangeServer', 'RemoteExchange.ps1'],
      ['Get-ADPermission', undefined],
      ['Get-AddressList', undefined],
      ['Get-WebServicesVirtualDirectory', undefined],
      ['Get-NetworkConnectionInfo', undefined],
      ['Get-Mailbox', undefined],
      ['Get-ClusteredMailboxServerStatus', undefined],
      ['Mailbox', undefined],
      ['', undefined],
    ];
    for (const [name, module] of cases) {
      it(`${name || '(empty)'} → ${module ?? 'none'}`, () => {
        assert.equal(otherModuleOf(name), module);
        assert.equal(isOtherModuleCommand(name), module !== undefined);
      });
    }
  });
});
