import rule from './parameter-set-conflict.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'one set: AccessRights', code: 'Add-MailboxPermission -Identity jdoe -User u -AccessRights FullAccess -InheritanceType All -AutoMapping $false' },
    { name: 'one set: Owner, positional identity', code: "Add-MailboxPermission 'Room 101' -Owner 'Facilities'" },
    { name: 'parameters in several sets narrow to their common one', code: 'Add-MailboxPermission jdoe -Instance $ace -AccessRights FullAccess -User u' },
    { name: 'common parameters are in every set', code: 'Add-MailboxPermission jdoe -Owner u -ErrorAction Stop -Verbose -WhatIf' },
    { name: 'Get-Mailbox by database', code: 'Get-Mailbox -Database DB01 -ResultSize Unlimited' },
    { name: 'New-ReceiveConnector by usage', code: 'New-ReceiveConnector -Name Relay -Usage Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 10.0.0.5 -Server EX01' },
    { name: 'New-ReceiveConnector by type switch', code: 'New-ReceiveConnector -Name Relay -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 10.0.0.5' },
    { name: 'an unknown parameter narrows nothing', code: 'Add-MailboxPermission jdoe -Owner u -NoSuchThing 1' },
    { name: 'an ambiguous abbreviation narrows nothing', code: 'Get-Mailbox -Database DB01 -S EX01' },
    { name: 'a cmdlet the model lacks', code: 'Get-Widget -Owner u -AccessRights FullAccess' },
    { name: 'a cmdlet outside Exchange', code: 'Get-ChildItem -Path C:\\ -LiteralPath D:\\' },
    { name: 'an alias outside Exchange', code: 'gci -Path C:\\ -LiteralPath D:\\' },
    { name: 'Exchange 2007: its sets are not in the reference', code: 'Get-Mailbox -Database DB01 -Server EX01', settings: { exchangeVersion: '2007' } },
  ],
  invalid: [
    {
      name: 'Owner and AccessRights',
      code: 'Add-MailboxPermission -Identity jdoe -Owner u -AccessRights FullAccess -User v',
      errors: [{ text: '-AccessRights', message: /Parameter set cannot be resolved.*-AccessRights \(sets AccessRights, Instance\) cannot be used with -Owner \(set Owner\)\. Keep the parameters of one set/ }],
    },
    {
      name: 'case-insensitive cmdlet and abbreviated parameters',
      code: 'add-mailboxpermission jdoe -own u -accessr FullAccess',
      errors: [{ text: '-accessr', message: /-AccessRights .* -Owner/ }],
    },
    {
      name: 'Get-Mailbox with Database and Server',
      code: 'Get-Mailbox -Database DB01 -Server EX01',
      errors: [{ text: '-Server', message: /-Server \(set ServerSet\) cannot be used with -Database \(set DatabaseSet\)/ }],
    },
    {
      name: 'Get-Mailbox with Identity and Anr',
      code: 'Get-Mailbox -Identity jdoe -Anr smith',
      errors: [{ text: '-Anr' }],
    },
    {
      name: 'New-ReceiveConnector with Usage and a type switch',
      code: 'New-ReceiveConnector -Name Relay -Usage Custom -Internet -Bindings 0.0.0.0:25',
      errors: [{ text: '-Internet', message: /-Internet \(set Internet\) cannot be used with -Usage \(set UsageType\)/ }],
    },
    {
      name: 'splatted keys',
      code: "$p = @{ Identity = 'jdoe'; Owner = 'u'; AccessRights = 'FullAccess'; User = 'v' }\nAdd-MailboxPermission @p",
      errors: [{ text: 'AccessRights', line: 1 }],
    },
    {
      name: 'a splat that cannot be read does not hide the conflict',
      code: 'Add-MailboxPermission @PSBoundParameters -Owner u -AccessRights FullAccess',
      errors: [{ text: '-AccessRights' }],
    },
    {
      name: '-Param:value',
      code: 'Get-Mailbox -Server:EX01 -Database:DB01',
      errors: [{ text: '-Database:' }],
    },
    {
      name: 'in a pipeline, under a target version',
      code: 'Get-Mailbox -ResultSize Unlimited | Add-MailboxPermission -Owner u -AccessRights FullAccess -User v',
      settings: { exchangeVersion: '2016' },
      errors: [{ text: '-AccessRights' }],
    },
  ],
});
