import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCmdletModel } from '../../exchange/model/load.js';
import type { ExchangeVersion } from '../../settings.js';
import { UNLISTED_PARAMETERS, unlistedParameter } from './unlisted-parameters.js';

const model = loadCmdletModel();

// [cmdlet, written, target, the unlisted parameter it names]
const CASES: ReadonlyArray<[string, string, ExchangeVersion, string | undefined]> = [
  ['Get-OrganizationConfig', 'Organization', 'online', 'Organization'],
  ['Get-AcceptedDomain', 'organization', 'any', 'Organization'],
  ['Get-OrganizationConfig', 'Organization', '2016', undefined],
  ['Get-ExchangeServer', 'Organization', 'any', undefined],
  ['New-RemoteMailbox', 'OrganizationalUnit', 'any', 'OrganizationalUnit'],
  ['New-RemoteMailbox', 'OrganizationalU', '2019', 'OrganizationalUnit'],
  ['New-RemoteMailbox', 'OrganizationalUnit', 'online', undefined],
  // A parameter only older versions had is the model's (legacy-parameters), not an unlisted one.
  ['Get-MailboxDatabase', 'IncludePreExchange2007', 'any', undefined],
  ['Get-Mailbox', 'IncludePreExchange2007', 'any', undefined],
  ['Get-Mailbox', 'Foo', 'any', undefined],
];

describe('unlistedParameter', () => {
  for (const [name, written, target, parameter] of CASES) {
    it(`${name} -${written} (${target}): ${parameter}`, () => {
      const cmdlet = model.cmdlet(name);
      assert.ok(cmdlet, name);
      assert.equal(unlistedParameter(cmdlet, written, target)?.parameter, parameter);
    });
  }
  it('lists no parameter the model already knows for its cmdlets', () => {
    for (const row of UNLISTED_PARAMETERS) {
      if (row.cmdlets === 'online') continue;
      for (const name of row.cmdlets) assert.equal(model.cmdlet(name)?.parameter(row.parameter), undefined, `${name} -${row.parameter}`);
    }
  });
});
