import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commandsOf } from '../testing.js';
import { nounPrefixes, withoutPrefix, withPrefix } from './noun-prefixes.js';

// [script, constant prefixes, dynamic]
const SCRIPTS: ReadonlyArray<[string, string[], boolean]> = [
  ['Get-Mailbox', [], false],
  ['Connect-ExchangeOnline -Prefix EO', ['EO'], false],
  ["connect-exchangeonline -prefix:'Cloud'", ['Cloud'], false],
  ['Connect-IPPSSession -Prefix CC', ['CC'], false],
  ['Import-PSSession $s -Pre Onprem -AllowClobber', ['Onprem'], false],
  ['ipmo ExchangeOnlineManagement -Prefix X', ['X'], false],
  ["$p = 'Remote'\nConnect-ExchangeOnline -Prefix $p", ['Remote'], false],
  ['Connect-ExchangeOnline -Prefix Source\nConnect-ExchangeOnline -Prefix source\nConnect-ExchangeOnline -Prefix Target', ['Source', 'Target'], false],
  ['param($Prefix)\nImport-PSSession $s -Prefix $Prefix', [], true],
  ["$p = @{ Prefix = 'EO' }\nConnect-ExchangeOnline @p", ['EO'], false],
  ['Connect-ExchangeOnline @PSBoundParameters', [], true],
  ["Connect-ExchangeOnline -Prefix ''", [], false],
  // -P alone could be -PSSession or -PassThru: not the prefix.
  ['Import-Module Foo -P', [], false],
  ['Get-Thing -Prefix EO', [], false],
];

describe('nounPrefixes', () => {
  for (const [script, constants, dynamic] of SCRIPTS) {
    it(script.replace(/\n/g, ' ⏎ '), () => assert.deepEqual(nounPrefixes(commandsOf(script)), { constants, dynamic }));
  }
});

// [name, prefix, without]
const STRIPPED: ReadonlyArray<[string, string, string | undefined]> = [
  ['Get-EOMailbox', 'EO', 'Get-Mailbox'],
  ['get-eomailbox', 'EO', 'get-mailbox'],
  ['Get-Mailbox', 'EO', undefined],
  ['Get-EO', 'EO', undefined],
  ['Mailbox', 'EO', undefined],
  ['Get-EOMailbox', '', undefined],
];

describe('withoutPrefix / withPrefix', () => {
  for (const [name, prefix, without] of STRIPPED) {
    it(`${name} without ${JSON.stringify(prefix)}: ${without}`, () => assert.equal(withoutPrefix(name, prefix), without));
  }
  it('puts the prefix before the noun', () => assert.equal(withPrefix('Get-Mailbox', 'Cloud'), 'Get-CloudMailbox'));
  it('leaves a name without a hyphen', () => assert.equal(withPrefix('Mailbox', 'Cloud'), 'Mailbox'));
});
