import rule from './parameter-value-type.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'Boolean variables', code: 'Set-Mailbox -Identity jdoe -HiddenFromAddressListsEnabled $true -UseDatabaseQuotaDefaults $false' },
    { name: 'a number for a Boolean', code: 'Set-Mailbox -Identity jdoe -HiddenFromAddressListsEnabled 1' },
    { name: '-Param:$false', code: 'Set-Mailbox -Identity jdoe -HiddenFromAddressListsEnabled:$false -Confirm:$false' },
    { name: 'a variable for a Boolean', code: 'Set-Mailbox -Identity jdoe -HiddenFromAddressListsEnabled $hide' },
    { name: 'an expression for a Boolean', code: "Set-Mailbox -Identity jdoe -HiddenFromAddressListsEnabled ([bool]::Parse($row.Hidden))" },
    { name: 'Unlimited and sizes', code: "Set-Mailbox -Identity jdoe -ProhibitSendQuota Unlimited -IssueWarningQuota 9GB -ProhibitSendReceiveQuota '10 GB' -MaxSendSize 35MB" },
    { name: 'Unlimited in any case', code: 'Get-Mailbox -ResultSize unlimited' },
    { name: 'a number for ResultSize', code: 'Get-Mailbox -ResultSize 5000' },
    { name: 'a time span', code: "Set-Mailbox -Identity jdoe -RetainDeletedItemsFor '30.00:00:00'" },
    { name: 'a String parameter takes any word', code: "Set-Mailbox -Identity jdoe -Office 'true'" },
    { name: 'a value after a switch without a colon is not its value', code: "Remove-Mailbox -Identity jdoe -Confirm 'false'" },
    { name: 'a splat that cannot be read', code: 'Set-Mailbox @PSBoundParameters' },
    { name: 'a cmdlet the model lacks', code: "Set-Widget -Enabled 'true'" },
  ],
  invalid: [
    {
      name: "'true' for a Boolean",
      code: "Set-Mailbox -Identity jdoe -HiddenFromAddressListsEnabled 'true'",
      errors: [{ text: "'true'", message: /Set-Mailbox stops with "Cannot process argument transformation on parameter 'HiddenFromAddressListsEnabled'" because it gets the string "true", and System\.Boolean takes only \$true, \$false or a number.*Write \$true, without quotes\./ }],
      output: 'Set-Mailbox -Identity jdoe -HiddenFromAddressListsEnabled $true',
    },
    {
      name: 'bare false, abbreviated, case-insensitive cmdlet',
      code: 'set-mailbox jdoe -hiddenfrom false',
      errors: [{ text: 'false', message: /'HiddenFromAddressListsEnabled'/ }],
      output: 'set-mailbox jdoe -hiddenfrom $false',
    },
    {
      name: '"$false" in double quotes',
      code: 'Set-Mailbox jdoe -HiddenFromAddressListsEnabled "$false"',
      errors: [{ text: '"$false"' }],
      output: 'Set-Mailbox jdoe -HiddenFromAddressListsEnabled $false',
    },
    {
      name: 'a string that is not a Boolean word: no fix',
      code: "Set-Mailbox jdoe -HiddenFromAddressListsEnabled 'yes'",
      errors: [{ text: "'yes'", message: /Give -HiddenFromAddressListsEnabled \$true or \$false\./ }],
    },
    {
      name: '-Param:value on a switch',
      code: 'Remove-Mailbox -Identity jdoe -Confirm:false',
      errors: [{ text: 'false', message: /SwitchParameter.*Write -Confirm:\$false, without quotes\./ }],
      output: 'Remove-Mailbox -Identity jdoe -Confirm:$false',
    },
    {
      name: 'splatted Boolean',
      code: "$p = @{ Identity = 'jdoe'; HiddenFromAddressListsEnabled = 'True' }\nSet-Mailbox @p",
      errors: [{ text: "'True'", line: 1 }],
      output: "$p = @{ Identity = 'jdoe'; HiddenFromAddressListsEnabled = $true }\nSet-Mailbox @p",
    },
    {
      name: 'through a variable assigned once: reported, not rewritten',
      code: "$hide = 'true'\nSet-Mailbox jdoe -HiddenFromAddressListsEnabled $hide",
      errors: [{ text: '$hide', message: /the string "true" \(the value of \$hide\)/ }],
    },
    {
      name: 'misspelt Unlimited',
      code: 'Get-Mailbox -ResultSize Unlimted',
      errors: [{ text: 'Unlimted', message: /which is neither Unlimited nor a number\. Write Unlimited\./ }],
      output: 'Get-Mailbox -ResultSize Unlimited',
    },
    {
      name: 'none for a quota',
      code: 'Set-Mailbox -Identity jdoe -ProhibitSendQuota none',
      errors: [{ text: 'none', message: /Give -ProhibitSendQuota a number, or Unlimited for no limit\./ }],
    },
    {
      name: 'a word for an Int32',
      code: 'Set-Mailbox -Identity jdoe -FoldersCountWarningQuota unlimited',
      errors: [{ text: 'unlimited', message: /which is not a number \(System\.Int32\)/ }],
    },
    {
      name: 'Unlimited for a size that has no Unlimited',
      code: 'Set-Mailbox -Identity jdoe -RulesQuota Unlimited',
      errors: [{ text: 'Unlimited', message: /which is not a size/ }],
    },
    {
      name: 'a word for a time span',
      code: 'Set-Mailbox -Identity jdoe -RetainDeletedItemsFor forever',
      errors: [{ text: 'forever', message: /which is not a time span/ }],
    },
    {
      name: 'in a pipeline',
      code: "Get-Mailbox -ResultSize Unlimited | Set-Mailbox -HiddenFromAddressListsEnabled 'false'",
      errors: [{ text: "'false'" }],
      output: 'Get-Mailbox -ResultSize Unlimited | Set-Mailbox -HiddenFromAddressListsEnabled $false',
    },
    {
      name: 'case of the cmdlet name',
      code: "Set-OABVirtualDirectory -Identity 'EX01\\OAB (Default Web Site)' -RequireSSL 'true'",
      errors: [{ text: "'true'", message: /^Set-OabVirtualDirectory stops/ }],
      output: "Set-OABVirtualDirectory -Identity 'EX01\\OAB (Default Web Site)' -RequireSSL $true",
    },
  ],
});
