import rule from './search-mailbox-retired.js';
import { testRule } from './testing.js';

const ONLINE = { exchangeVersion: 'online' } as const;

testRule(rule, {
  valid: [
    { name: 'on-premises target', code: "Search-Mailbox -Identity jdoe -SearchQuery 'Subject:\"Invoice\"' -EstimateResultOnly", settings: { exchangeVersion: '2016' } },
    { name: 'no target version: the rule needs one', code: "Connect-ExchangeOnline\nSearch-Mailbox -Identity jdoe -SearchQuery 'Subject:\"Invoice\"' -DeleteContent -Force" },
    {
      name: 'the replacement',
      code: "Connect-IPPSSession\nNew-ComplianceSearch -Name 'Invoice phish' -ExchangeLocation All -ContentMatchQuery 'subject:\"Invoice\"'\nStart-ComplianceSearch -Identity 'Invoice phish'",
      settings: ONLINE,
    },
    { name: 'Search-MailboxAuditLog is another cmdlet', code: 'Search-MailboxAuditLog -Identity jdoe -ShowDetails', settings: ONLINE },
  ],
  invalid: [
    {
      code: "Search-Mailbox -Identity jdoe -SearchQuery 'Subject:\"Invoice\"' -EstimateResultOnly",
      settings: ONLINE,
      errors: [
        {
          text: 'Search-Mailbox',
          message: /^Search-Mailbox has been retired from Exchange Online, .*\. Use New-ComplianceSearch and Start-ComplianceSearch in Security & Compliance PowerShell/,
        },
      ],
    },
    {
      name: 'deleting content, odd casing',
      code: "search-mailbox jdoe -SearchQuery 'Subject:\"Invoice\"' -DeleteContent -Force",
      settings: ONLINE,
      errors: [{ text: 'search-mailbox', message: /New-ComplianceSearchAction -Purge/ }],
    },
    {
      name: 'piped, on the second line',
      code: "Connect-ExchangeOnline -UserPrincipalName admin@contoso.com\nGet-Mailbox -ResultSize Unlimited | Search-Mailbox -SearchQuery 'Subject:\"Invoice\"' -DeleteContent -Force",
      settings: ONLINE,
      errors: [{ text: 'Search-Mailbox', line: 2 }],
    },
  ],
});
