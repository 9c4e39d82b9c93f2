import rule from './extra-positional-argument.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'identity by position', code: 'Get-Mailbox jdoe' },
    { name: 'identity by position, quoted with a space', code: "Set-Mailbox 'John Smith' -DisplayName 'John Smith'" },
    { name: 'New- cmdlet name by position', code: 'New-ReceiveConnector Relay -Usage Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 10.0.0.5' },
    { name: 'a switch then the identity', code: 'Get-Mailbox -Archive jdoe' },
    { name: 'pipeline input does not take a position', code: 'Get-Mailbox -ResultSize Unlimited | Set-Mailbox -HiddenFromAddressListsEnabled $true' },
    { name: 'an unknown parameter may have been meant to take the value', code: 'Set-Mailbox -Identity jdoe -NoSuchThing one two' },
    { name: 'sets that conflict are parameter-set-conflict’s', code: 'Get-Mailbox -Database DB1 -Server EX01 jdoe' },
    { name: '-Identity counts as positional where the page shows it named only', code: 'Get-MailboxSentItemsConfiguration $mailbox' },
    { name: '-Name of a New- cmdlet too', code: 'New-MailboxAuditLogSearch "Admin and Delegate Access" -StartDate 1/1/2024 -EndDate 2/1/2024 -StatusMailRecipients a@contoso.com' },
    // -Confirm $false is switch-parameter-value's to explain.
    { name: 'a Boolean after a switch', code: 'Remove-Mailbox -Identity jdoe -Confirm $false' },
    { name: 'a cmdlet the model lacks', code: 'Get-Widget a b c' },
    { name: 'Exchange 2007', code: 'Set-Mailbox -Identity jdoe -DisplayName John Smith', settings: { exchangeVersion: '2007' } },
  ],
  invalid: [
    {
      name: 'a name with a space, unquoted',
      code: 'Set-Mailbox -Identity jdoe -DisplayName John Smith',
      errors: [
        {
          text: 'Smith',
          message:
            /^Set-Mailbox stops with "A positional parameter cannot be found that accepts argument 'Smith'" because with these named parameters it takes no unnamed argument\. If it belongs to the value before it, put the whole value in quotes \(John Smith → 'John Smith'\); otherwise name the parameter it is for\.$/,
        },
      ],
    },
    {
      name: 'a quoted argument is named by its value',
      code: "Set-Mailbox -Identity jdoe 'Sales Team'",
      errors: [{ text: "'Sales Team'", message: /accepts argument 'Sales Team'"/ }],
    },
    {
      name: 'two unnamed arguments where one fits',
      code: 'get-mailbox John Smith',
      errors: [{ text: 'Smith', message: /takes only one unnamed argument/ }],
    },
    {
      name: 'a set without positions',
      code: "Get-Mailbox -Database 'DB1' jdoe",
      errors: [{ text: 'jdoe', message: /Name the parameter it is for, or remove it\./ }],
    },
    {
      name: 'a backtick with no space before it glues the next parameter to the value',
      code: 'New-SendConnector -Name Hybrid -AddressSpaces * -SourceTransportServers $servers`\n-MaxMessageSize $size `\n-RequireTLS $true',
      errors: [{ text: '$size', line: 2, message: /The backtick after \$servers has no space before it, so PowerShell reads the line break and -MaxMessageSize as part of that value/ }],
    },
    {
      name: 'an unreadable splat does not free a position',
      code: 'Set-Mailbox @PSBoundParameters -Identity jdoe extra',
      errors: [{ text: 'extra' }],
    },
    {
      name: 'splatted identity',
      code: "$p = @{ Identity = 'jdoe' }\nSet-Mailbox @p -Hidden:$true other",
      errors: [{ text: 'other' }],
    },
    {
      name: 'a non-Boolean value after a switch is an extra argument',
      code: 'Remove-Mailbox -Identity jdoe -Confirm no',
      errors: [{ text: 'no' }],
    },
  ],
});
