import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexByName, nounOf, splitQualified, TARGETS, VERB_NOUN } from './names.js';
import { EXCHANGE_VERSIONS } from '../../settings.js';

describe('legacy names', () => {
  it('TARGETS are the settings versions without any, in order', () => {
    assert.deepEqual(TARGETS, EXCHANGE_VERSIONS.filter((version) => version !== 'any'));
  });

  const shapes: [string, boolean][] = [
    ['Get-StorageGroup', true],
    ['Get-EXOMailbox', true],
    ['Test-MAPIConnectivity', true],
    ['Set-OabVirtualDirectory', true],
    ['get-storagegroup', false],
    ['Get-', false],
    ['GetMailbox', false],
    ['Get-Mailbox-Statistics', false],
    ['Get-1Mailbox', false],
    ['ForEach-Object', true],
  ];
  for (const [name, valid] of shapes) {
    it(`${name} ${valid ? 'is' : 'is not'} Verb-Noun`, () => assert.equal(VERB_NOUN.test(name), valid));
  }

  it('nounOf', () => {
    assert.equal(nounOf('Get-ADUser'), 'ADUser');
    assert.equal(nounOf('Mailbox'), undefined);
    assert.equal(nounOf('-Mailbox'), undefined);
  });

  it('splitQualified', () => {
    assert.deepEqual(splitQualified('ActiveDirectory\\Get-ADUser'), { module: 'ActiveDirectory', name: 'Get-ADUser' });
    assert.deepEqual(splitQualified('Get-ADUser'), { name: 'Get-ADUser' });
  });

  it('indexByName ignores case and refuses duplicates', () => {
    const index = indexByName([{ name: 'Get-StorageGroup' }], (row) => row.name);
    assert.equal(index.get('get-storagegroup')?.name, 'Get-StorageGroup');
    assert.throws(() => indexByName([{ name: 'Get-A' }, { name: 'GET-a' }], (row) => row.name), /listed twice/);
  });
});
