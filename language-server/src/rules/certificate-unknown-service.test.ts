import rule from './certificate-unknown-service.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'all documented values', code: "Enable-ExchangeCertificate -Thumbprint 'AB12' -Services None, IIS, SMTP, POP, IMAP, UM, UMCallRouter, Federation" },
    { name: 'one string with commas, odd casing', code: "Enable-ExchangeCertificate -Thumbprint 'AB12' -Services 'iis, smtp,Pop'" },
    { name: 'unquoted list without spaces', code: 'New-ExchangeCertificate -DomainName mail.contoso.com -Services IIS,SMTP' },
    { name: 'numeric flags value', code: "Enable-ExchangeCertificate -Thumbprint 'AB12' -Services 12" },
    { name: 'from a variable', code: "Enable-ExchangeCertificate -Thumbprint 'AB12' -Services $services" },
    { name: 'from a variable that holds valid values', code: "$services = 'IIS', 'SMTP'\nEnable-ExchangeCertificate -Thumbprint 'AB12' -Services $services" },
    { name: '-Server is another parameter', code: "Enable-ExchangeCertificate -Thumbprint 'AB12' -Server EX01 -Services IIS" },
    { name: 'another cmdlet', code: 'Set-Mailbox jdoe -Services OWA' },
  ],
  invalid: [
    {
      name: 'typo SMPT, unquoted list',
      code: "Enable-ExchangeCertificate -Thumbprint 'AB12' -Services IIS,SMPT",
      errors: [{ text: 'SMPT', message: /SMPT is not a certificate service.*Did you mean SMTP\?/ }],
      output: "Enable-ExchangeCertificate -Thumbprint 'AB12' -Services IIS,SMTP",
    },
    {
      name: 'POP3 and IMAP4 inside one string',
      code: "Enable-ExchangeCertificate -Thumbprint 'AB12' -Services 'IIS, POP3, IMAP4'",
      errors: [{ text: 'POP3', message: /Did you mean POP\?/ }, { text: 'IMAP4', message: /Did you mean IMAP\?/ }],
      output: "Enable-ExchangeCertificate -Thumbprint 'AB12' -Services 'IIS, POP, IMAP'",
    },
    {
      name: 'OWA means IIS',
      code: 'New-ExchangeCertificate -DomainName mail.contoso.com -Services OWA',
      errors: [{ text: 'OWA', message: /Did you mean IIS\?/ }],
      output: 'New-ExchangeCertificate -DomainName mail.contoso.com -Services IIS',
    },
    {
      name: 'abbreviated parameter with colon',
      code: "Enable-ExchangeCertificate -Thumbprint 'AB12' -Servi:HTTP",
      errors: [{ text: 'HTTP', message: /Did you mean IIS\?/ }],
      output: "Enable-ExchangeCertificate -Thumbprint 'AB12' -Servi:IIS",
    },
    {
      name: 'no close match: no fix',
      code: "Enable-ExchangeCertificate -Thumbprint 'AB12' -Services IIS, Exchange",
      errors: [{ text: 'Exchange', message: /Valid values: None, IIS/ }],
    },
    {
      name: 'through a variable',
      code: "$services = 'IIS', 'IMAPS'\nEnable-ExchangeCertificate -Thumbprint 'AB12' -Services $services",
      errors: [{ text: 'IMAPS', line: 1, message: /Did you mean IMAP\?/ }],
      output: "$services = 'IIS', 'IMAP'\nEnable-ExchangeCertificate -Thumbprint 'AB12' -Services $services",
    },
    {
      name: 'splatted',
      code: "$p = @{ Thumbprint = 'AB12'; Services = 'SMTP', 'UMCallrouting' }\nEnable-ExchangeCertificate @p",
      errors: [{ text: 'UMCallrouting' }],
    },
  ],
});
