import rule from './filter-with-where-object.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    "Get-Mailbox -Filter \"RecipientTypeDetails -eq 'SharedMailbox'\" -ResultSize Unlimited",
    { name: 'already filtered on the server', code: "Get-Mailbox -Filter \"Department -eq 'Sales'\" -ResultSize Unlimited | Where-Object { $_.Office -eq 'Paris' }" },
    { name: 'not a comparison', code: 'Get-DistributionGroup -ResultSize Unlimited | Where-Object { $_.RequireSenderAuthenticationEnabled } | Select-Object Name' },
    { name: 'a property OPATH cannot filter', code: "Get-Mailbox -ResultSize Unlimited | Where-Object { $_.ProhibitSendQuota -eq 'Unlimited' }" },
    { name: 'a property whose filter needs a DN', code: "Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Database -eq 'DB01' }" },
    { name: 'a variable in the comparison', code: 'Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Department -eq $department }' },
    { name: 'an expandable string', code: 'Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Department -eq "$prefix-Sales" }' },
    { name: 'a case-sensitive comparison', code: "Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Alias -ceq 'JDoe' }" },
    { name: 'a method call', code: "Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Alias.StartsWith('adm') }" },
    { name: 'not an Exchange recipient cmdlet', code: "Get-Queue | Where-Object { $_.Status -eq 'Retry' }" },
    { name: 'statistics are not directory objects', code: "Get-MailboxStatistics -Server EX01 | Where-Object { $_.DisplayName -like 'Sales*' }" },
    { name: 'one mailbox', code: "Get-Mailbox jdoe | Where-Object { $_.HiddenFromAddressListsEnabled -eq $true }" },
    { name: 'system mailboxes are few', code: "(Get-Mailbox -Arbitration | Where-Object { $_.Name -eq 'SystemMailbox{e0dc1c29-89c3-4034-b678-e6c29d823ed9}' }).UserPrincipalName" },
    { name: 'not right after the Get', code: "Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics | Where-Object { $_.DisplayName -like 'A*' }" },
  ],
  invalid: [
    {
      code: "Get-Mailbox -ResultSize Unlimited | Where-Object { $_.RecipientTypeDetails -eq 'SharedMailbox' }",
      errors: [
        {
          text: "{ $_.RecipientTypeDetails -eq 'SharedMailbox' }",
          message: /^Where-Object makes Get-Mailbox send every object it finds to this session just to test RecipientTypeDetails here, .*\. Let the server filter instead: Get-Mailbox -Filter "RecipientTypeDetails -eq 'SharedMailbox'"\.$/,
        },
      ],
    },
    {
      name: 'the ? alias, $PSItem, odd casing, double quotes',
      code: 'get-recipient -ResultSize Unlimited | ? { $PSItem.primarysmtpaddress -like "*@fabrikam.com" }',
      errors: [{ message: /Get-Recipient -Filter "PrimarySmtpAddress -like '\*@fabrikam\.com'"/ }],
    },
    {
      name: 'where, two conditions',
      code: "Get-User -ResultSize Unlimited | where { $_.Department -eq 'Sales' -and $_.City -eq 'Lyon' }",
      errors: [{ message: /test Department and City here.*-Filter "Department -eq 'Sales' -and City -eq 'Lyon'"/ }],
    },
    {
      name: 'a system value switches the quotes',
      code: 'Get-CASMailbox -ResultSize Unlimited | Where-Object { $_.ActiveSyncEnabled -eq $True }',
      errors: [{ message: /-Filter 'ActiveSyncEnabled -eq \$true'/ }],
    },
    {
      name: 'the comparison written as parameters',
      code: 'Get-Mailbox -ResultSize Unlimited | Where-Object RecipientTypeDetails -EQ SharedMailbox',
      errors: [{ text: 'RecipientTypeDetails -EQ SharedMailbox', message: /-Filter "RecipientTypeDetails -eq 'SharedMailbox'"/ }],
    },
    {
      name: '-and and -or mixed: general advice',
      code: "Get-User -ResultSize Unlimited | Where-Object { $_.City -eq 'Lyon' -or $_.City -eq 'Nice' -and $_.Department -eq 'Sales' }",
      errors: [{ message: /test City and Department here.*Let the server filter instead with Get-User -Filter\.$/ }],
    },
    {
      name: '-FilterScript',
      code: "Get-DistributionGroup -ResultSize Unlimited | Where-Object -FilterScript { $_.Name -like 'Team*' }",
      errors: [{ text: "{ $_.Name -like 'Team*' }" }],
    },
    {
      name: 'system and text values mixed: general advice',
      code: "Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Office -eq 'Paris' -and $_.LitigationHoldEnabled -eq $false }",
      errors: [{ message: /Let the server filter instead with Get-Mailbox -Filter\.$/ }],
    },
  ],
});
