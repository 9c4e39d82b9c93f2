import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCmdletModel } from '../../exchange/model/load.js';
import { exchangeLookalike, looksPrefixed, splitVerbNoun } from './exchange-lookalike.js';

const model = loadCmdletModel();

// [name, kind, suggestions] — kind undefined: not like an Exchange cmdlet
const NAMES: ReadonlyArray<[string, 'misspelt' | 'verb' | undefined, string[]]> = [
  ['Get-MailboxStatistic', 'misspelt', ['Get-MailboxStatistics']],
  ['get-mailboxstatistic', 'misspelt', ['Get-MailboxStatistics']],
  ['Get-DistributionGroupMembers', 'misspelt', ['Get-DistributionGroupMember']],
  ['Get-Mailboxes', 'misspelt', ['Get-Mailbox']],
  ['Get-ReceiveConector', 'misspelt', ['Get-ReceiveConnector']],
  ['Get-MailboxDatabaseCopy', 'misspelt', ['Get-MailboxDatabaseCopyStatus']],
  // Cut short before two cmdlets: both, in the model's order.
  ['Add-IPAllowList', 'misspelt', ['Add-IPAllowListEntry', 'Add-IPAllowListProvider']],
  ['add-publicfolder', 'misspelt', ['Add-PublicFolderAdministrativePermission', 'Add-PublicFolderClientPermission']],
  // Cut short before four cmdlets (Get-OrganizationalUnit, -Config, -Relationship, -Segment): too general to finish.
  ['Get-Organization', undefined, []],
  ['Delete-Mailbox', 'verb', ['Remove-Mailbox']],
  ['Create-DistributionGroup', 'verb', ['New-DistributionGroup']],
  ['Gte-Mailbox', 'verb', ['Get-Mailbox']],
  ['Enumerate-Mailbox', 'verb', []],
  // What the corpus calls: functions of other files, not typos.
  ['Get-ExchangeServerIPs', undefined, []],
  ['Get-MailboxInformation', undefined, []],
  ['Get-MBRecipientPermissions', undefined, []],
  ['Get-MailboxStatisticsOnDatabase', undefined, []],
  ['Write-Log', undefined, []],
  ['Get-Mail', undefined, []],
  // Already a cmdlet's verb and noun: not this function's business.
  ['Get-Mailbox', undefined, []],
  ['gci', undefined, []],
];

describe('exchangeLookalike', () => {
  for (const [name, kind, suggestions] of NAMES) {
    it(`${name}: ${kind ?? 'no'}`, () => {
      const found = exchangeLookalike(name, model);
      assert.equal(found?.kind, kind);
      assert.deepEqual(found?.suggestions ?? [], suggestions);
    });
  }
  it('lists the cmdlets of the noun for a verb', () => assert.ok(exchangeLookalike('Enumerate-Mailbox', model)?.sameNoun.includes('Get-Mailbox')));
});

// [name, the cmdlet it may be under a prefix]
const PREFIXED: ReadonlyArray<[string, string | undefined]> = [
  ['Get-EOMailbox', 'Get-Mailbox'],
  ['Get-SourceMailboxStatistics', 'Get-MailboxStatistics'],
  ['get-targetmailuser', 'Get-MailUser'],
  ['Get-MailboxStatistic', undefined],
  ['Get-Mailbox', undefined],
  ['Write-Log', undefined],
];

describe('looksPrefixed', () => {
  for (const [name, cmdlet] of PREFIXED) it(`${name}: ${cmdlet}`, () => assert.equal(looksPrefixed(name, model), cmdlet));
});

describe('splitVerbNoun', () => {
  it('splits Verb-Noun', () => assert.deepEqual(splitVerbNoun('Get-EXOMailbox'), { verb: 'Get', noun: 'EXOMailbox' }));
  for (const name of ['gci', 'Get-', '-Mailbox', 'Get-Mail-box', '$x', 'Mod\\Get-Mailbox']) it(`not ${name}`, () => assert.equal(splitVerbNoun(name), undefined));
});
