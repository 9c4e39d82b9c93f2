import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ON_PREMISES } from './names.js';
import { EXCHANGE_ONLINE_CONNECTION, EXCHANGE_SNAP_INS, exchangeSnapIn, managementSnapInFor } from './snap-ins.js';
import { assertVersions, NO_REFERENCE, REFERENCE } from './testing.js';

describe('Exchange snap-ins', () => {
  it('has unique, well-formed names', () => {
    const names = EXCHANGE_SNAP_INS.map((snapIn) => snapIn.name.toLowerCase());
    assert.equal(new Set(names).size, names.length);
    for (const snapIn of EXCHANGE_SNAP_INS) assert.match(snapIn.name, /^Microsoft\.Exchange\.Management\.PowerShell\.[A-Za-z0-9]+$/);
  });

  for (const snapIn of EXCHANGE_SNAP_INS) {
    it(`${snapIn.name}: on-premises versions; preferred only where registered`, () => {
      assertVersions(snapIn.versions, snapIn.name);
      assert.ok(!snapIn.versions.includes('online'), 'Exchange Online has no snap-in');
      for (const target of snapIn.preferredFor) assert.ok(snapIn.versions.includes(target), target);
      if (snapIn.role !== 'management') assert.deepEqual(snapIn.preferredFor, []);
    });
  }

  it('gives every on-premises version exactly one management snap-in to load, and Exchange Online none', () => {
    for (const target of ON_PREMISES) {
      const preferred = EXCHANGE_SNAP_INS.filter((snapIn) => snapIn.role === 'management' && snapIn.preferredFor.includes(target));
      assert.equal(preferred.length, 1, target);
      assert.equal(managementSnapInFor(target), preferred[0]);
    }
    assert.equal(managementSnapInFor('online'), undefined);
  });

  const perVersion: [Parameters<typeof managementSnapInFor>[0], string][] = [
    ['2007', 'Microsoft.Exchange.Management.PowerShell.Admin'],
    ['2010', 'Microsoft.Exchange.Management.PowerShell.E2010'],
    ['2013', 'Microsoft.Exchange.Management.PowerShell.SnapIn'],
    ['2016', 'Microsoft.Exchange.Management.PowerShell.SnapIn'],
    ['2019', 'Microsoft.Exchange.Management.PowerShell.SnapIn'],
    ['se', 'Microsoft.Exchange.Management.PowerShell.SnapIn'],
  ];
  for (const [target, name] of perVersion) it(`${target} loads ${name}`, () => assert.equal(managementSnapInFor(target)?.name, name));

  it('looks names up without regard to case or surrounding blanks', () => {
    assert.equal(exchangeSnapIn(' microsoft.exchange.management.powershell.e2010 ')?.preferredFor[0], '2010');
    assert.equal(exchangeSnapIn('Microsoft.Exchange.*'), undefined);
    assert.equal(exchangeSnapIn('Microsoft.Forefront.Filtering.Management.PowerShell'), undefined);
  });

  it('Connect-ExchangeOnline is in the reference', { skip: NO_REFERENCE }, () => assert.ok(REFERENCE!.has(EXCHANGE_ONLINE_CONNECTION.command)));
});
