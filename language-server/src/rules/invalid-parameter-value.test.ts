import rule from './invalid-parameter-value.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'folder role', code: "Add-MailboxFolderPermission -Identity 'jdoe:\\Calendar' -User u -AccessRights Reviewer" },
    { name: 'case does not matter', code: "Add-MailboxFolderPermission -Identity 'jdoe:\\Calendar' -User u -AccessRights reviewer" },
    { name: 'folder rights as an array', code: "Add-MailboxFolderPermission -Identity 'jdoe:\\Calendar' -User u -AccessRights ReadItems, FolderVisible" },
    { name: 'flags in one string', code: "Set-ReceiveConnector -Identity 'EX01\\Relay' -PermissionGroups 'AnonymousUsers, ExchangeUsers'" },
    { name: 'a value any page of the type lists', code: 'Add-MailboxPermission jdoe -User u -AccessRights FullAccess, ReadPermission' },
    { name: 'numeric value of the enumeration', code: "Set-ReceiveConnector -Identity 'EX01\\Relay' -PermissionGroups 3" },
    { name: 'a variable', code: "Set-ReceiveConnector -Identity 'EX01\\Relay' -PermissionGroups $groups" },
    { name: 'a variable assigned once to valid values', code: "$rights = 'Editor'\nAdd-MailboxFolderPermission -Identity 'jdoe:\\Calendar' -User u -AccessRights $rights" },
    { name: 'an expression', code: "Add-MailboxFolderPermission -Identity 'jdoe:\\Calendar' -User u -AccessRights ($role)" },
    { name: 'an expandable string', code: "Add-MailboxFolderPermission -Identity 'jdoe:\\Calendar' -User u -AccessRights \"$role\"" },
    { name: '$null', code: 'Set-ReceiveConnector -Identity Relay -PermissionGroups $null' },
    { name: 'a String parameter whose page lists values is not checked', code: 'Check-PurviewConfig -Workload Yammer' },
    { name: 'a parameter without a list', code: 'Set-Mailbox -Identity jdoe -Office Anything' },
    { name: 'ErrorAction', code: 'Get-Mailbox -ErrorAction silentlycontinue -WarningAction Ignore' },
    { name: 'a cmdlet the model lacks', code: 'Set-Widget -AccessRights Reviwer' },
    { name: 'Exchange 2007: values may have changed since', code: 'Add-MailboxPermission jdoe -User u -AccessRights FullAcess', settings: { exchangeVersion: '2007' } },
  ],
  invalid: [
    {
      name: 'misspelt folder role',
      code: "Add-MailboxFolderPermission -Identity 'jdoe:\\Calendar' -User u -AccessRights Reviwer",
      errors: [{ text: 'Reviwer', message: /Add-MailboxFolderPermission stops with "Cannot bind parameter 'AccessRights'" because Reviwer is not one of the values -AccessRights accepts \(MailboxFolderAccessRight\[\]\)\. Did you mean Reviewer\? Valid values: None, CreateItems/ }],
      output: "Add-MailboxFolderPermission -Identity 'jdoe:\\Calendar' -User u -AccessRights Reviewer",
    },
    {
      name: 'singular in a comma-separated string',
      code: "Set-ReceiveConnector -Identity 'EX01\\Relay' -PermissionGroups 'AnonymousUser, ExchangeUsers'",
      errors: [{ text: 'AnonymousUser', message: /Did you mean AnonymousUsers\?/ }],
      output: "Set-ReceiveConnector -Identity 'EX01\\Relay' -PermissionGroups 'AnonymousUsers, ExchangeUsers'",
    },
    {
      name: 'one wrong item of an array',
      code: 'Set-ReceiveConnector -Identity Relay -PermissionGroups ExchangeUsers, ExchangeServer',
      errors: [{ text: 'ExchangeServer', message: /Did you mean ExchangeServers\?/ }],
      output: 'Set-ReceiveConnector -Identity Relay -PermissionGroups ExchangeUsers, ExchangeServers',
    },
    {
      name: 'a mailbox right given to a folder: no close match, no fix',
      code: "Add-MailboxFolderPermission -Identity 'jdoe:\\Calendar' -User u -AccessRights FullAccess",
      errors: [{ text: 'FullAccess', message: /FullAccess is not one of the values -AccessRights accepts.*Valid values: / }],
    },
    {
      name: '-Param:value, abbreviated, case-insensitive cmdlet',
      code: 'add-mailboxpermission jdoe -User u -AccessR:FullAcess',
      errors: [{ text: 'FullAcess', message: /Did you mean FullAccess\?/ }],
      output: 'add-mailboxpermission jdoe -User u -AccessR:FullAccess',
    },
    {
      name: 'splatted',
      code: "$p = @{ Identity = 'jdoe'; User = 'u'; AccessRights = 'Reviwer' }\nAdd-MailboxFolderPermission @p",
      errors: [{ text: 'Reviwer', line: 1 }],
      output: "$p = @{ Identity = 'jdoe'; User = 'u'; AccessRights = 'Reviewer' }\nAdd-MailboxFolderPermission @p",
    },
    {
      name: 'a variable assigned once',
      code: "$groups = 'AnonymousUser'\nSet-ReceiveConnector -Identity Relay -PermissionGroups $groups",
      errors: [{ text: 'AnonymousUser', line: 1 }],
      output: "$groups = 'AnonymousUsers'\nSet-ReceiveConnector -Identity Relay -PermissionGroups $groups",
    },
    {
      name: 'a positional argument bound to an enumeration parameter',
      code: 'Check-PurviewConfig Policy1 DLPAlert',
      errors: [{ text: 'DLPAlert', message: /-Component .*Did you mean DLPAlerts\?/ }],
      output: 'Check-PurviewConfig Policy1 DLPAlerts',
    },
    {
      name: 'in a pipeline',
      code: "Get-Mailbox -ResultSize Unlimited | Add-MailboxPermission -User u -AccessRights FullAccess -InheritanceType Descendants",
      errors: [{ text: 'Descendants', message: /Did you mean Descendents\?/ }],
      output: "Get-Mailbox -ResultSize Unlimited | Add-MailboxPermission -User u -AccessRights FullAccess -InheritanceType Descendents",
    },
    {
      name: 'a common *Action parameter',
      code: 'Get-Mailbox jdoe -ErrorAction SilentContinue',
      errors: [{ text: 'SilentContinue', message: /Did you mean SilentlyContinue\?/ }],
      output: 'Get-Mailbox jdoe -ErrorAction SilentlyContinue',
    },
  ],
});
