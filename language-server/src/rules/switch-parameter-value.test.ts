import rule from './switch-parameter-value.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'colon', code: 'Remove-Mailbox -Identity jdoe -Confirm:$false' },
    { name: 'bare switch', code: 'Remove-Mailbox -Identity jdoe -Confirm -WhatIf' },
    { name: 'a switch then the identity by position', code: 'Get-Mailbox -Archive jdoe' },
    { name: 'a switch then a variable: may be meant as the positional argument', code: 'Get-Mailbox -Archive $name' },
    { name: 'a Boolean parameter takes its value after a space', code: 'Set-Mailbox jdoe -HiddenFromAddressListsEnabled $false' },
    { name: 'a cmdlet the model lacks', code: 'Remove-Widget -Confirm $false' },
    { name: 'a function of the script by the same name', code: 'function Remove-Mailbox { param($Identity, $Confirm) }\nRemove-Mailbox -Identity jdoe -Confirm $false' },
    { name: 'a splat', code: "$p = @{ Identity = 'jdoe'; Confirm = $false }\nRemove-Mailbox @p" },
    { name: 'a switch then a string that is no Boolean', code: "Get-Mailbox -Archive 'false positives'" },
  ],
  invalid: [
    {
      name: '-Confirm $false with the identity named',
      code: 'Remove-Mailbox -Identity jdoe -Confirm $false',
      errors: [
        {
          text: '-Confirm $false',
          message:
            /^A switch takes a value only after a colon, so -Confirm \$false turns -Confirm on, the opposite of \$false, and PowerShell stops with "A positional parameter cannot be found that accepts argument 'False'"\. Write -Confirm:\$false\.$/,
        },
      ],
      output: 'Remove-Mailbox -Identity jdoe -Confirm:$false',
    },
    {
      name: 'in a pipeline the value lands on -Identity',
      code: 'Get-MailboxExportRequest -Status Completed | Remove-MailboxExportRequest -Confirm $false',
      errors: [{ text: '-Confirm $false', message: /PowerShell binds \$false to -Identity/ }],
      output: 'Get-MailboxExportRequest -Status Completed | Remove-MailboxExportRequest -Confirm:$false',
    },
    {
      name: '-Force $true',
      code: 'Set-Mailbox jdoe -Force $true -HiddenFromAddressListsEnabled $true',
      errors: [{ text: '-Force $true', message: /turns -Force on and PowerShell stops.*Write -Force:\$true or just -Force\./ }],
      output: 'Set-Mailbox jdoe -Force:$true -HiddenFromAddressListsEnabled $true',
    },
    {
      name: '-WhatIf with a string, abbreviated, case-insensitive cmdlet',
      code: "remove-mailbox jdoe -wh 'false'",
      errors: [{ text: "-wh 'false'" }],
      output: 'remove-mailbox jdoe -wh:$false',
    },
    {
      name: 'a variable assigned a Boolean keeps its name',
      code: '$confirm = $false\nRemove-Mailbox -Identity jdoe -Confirm $confirm',
      errors: [{ text: '-Confirm $confirm' }],
      output: '$confirm = $false\nRemove-Mailbox -Identity jdoe -Confirm:$confirm',
    },
    {
      name: 'a string after the full switch name',
      code: "Remove-Mailbox -Identity jdoe -Confirm 'false'",
      errors: [{ text: "-Confirm 'false'", message: /accepts argument 'False'/ }],
      output: 'Remove-Mailbox -Identity jdoe -Confirm:$false',
    },
    {
      name: 'across a line continuation',
      code: 'Remove-Mailbox -Identity jdoe `\n  -Confirm `\n  $false',
      errors: [{ line: 2 }],
      output: 'Remove-Mailbox -Identity jdoe `\n  -Confirm:$false',
    },
    {
      name: 'an Exchange switch the parser pairs with a value',
      code: 'Add-MailboxPermission jdoe -User u -AccessRights FullAccess -Deny $true',
      errors: [{ text: '-Deny $true' }],
      output: 'Add-MailboxPermission jdoe -User u -AccessRights FullAccess -Deny:$true',
    },
  ],
});
