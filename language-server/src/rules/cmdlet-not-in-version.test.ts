import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../lint.js';
import { mergeSettings } from '../settings.js';
import rule from './cmdlet-not-in-version.js';
import { testRule } from './testing.js';

const E2010 = { exchangeVersion: '2010' } as const;
const E2016 = { exchangeVersion: '2016' } as const;
const ONLINE = { exchangeVersion: 'online' } as const;

testRule(rule, {
  valid: [
    { name: 'no target version: the rule needs one', code: "Connect-ExchangeOnline\nSearch-Mailbox -Identity jdoe -SearchQuery 'Subject:\"Invoice\"' -DeleteContent -Force\nEnable-StorageGroupCopy SG01" },
    // Exchange 2007: the storage group cmdlets (from storage-group-cmdlets-removed).
    { name: 'Exchange 2007 has storage groups', code: "Enable-StorageGroupCopy -Identity 'MBX01\\First Storage Group' -StandbyMachine MBX02", settings: { exchangeVersion: '2007' } },
    { name: 'Exchange 2007: a reference cmdlet may have been there', code: 'Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics', settings: { exchangeVersion: '2007' } },
    { name: 'DAG cmdlets on 2010', code: 'Add-MailboxDatabaseCopy -Identity DB01 -MailboxServer MBX02 -ActivationPreference 2\nGet-MailboxDatabaseCopyStatus -Identity DB01', settings: E2010 },
    // Enable-/Disable-OutlookAnywhere (from enable-outlookanywhere-removed).
    { name: 'Exchange 2010 has Enable-OutlookAnywhere', code: 'Enable-OutlookAnywhere -Server EX01 -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Ntlm -SSLOffloading $false', settings: E2010 },
    { name: 'Exchange 2007 has Disable-OutlookAnywhere', code: 'Disable-OutlookAnywhere -Server EX01', settings: { exchangeVersion: '2007' } },
    { name: 'Set-OutlookAnywhere on 2016', code: "Set-OutlookAnywhere -Identity 'EX01\\Rpc (Default Web Site)' -ExternalHostname mail.contoso.com", settings: E2016 },
    { name: 'the name inside a string', code: "Write-Host 'Enable-OutlookAnywhere is gone'", settings: E2016 },
    // Search-Mailbox (from search-mailbox-retired).
    { name: 'Search-Mailbox on-premises', code: "Search-Mailbox -Identity jdoe -SearchQuery 'Subject:\"Invoice\"' -EstimateResultOnly", settings: E2016 },
    { name: 'the compliance search cmdlets online', code: "Connect-IPPSSession\nNew-ComplianceSearch -Name 'Invoice phish' -ExchangeLocation All -ContentMatchQuery 'subject:\"Invoice\"'\nStart-ComplianceSearch -Identity 'Invoice phish'", settings: ONLINE },
    { name: 'Search-MailboxAuditLog is another cmdlet', code: 'Search-MailboxAuditLog -Identity jdoe -ShowDetails', settings: ONLINE },
    { name: 'the Exchange Online module online', code: 'Connect-ExchangeOnline\nGet-EXOMailbox -Identity jdoe', settings: ONLINE },
    { name: 'a cmdlet of every version', code: 'get-mailbox jdoe | Set-OABVirtualDirectory -ExternalUrl https://mail.contoso.com/OAB', settings: E2016 },
    { name: 'a function of the script with the name', code: 'function Search-Mailbox { param($Identity) }\nSearch-Mailbox jdoe', settings: ONLINE },
    { name: "another module's command of the name", code: 'Contoso\\Search-Mailbox jdoe', settings: ONLINE },
    { name: 'unknown names are unknown-cmdlet\'s', code: 'Get-MailboxStatistic jdoe', settings: E2016 },
    { name: 'a noun prefix may make it another cmdlet', code: 'Connect-ExchangeOnline -Prefix Remote\nGet-RemoteMailbox -PublicFolder', settings: ONLINE },
  ],
  invalid: [
    {
      name: 'Enable-StorageGroupCopy on 2010',
      code: "Enable-StorageGroupCopy -Identity 'MBX01\\First Storage Group' -StandbyMachine MBX02",
      settings: E2010,
      errors: [
        {
          text: 'Enable-StorageGroupCopy',
          message: /^Enable-StorageGroupCopy was removed in Exchange 2010 \(Exchange 2007 has it\): on Exchange 2010 this line stops with "The term 'Enable-StorageGroupCopy' is not recognized as the name of a cmdlet"\. Use Add-MailboxDatabaseCopy instead\. /,
        },
      ],
    },
    {
      name: 'storage group cmdlets, odd casing, in a pipeline',
      code: 'get-storagegroup -Server MBX01 | Get-StorageGroupCopyStatus\nResume-StorageGroupCopy SG01\nMove-StorageGroupPath SG01 -LogFolderPath L:\\',
      settings: E2016,
      errors: [{ text: 'get-storagegroup' }, { text: 'Get-StorageGroupCopyStatus' }, { text: 'Resume-StorageGroupCopy' }, { text: 'Move-StorageGroupPath', message: /Use Move-DatabasePath instead/ }],
    },
    {
      name: 'a clustered mailbox server',
      code: 'Move-ClusteredMailboxServer -Identity CMS01 -TargetMachine NODE2 -MoveComment failover',
      settings: E2010,
      errors: [{ text: 'Move-ClusteredMailboxServer', message: /Move-ActiveMailboxDatabase/ }],
    },
    {
      name: 'Enable-OutlookAnywhere on 2013',
      code: 'Enable-OutlookAnywhere -Server EX01 -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Ntlm -SSLOffloading $false',
      settings: { exchangeVersion: '2013' },
      errors: [{ text: 'Enable-OutlookAnywhere', message: /^Enable-OutlookAnywhere was removed in Exchange 2013 .*Use Set-OutlookAnywhere instead\./ }],
    },
    { name: 'Enable-OutlookAnywhere, odd casing, Exchange SE', code: 'enable-outlookanywhere -ExternalHostname mail.contoso.com -SSLOffloading $true', settings: { exchangeVersion: 'se' }, errors: [{ text: 'enable-outlookanywhere' }] },
    { name: 'Disable-OutlookAnywhere in a pipeline on 2016', code: 'Get-ExchangeServer EX01 | Disable-OutlookAnywhere', settings: E2016, errors: [{ text: 'Disable-OutlookAnywhere' }] },
    {
      name: 'Search-Mailbox in Exchange Online',
      code: "Search-Mailbox -Identity jdoe -SearchQuery 'Subject:\"Invoice\"' -EstimateResultOnly",
      settings: ONLINE,
      errors: [{ text: 'Search-Mailbox', message: /^Search-Mailbox was removed in Exchange Online .*: in Exchange Online this line stops with .*New-ComplianceSearch.*Connect-IPPSSession/ }],
    },
    { name: 'Search-Mailbox deleting content, odd casing', code: "search-mailbox jdoe -SearchQuery 'Subject:\"Invoice\"' -DeleteContent -Force", settings: ONLINE, errors: [{ text: 'search-mailbox' }] },
    {
      name: 'Search-Mailbox piped, on the second line',
      code: "Connect-ExchangeOnline -UserPrincipalName admin@contoso.com\nGet-Mailbox -ResultSize Unlimited | Search-Mailbox -SearchQuery 'Subject:\"Invoice\"' -DeleteContent -Force",
      settings: ONLINE,
      errors: [{ text: 'Search-Mailbox', line: 2 }],
    },
    {
      name: 'an Exchange Online module cmdlet on-premises',
      code: 'Get-EXOMailbox -Identity jdoe',
      settings: E2016,
      errors: [{ text: 'Get-EXOMailbox', message: /^Get-EXOMailbox belongs to the Exchange Online PowerShell module \(ExchangeOnlineManagement\): on Exchange 2016 .* Use Get-Mailbox instead\.$/ }],
    },
    { name: 'module-qualified', code: 'ExchangeOnlineManagement\\Get-EXOMailbox jdoe', settings: { exchangeVersion: '2019' }, errors: [{ text: 'ExchangeOnlineManagement\\Get-EXOMailbox' }] },
    { name: 'an on-premises cmdlet online', code: 'Get-ExchangeServer | Get-ClientAccessService', settings: ONLINE, errors: [{ text: 'Get-ExchangeServer', message: /exists only in Exchange 2010, 2013, 2016, 2019, SE: in Exchange Online/ }, { text: 'Get-ClientAccessService' }] },
    { name: 'a cmdlet newer than the target', code: 'Get-ClientAccessService', settings: { exchangeVersion: '2013' }, errors: [{ message: /^Get-ClientAccessService exists only in Exchange 2016, 2019, SE:/ }] },
    {
      name: 'a 2010 cmdlet on Exchange 2007, with the 2007 way',
      code: 'Add-MailboxDatabaseCopy -Identity DB01 -MailboxServer MBX02',
      settings: { exchangeVersion: '2007' },
      errors: [{ message: /^Add-MailboxDatabaseCopy came with Exchange 2010: on Exchange 2007 this line stops with .*Exchange 2007 did this with .*Enable-StorageGroupCopy/ }],
    },
  ],
});

describe('cmdlet-not-in-version cites the entry of the change', () => {
  const entriesOf = (code: string, exchangeVersion: 'online' | '2010' | '2016') => lint(code, { rules: [rule], settings: mergeSettings({ exchangeVersion }) }).findings.map((finding) => finding.entries);
  it('Search-Mailbox online', () => assert.deepEqual(entriesOf('Search-Mailbox jdoe', 'online'), [['search-mailbox-retired-exchange-online', 'exchange-cmdlet-not-recognized']]));
  it('a storage group cmdlet on 2010', () => assert.deepEqual(entriesOf('Get-StorageGroup', '2010')[0]?.slice(0, 1), ['exchange-2010-no-lcr-ccr-scr-storage-group-copy']));
  it('a cmdlet with no history: the general entry', () => assert.deepEqual(entriesOf('Get-EXOMailbox', '2016'), [['exchange-cmdlet-not-recognized']]));
});
