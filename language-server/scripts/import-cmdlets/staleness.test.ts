import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { CmdletModelFile, CmdletRecord } from '../../src/exchange/model/format.js';
import { importFolder } from './import.js';
import { DEFAULT_MODEL_FILE, DEFAULT_REFERENCE_FOLDER } from './paths.js';

const referencePresent = existsSync(DEFAULT_REFERENCE_FOLDER);
const committed = (): CmdletModelFile => JSON.parse(readFileSync(DEFAULT_MODEL_FILE, 'utf8')) as CmdletModelFile;

describe('the generated cmdlet model', () => {
  it('matches a fresh import of the reference', { skip: referencePresent ? false : `no reference at ${DEFAULT_REFERENCE_FOLDER}` }, async () => {
    const { model } = await importFolder(DEFAULT_REFERENCE_FOLDER);
    // Compared as data, not text: the message names the fix rather than dumping 1,400 cmdlets.
    const fresh = JSON.parse(JSON.stringify(model)) as CmdletModelFile;
    const stale = committed();
    const changed = diffNames(stale, fresh);
    assert.ok(
      changed.length === 0 && JSON.stringify(stale.source) === JSON.stringify(fresh.source) && stale.generated === fresh.generated,
      `language-server/model/exchange-cmdlets.json is stale (${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''}); run \`npm run import-cmdlets -w language-server\``,
    );
    assert.deepEqual(stale, fresh, 'run `npm run import-cmdlets -w language-server`');
  });

  describe('holds what the reference says', () => {
    const model = committed();
    const cmdlet = (name: string): CmdletRecord => {
      const found = model.cmdlets.find((record) => record.name.toLowerCase() === name.toLowerCase());
      assert.ok(found, `${name} is in the model`);
      return found;
    };
    it('has every cmdlet of the reference, sorted', () => {
      assert.equal(model.cmdlets.length, 1437);
      const keys = model.cmdlets.map((record) => record.name.toLowerCase());
      assert.deepEqual(keys, [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      assert.match(model.source.commit, /^[0-9a-f]{40}$/);
    });
    it('has Set-OabVirtualDirectory', () => assert.equal(cmdlet('Set-OABVirtualDirectory').name, 'Set-OabVirtualDirectory'));
    it('gives Add-MailboxPermission three parameter sets', () => {
      assert.deepEqual(
        cmdlet('Add-MailboxPermission').sets.map((set) => set.name),
        ['AccessRights', 'Owner', 'Instance'],
      );
    });
    it('makes Get-Mailbox -Identity positional', () => {
      const identitySet = cmdlet('Get-Mailbox').sets.find((set) => set.name === 'Identity');
      assert.ok(identitySet?.parameters.includes('Identity@0'));
    });
    it('takes Set-CASMailbox -Identity from the pipeline by value', () => {
      assert.equal(cmdlet('Set-CASMailbox').parameters.find((parameter) => parameter.name === 'Identity')?.pipeline, 'value');
    });
    it('has Search-Mailbox on premises only', () => {
      const products = cmdlet('Search-Mailbox').products;
      assert.ok(products.includes('2016') && !products.includes('online'), products.join(', '));
    });
    it('puts Connect-ExchangeOnline in the ExchangeOnlineManagement module', () => assert.equal(cmdlet('Connect-ExchangeOnline').module, 'ExchangeOnlineManagement'));
    it('lists the folder permission roles as accepted values', () => {
      const values = cmdlet('Add-MailboxFolderPermission').parameters.find((parameter) => parameter.name === 'AccessRights')?.values ?? [];
      for (const role of ['Author', 'Reviewer', 'PublishingEditor', 'AvailabilityOnly', 'LimitedDetails', 'FolderVisible']) assert.ok(values.includes(role), role);
    });
    it('lists receive connector permission groups and authentication mechanisms', () => {
      const parameters = cmdlet('Set-ReceiveConnector').parameters;
      assert.ok(parameters.find((parameter) => parameter.name === 'PermissionGroups')?.values?.includes('AnonymousUsers'));
      assert.ok(parameters.find((parameter) => parameter.name === 'AuthMechanism')?.values?.includes('ExternalAuthoritative'));
    });
    it('lists no identity words as values', () => {
      const identityValues = model.cmdlets.flatMap((record) => record.parameters.filter((parameter) => /IdParameter/.test(parameter.type) && parameter.values).map((parameter) => `${record.name} -${parameter.name}`));
      assert.deepEqual(identityValues, []);
    });
  });
});

function diffNames(a: CmdletModelFile, b: CmdletModelFile): string[] {
  const byName = new Map(a.cmdlets.map((record) => [record.name, JSON.stringify(record)]));
  const changed = b.cmdlets.filter((record) => byName.get(record.name) !== JSON.stringify(record)).map((record) => record.name);
  const inB = new Set(b.cmdlets.map((record) => record.name));
  return [...changed, ...a.cmdlets.filter((record) => !inB.has(record.name)).map((record) => `${record.name} (gone)`)];
}
