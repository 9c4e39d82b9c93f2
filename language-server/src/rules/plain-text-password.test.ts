import rule from './plain-text-password.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    '$password = Read-Host -Prompt "Password" -AsSecureString\nNew-Mailbox -Name "Jane Doe" -UserPrincipalName jdoe@contoso.com -Password $password',
    '$credential = Get-Credential',
    { name: 'an encrypted standard string, not plain text', code: '$secure = ConvertTo-SecureString $encrypted' },
    { name: 'a constant encrypted string without -AsPlainText', code: "$secure = ConvertTo-SecureString '01000000d08c9ddf0115d1118c7a00c04fc297eb'" },
    { name: 'plain text read from a vault', code: '$secure = ConvertTo-SecureString (Get-Secret -Name svc -AsPlainText) -AsPlainText -Force' },
    { name: 'a variable we cannot know', code: '$secure = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force' },
    { name: 'explicitly not plain text', code: "ConvertTo-SecureString 'x' -AsPlainText:$false" },
    { name: 'an empty string', code: "ConvertTo-SecureString '' -AsPlainText -Force" },
    { name: 'a SecureString parameter given a variable', code: 'Set-Mailbox jdoe -Password $newPassword -ResetPasswordOnNextLogon $true' },
    { name: "another cmdlet's -Password", code: "Invoke-MonitoringProbe -Identity 'OWA\\OwaSelfTestProbe' -Server EX01 -Password 'x'" },
  ],
  invalid: [
    {
      code: "$secure = ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force",
      errors: [
        {
          text: "'P@ssw0rd!'",
          message: /^ConvertTo-SecureString -AsPlainText gets this password as plain text written in the script, .*\. Ask for it when the script runs \(Read-Host -AsSecureString, Get-Credential\)/,
        },
      ],
    },
    {
      name: 'inside a PSCredential',
      code: "$cred = New-Object System.Management.Automation.PSCredential('svc-report', (ConvertTo-SecureString 'Summer2024' -AsPlainText -Force))",
      errors: [{ text: "'Summer2024'" }],
    },
    {
      name: 'named, odd casing, double quotes',
      code: 'convertto-securestring -String "Summer2024" -asplaintext -force',
      errors: [{ text: '"Summer2024"' }],
    },
    {
      name: 'through a variable assigned once',
      code: "$plain = 'Summer2024'\n$secure = ConvertTo-SecureString $plain -AsPlainText -Force",
      errors: [{ text: '$plain', line: 2 }],
    },
    {
      name: 'a string given to a SecureString parameter',
      code: "New-Mailbox -Name 'Jane Doe' -UserPrincipalName jdoe@contoso.com -Password 'Welcome1'",
      errors: [{ text: "'Welcome1'", message: /^-Password takes a SecureString, so this plain string fails to convert/ }],
    },
    {
      name: 'splatting',
      code: "$new = @{ Name = 'Jane Doe'; Password = 'Welcome1' }\nNew-MailUser @new -ExternalEmailAddress jane@fabrikam.com",
      errors: [{ text: "'Welcome1'", line: 1 }],
    },
  ],
});
