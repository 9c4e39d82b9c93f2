import rule from './parameter-not-in-version.js';
import { testRule } from './testing.js';

const E2010 = { exchangeVersion: '2010' } as const;
const E2016 = { exchangeVersion: '2016' } as const;
const ONLINE = { exchangeVersion: 'online' } as const;

testRule(rule, {
  valid: [
    { name: 'no target version: the rule needs one', code: 'Get-Mailbox -Database DB01\nGet-Mailbox -InactiveMailboxOnly' },
    { name: 'on-premises parameters on-premises', code: 'Get-Mailbox -Database DB01 -ResultSize Unlimited', settings: E2016 },
    { name: 'an Exchange Online parameter online', code: 'Get-Mailbox -InactiveMailboxOnly', settings: ONLINE },
    { name: 'common parameters everywhere', code: 'Get-Mailbox jdoe -ErrorAction Stop -ov found', settings: ONLINE },
    { name: 'Exchange 2007: a 2010 parameter may have been there', code: 'Get-Mailbox -Database DB01', settings: { exchangeVersion: '2007' } },
    { name: 'Exchange 2007: -StorageGroup', code: "New-MailboxDatabase -Name DB01 -StorageGroup 'MBX01\\SG01'", settings: { exchangeVersion: '2007' } },
    { name: '2010 database with -Server (from storage-group-cmdlets-removed)', code: 'New-MailboxDatabase -Name DB01 -Server MBX01 -EdbFilePath D:\\DB01\\DB01.edb', settings: E2010 },
    { name: '-S is ambiguous, not -StorageGroup', code: 'Get-MailboxDatabase -Se MBX01', settings: E2010 },
    { name: 'a property named StorageGroup', code: 'Get-MailboxDatabase | Select-Object Name, StorageGroup', settings: E2010 },
    { name: '-ExternalAuthenticationMethod has a rule of its own', code: 'Enable-OutlookAnywhere -Server EX01 -ExternalAuthenticationMethod Basic', settings: E2010 },
    { name: 'a cmdlet the target lacks: cmdlet-not-in-version says so', code: 'Get-EXOMailbox -PropertySets All', settings: E2016 },
    { name: 'a function of the script', code: 'function Get-Mailbox { param($InactiveMailboxOnly) }\nGet-Mailbox -InactiveMailboxOnly', settings: E2016 },
  ],
  invalid: [
    {
      name: 'an on-premises parameter online',
      code: 'Get-Mailbox -Database DB01',
      settings: ONLINE,
      errors: [
        {
          text: '-Database DB01',
          message: /^-Database of Get-Mailbox exists only in Exchange 2010, 2013, 2016, 2019, SE: in Exchange Online PowerShell refuses the command with "A parameter cannot be found that matches parameter name 'Database'"\. Leave it out of the Exchange Online version of the script\.$/,
        },
      ],
    },
    { name: 'an Exchange Online parameter on-premises, abbreviated', code: 'get-mailbox -InactiveMailbox', settings: E2016, errors: [{ text: '-InactiveMailbox', message: /^-InactiveMailboxOnly of Get-Mailbox exists only in Exchange Online: on Exchange 2016 .*'InactiveMailbox'/ }] },
    { name: 'a parameter newer than the target', code: 'Get-Mailbox -AuditLog', settings: E2010, errors: [{ message: /exists only in Exchange 2016, 2019, SE/ }] },
    { name: 'Exchange 2007: a parameter 2010 did not have either', code: 'Get-Mailbox -InactiveMailboxOnly', settings: { exchangeVersion: '2007' }, errors: [{ text: '-InactiveMailboxOnly' }] },
    {
      name: '-StorageGroup on New-MailboxDatabase, abbreviated (from storage-group-cmdlets-removed)',
      code: "New-MailboxDatabase -Name DB01 -Storage 'MBX01\\SG01'",
      settings: E2010,
      errors: [{ text: "-Storage 'MBX01\\SG01'", message: /^-StorageGroup of New-MailboxDatabase was removed in Exchange 2010 \(only Exchange 2007 had it\): .* Use -Server instead\./ }],
    },
    {
      name: 'a splatted key',
      code: "$p = @{ Identity = 'jdoe'; InactiveMailboxOnly = $true }\nGet-Mailbox @p",
      settings: E2016,
      errors: [{ text: 'InactiveMailboxOnly', line: 1 }],
    },
  ],
});
