import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCmdletModel } from '../../exchange/model/load.js';
import { acceptedValues } from './accepted-values.js';

const model = loadCmdletModel();

function accepted(cmdlet: string, parameter: string) {
  const found = model.cmdlet(cmdlet)?.parameter(parameter);
  assert.ok(found, `${cmdlet} -${parameter} is in the model`);
  return acceptedValues(model, found);
}

describe('acceptedValues', () => {
  it('lists the values of an enumeration as the page spells them', () => {
    const values = accepted('Set-ReceiveConnector', 'PermissionGroups');
    assert.ok(values);
    assert.ok(values.listed.includes('AnonymousUsers'));
    assert.ok(values.accepted.has('anonymoususers') && !values.accepted.has('anonymoususer'));
  });
  it('accepts what any page lists for the same type', () => {
    // Add-MailboxPermission's page lists 6 MailboxRights, another page one more.
    const add = accepted('Add-MailboxPermission', 'AccessRights')!;
    const all = [...add.accepted];
    assert.ok(all.length > add.listed.length, `${all.length} accepted, ${add.listed.length} listed`);
    for (const value of add.listed) assert.ok(add.accepted.has(value.toLowerCase()));
  });
  it('knows the common *Action parameters', () => {
    assert.ok(accepted('Get-Mailbox', 'ErrorAction')?.accepted.has('silentlycontinue'));
    assert.equal(accepted('Get-Mailbox', 'OutVariable'), undefined);
  });
  // Lists a String or MultiValuedProperty page gives may not be all the cmdlet takes.
  const UNTRUSTED: ReadonlyArray<[string, string]> = [
    ['Check-PurviewConfig', 'Workload'],
    ['Set-Mailbox', 'Identity'],
    ['Set-Mailbox', 'HiddenFromAddressListsEnabled'],
  ];
  for (const [cmdlet, parameter] of UNTRUSTED) {
    it(`${cmdlet} -${parameter}: no list to check against`, () => assert.equal(accepted(cmdlet, parameter), undefined));
  }
});
