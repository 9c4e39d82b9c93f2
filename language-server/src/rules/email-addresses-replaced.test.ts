import rule from './email-addresses-replaced.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    "Set-Mailbox -Identity jdoe -EmailAddresses @{Add='smtp:j.doe@contoso.com'}",
    "Set-Mailbox jdoe -EmailAddresses @{Remove='smtp:old@contoso.com'}",
    "Set-Mailbox jdoe -EmailAddresses @{Add='smtp:new@contoso.com'; Remove='smtp:old@contoso.com'}",
    { name: 'a list built from the current addresses', code: "$mbx = Get-Mailbox jdoe\n$addresses = $mbx.EmailAddresses + 'smtp:j.doe@contoso.com'\nSet-Mailbox jdoe -EmailAddresses $addresses" },
    { name: 'an expression', code: "Set-Mailbox jdoe -EmailAddresses ($mbx.EmailAddresses + 'smtp:x@contoso.com')" },
    { name: 'a full list that keeps the X500 address', code: "Set-Mailbox jdoe -EmailAddresses 'SMTP:jdoe@contoso.com', 'X500:/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=jdoe'" },
    { name: 'the primary address alone', code: 'Set-Mailbox jdoe -PrimarySmtpAddress j.doe@contoso.com' },
    { name: 'creating a contact', code: 'New-MailContact -Name "Partner" -ExternalEmailAddress partner@fabrikam.com' },
    { name: 'Set-User has no proxy addresses', code: "Set-User jdoe -WindowsEmailAddress 'jdoe@contoso.com'" },
  ],
  invalid: [
    {
      code: "Set-Mailbox -Identity jdoe -EmailAddresses 'smtp:j.doe@contoso.com'",
      errors: [
        {
          text: "'smtp:j.doe@contoso.com'",
          message: /^-EmailAddresses 'smtp:j\.doe@contoso\.com' replaces every proxy address of "jdoe", including the X500 addresses .*550 5\.1\.1 .*\. To add addresses and keep the rest, write -EmailAddresses @\{Add='smtp:j\.doe@contoso\.com'\}\.$/,
        },
      ],
    },
    {
      name: 'a list, abbreviated, odd casing',
      code: 'set-distributiongroup Sales -EmailAddr SMTP:sales@contoso.com, smtp:info@contoso.com',
      errors: [{ text: 'SMTP:sales@contoso.com, smtp:info@contoso.com', message: /@\{Add='SMTP:sales@contoso\.com', 'smtp:info@contoso\.com'\}/ }],
    },
    {
      name: 'colon form on a mail user',
      code: 'Set-MailUser "Partner Desk" -EmailAddresses:"smtp:desk@contoso.com"',
      errors: [{ text: '"smtp:desk@contoso.com"', message: /of "Partner Desk"/ }],
    },
    {
      name: 'splatting',
      code: "$change = @{ Identity = 'jdoe'; EmailAddresses = 'smtp:j.doe@contoso.com' }\nSet-RemoteMailbox @change",
      errors: [{ text: "'smtp:j.doe@contoso.com'", line: 1 }],
    },
    {
      name: 'a variable assigned once to a list',
      code: "$addresses = 'SMTP:jdoe@contoso.com', 'smtp:j.doe@contoso.com'\nGet-Mailbox jdoe | Set-Mailbox -EmailAddresses $addresses",
      errors: [{ text: '$addresses', line: 2, message: /of the recipient/ }],
    },
  ],
});
