import rule from './certificate-missing-autodiscover-name.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'the Autodiscover name is there', code: "New-ExchangeCertificate -GenerateRequest -SubjectName 'CN=mail.contoso.com' -DomainName mail.contoso.com, autodiscover.contoso.com" },
    { name: 'quoted, odd casing', code: "New-ExchangeCertificate -GenerateRequest -DomainName 'mail.contoso.com', 'AutoDiscover.Contoso.com'" },
    { name: 'a wildcard covers it', code: "New-ExchangeCertificate -GenerateRequest -DomainName '*.contoso.com', 'contoso.com'" },
    { name: '-IncludeAutoDiscover adds it', code: 'New-ExchangeCertificate -GenerateRequest -DomainName mail.contoso.com -IncludeAutoDiscover' },
    { name: '-IncludeAutoDiscover abbreviated', code: 'New-ExchangeCertificate -GenerateRequest -DomainName mail.contoso.com -IncludeAu' },
    { name: 'names from a variable', code: 'New-ExchangeCertificate -GenerateRequest -DomainName $names' },
    { name: 'names from a variable that holds the name', code: "$names = 'mail.contoso.com', 'autodiscover.contoso.com'\nNew-ExchangeCertificate -GenerateRequest -DomainName $names" },
    { name: 'self-signed, default services (POP, IMAP, SMTP)', code: 'New-ExchangeCertificate -DomainName mail.contoso.com' },
    { name: 'self-signed for SMTP only', code: 'New-ExchangeCertificate -DomainName mail.contoso.com -Services SMTP' },
    { name: 'a request for mail transfer hosts only', code: 'New-ExchangeCertificate -GenerateRequest -DomainName smtp.contoso.com, mx1.contoso.com' },
    { name: 'internal names only', code: 'New-ExchangeCertificate -GenerateRequest -DomainName ex01.contoso.local, ex01' },
    { name: 'unresolved splat: -IncludeAutoDiscover may be in it', code: 'New-ExchangeCertificate @extra -GenerateRequest -DomainName mail.contoso.com' },
    { name: 'another cmdlet', code: 'Get-ExchangeCertificate -DomainName mail.contoso.com' },
  ],
  invalid: [
    {
      name: 'one name, bareword',
      code: "New-ExchangeCertificate -GenerateRequest -SubjectName 'CN=mail.contoso.com' -DomainName mail.contoso.com -PrivateKeyExportable $true",
      errors: [{ text: 'mail.contoso.com', message: /not autodiscover\.contoso\.com.*Add autodiscover\.contoso\.com/ }],
      output: "New-ExchangeCertificate -GenerateRequest -SubjectName 'CN=mail.contoso.com' -DomainName mail.contoso.com, autodiscover.contoso.com -PrivateKeyExportable $true",
    },
    {
      name: 'two names of one domain, quoted',
      code: "New-ExchangeCertificate -GenerateRequest -DomainName 'mail.contoso.com', 'owa.contoso.com'",
      errors: [{ text: "'mail.contoso.com', 'owa.contoso.com'" }],
      output: "New-ExchangeCertificate -GenerateRequest -DomainName 'mail.contoso.com', 'owa.contoso.com', 'autodiscover.contoso.com'",
    },
    {
      name: 'two domains, internal names ignored, -Domain:',
      code: 'New-ExchangeCertificate -GenerateRequest -DomainN:mail.contoso.com,mail.fabrikam.co.uk,ex01.contoso.local',
      errors: [{ message: /autodiscover\.contoso\.com, autodiscover\.fabrikam\.co\.uk/ }],
      output: 'New-ExchangeCertificate -GenerateRequest -DomainN:mail.contoso.com,mail.fabrikam.co.uk,ex01.contoso.local, autodiscover.contoso.com, autodiscover.fabrikam.co.uk',
    },
    {
      name: 'self-signed for IIS',
      code: 'New-ExchangeCertificate -DomainName mail.contoso.com -Services IIS,SMTP',
      errors: [{ text: 'mail.contoso.com' }],
      output: 'New-ExchangeCertificate -DomainName mail.contoso.com, autodiscover.contoso.com -Services IIS,SMTP',
    },
    {
      name: 'through a variable',
      code: "$sans = @('mail.contoso.com', 'contoso.com')\nNew-ExchangeCertificate -GenerateRequest -DomainName $sans",
      errors: [{ text: '$sans', line: 2 }],
      output: "$sans = @('mail.contoso.com', 'contoso.com', 'autodiscover.contoso.com')\nNew-ExchangeCertificate -GenerateRequest -DomainName $sans",
    },
    {
      name: 'splatted',
      code: "$request = @{ GenerateRequest = $true; DomainName = 'mail.contoso.com' }\nNew-ExchangeCertificate @request",
      errors: [{ text: "'mail.contoso.com'" }],
      output: "$request = @{ GenerateRequest = $true; DomainName = 'mail.contoso.com', 'autodiscover.contoso.com' }\nNew-ExchangeCertificate @request",
    },
    {
      name: 'several names in one string: reported, not rewritten',
      code: "New-ExchangeCertificate -GenerateRequest -DomainName 'mail.contoso.com,owa.contoso.com'",
      errors: [{ text: "'mail.contoso.com,owa.contoso.com'" }],
    },
  ],
});
