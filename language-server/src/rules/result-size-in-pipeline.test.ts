import rule from './result-size-in-pipeline.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    'Get-Mailbox -ResultSize Unlimited | Set-Mailbox -SingleItemRecoveryEnabled $true',
    { name: 'an explicit limit', code: 'Get-Mailbox -ResultSize 50 | Format-Table Name' },
    { name: 'abbreviated and colon form', code: 'Get-Recipient -Result:Unlimited | Export-Csv recipients.csv' },
    { name: 'one mailbox by identity', code: "Get-Mailbox -Identity jdoe | Set-Mailbox -ProhibitSendQuota 5GB" },
    { name: 'one mailbox, positional', code: '$mbx = Get-Mailbox jdoe' },
    { name: 'identities from the pipeline', code: 'Get-Content users.txt | Get-Mailbox | Set-Mailbox -AuditEnabled $true' },
    { name: 'ambiguous name resolution', code: 'Get-Recipient -Anr smith | Format-Table' },
    { name: 'printed, not used', code: 'Get-Mailbox' },
    { name: 'an identity we cannot know', code: 'Get-Mailbox -Identity $user | Set-Mailbox -HiddenFromAddressListsEnabled $true' },
    { name: "a splat we can't see", code: 'Get-Mailbox @query | Export-Csv out.csv' },
    { name: 'splatted ResultSize', code: "$query = @{ ResultSize = 'Unlimited'; Filter = \"Department -eq 'Sales'\" }\nGet-Mailbox @query | Export-Csv out.csv" },
    { name: 'one mailbox’s devices', code: 'Get-MobileDevice -Mailbox jdoe | Remove-MobileDevice' },
    { name: 'a single public folder', code: 'Get-PublicFolder "\\Sales" | Add-PublicFolderClientPermission -User Anonymous -AccessRights CreateItems' },
    { name: 'one message', code: "Get-MessageTrackingLog -MessageId '<abc@contoso.com>' | Format-List" },
    { name: 'not a listing cmdlet', code: 'Get-MailboxDatabase | Get-MailboxStatistics | Sort-Object TotalItemSize' },
    { name: 'a narrow wildcard', code: "$groups = @(Get-DynamicDistributionGroup 'PublicFolderMailboxes*' -IncludeSystemObjects)" },
    { name: 'system mailboxes are few', code: "$mailbox = (Get-Mailbox -Arbitration | Where-Object { $_.Name -like 'SystemMailbox*' }).UserPrincipalName" },
    { name: 'public folder mailboxes', code: '$pfMailboxes = Get-Mailbox -PublicFolder' },
    { name: 'one level of public folders', code: '$children = Get-PublicFolder $folder.EntryId -GetChildren' },
    { name: 'queues are few', code: "Get-Queue -Server EX02 | Where-Object { $_.Status -eq 'Retry' } | Retry-Queue" },
  ],
  invalid: [
    {
      code: 'Get-Mailbox | Set-Mailbox -SingleItemRecoveryEnabled $true',
      errors: [{ text: 'Get-Mailbox', message: /^Get-Mailbox returns only the first 1,000 mailboxes when -ResultSize isn't given, .*\. Add -ResultSize Unlimited to get all of them\.$/ }],
      output: 'Get-Mailbox -ResultSize Unlimited | Set-Mailbox -SingleItemRecoveryEnabled $true',
    },
    {
      name: 'with a filter, odd casing',
      code: "get-mailbox -Filter \"Department -eq 'Sales'\" | export-csv sales.csv",
      errors: [{ text: 'get-mailbox' }],
      output: "get-mailbox -Filter \"Department -eq 'Sales'\" -ResultSize Unlimited | export-csv sales.csv",
    },
    {
      name: 'assigned',
      code: '$all = Get-DistributionGroup\nforeach ($group in $all) { $group.Name }',
      errors: [{ text: 'Get-DistributionGroup', message: /1,000 groups/ }],
      output: '$all = Get-DistributionGroup -ResultSize Unlimited\nforeach ($group in $all) { $group.Name }',
    },
    {
      name: 'looped over directly',
      code: 'foreach ($user in Get-User -OrganizationalUnit "OU=Staff,DC=contoso,DC=com") { $user.Name }',
      errors: [{ text: 'Get-User' }],
      output: 'foreach ($user in Get-User -OrganizationalUnit "OU=Staff,DC=contoso,DC=com" -ResultSize Unlimited) { $user.Name }',
    },
    {
      name: 'counted',
      code: '(Get-CASMailbox).Count',
      errors: [{ text: 'Get-CASMailbox' }],
      output: '(Get-CASMailbox -ResultSize Unlimited).Count',
    },
    {
      name: 'every mailbox by wildcard',
      code: 'Get-Mailbox * | Format-Table Name',
      errors: [{ text: 'Get-Mailbox' }],
      output: 'Get-Mailbox * -ResultSize Unlimited | Format-Table Name',
    },
    {
      name: 'members of one group',
      code: "Get-DistributionGroupMember -Identity 'All Staff' | Export-Csv members.csv",
      errors: [{ text: 'Get-DistributionGroupMember', message: /1,000 members/ }],
      output: "Get-DistributionGroupMember -Identity 'All Staff' -ResultSize Unlimited | Export-Csv members.csv",
    },
    {
      name: 'a public folder tree',
      code: 'Get-PublicFolder "\\Projects" -Recurse | Add-PublicFolderClientPermission -User "Project Managers" -AccessRights Editor',
      errors: [{ text: 'Get-PublicFolder', message: /first 10,000 public folders/ }],
      output: 'Get-PublicFolder "\\Projects" -Recurse -ResultSize Unlimited | Add-PublicFolderClientPermission -User "Project Managers" -AccessRights Editor',
    },
    {
      name: 'message tracking',
      code: "$events = Get-MessageTrackingLog -Start (Get-Date).AddDays(-1) -EventId FAIL",
      errors: [{ text: 'Get-MessageTrackingLog' }],
      output: "$events = Get-MessageTrackingLog -Start (Get-Date).AddDays(-1) -EventId FAIL -ResultSize Unlimited",
    },
  ],
});
