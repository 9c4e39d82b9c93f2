import rule from './certificate-internal-name.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'public names', code: "New-ExchangeCertificate -GenerateRequest -SubjectName 'C=US, O=Contoso, CN=mail.contoso.com' -DomainName mail.contoso.com, autodiscover.contoso.com" },
    { name: 'a public domain that contains "local"', code: 'New-ExchangeCertificate -GenerateRequest -DomainName mail.localbank.com, autodiscover.corp.contoso.com' },
    { name: 'self-signed certificates may carry any name', code: 'New-ExchangeCertificate -DomainName ex01.contoso.local, ex01 -Services SMTP' },
    { name: '-GenerateRequest:$false is self-signed', code: 'New-ExchangeCertificate -GenerateRequest:$false -DomainName ex01.contoso.local' },
    { name: 'names from a variable', code: 'New-ExchangeCertificate -GenerateRequest -DomainName $names' },
    { name: 'a public IP address is not this rule’s business', code: 'New-ExchangeCertificate -GenerateRequest -DomainName mail.contoso.com, 203.0.113.10' },
    { name: '-IncludeServerFQDN is not the NetBIOS name', code: 'New-ExchangeCertificate -GenerateRequest -DomainName mail.contoso.com -IncludeServerFQDN' },
    { name: 'other cmdlet', code: 'Get-ExchangeCertificate -DomainName ex01.contoso.local' },
  ],
  invalid: [
    {
      name: '.local name in the list',
      code: 'New-ExchangeCertificate -GenerateRequest -DomainName mail.contoso.com, cas01.contoso.local',
      errors: [{ text: 'cas01.contoso.local', message: /ends in \.local.*public CA will refuse/ }],
    },
    {
      name: 'single-label name, quoted, odd casing, abbreviated parameter',
      code: "New-ExchangeCertificate -gen -DomainN 'mail.contoso.com', 'CAS01'",
      errors: [{ text: 'CAS01', message: /single-label/ }],
    },
    {
      name: 'several names in one string',
      code: "New-ExchangeCertificate -GenerateRequest -DomainName 'mail.contoso.com, ex01.corp'",
      errors: [{ text: 'ex01.corp' }],
    },
    {
      name: 'private address and .lan through a variable',
      code: "$sans = 'mail.contoso.com', '192.168.1.20', 'ex01.contoso.lan'\nNew-ExchangeCertificate -GenerateRequest -DomainName $sans",
      errors: [{ text: '192.168.1.20', message: /private IP/ }, { text: 'ex01.contoso.lan' }],
    },
    {
      name: 'the subject common name',
      code: "New-ExchangeCertificate -GenerateRequest -SubjectName 'C=US, O=Contoso, CN=ex01.contoso.local' -DomainName mail.contoso.com",
      errors: [{ text: 'ex01.contoso.local' }],
    },
    {
      name: 'the same name in subject and list is reported once',
      code: "New-ExchangeCertificate -GenerateRequest -SubjectName 'CN=ex01.contoso.local' -DomainName ex01.contoso.local, mail.contoso.com",
      errors: [{ text: 'ex01.contoso.local' }],
    },
    {
      name: '-IncludeServerNetBIOSName',
      code: 'New-ExchangeCertificate -GenerateRequest -DomainName mail.contoso.com -IncludeServerNetBIOSName',
      errors: [{ text: '-IncludeServerNetBIOSName' }],
    },
    {
      name: 'splatted',
      code: "$p = @{ GenerateRequest = $true; DomainName = 'owa.contoso.internal' }\nNew-ExchangeCertificate @p",
      errors: [{ text: 'owa.contoso.internal' }],
    },
  ],
});
