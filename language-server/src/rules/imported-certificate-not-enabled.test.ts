import rule from './imported-certificate-not-enabled.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'piped into Enable-ExchangeCertificate', code: "Import-ExchangeCertificate -FileData $bytes | Enable-ExchangeCertificate -Services IIS, SMTP" },
    { name: 'enabled later by thumbprint', code: "$cert = Import-ExchangeCertificate -FileData $bytes -Password $pw\nEnable-ExchangeCertificate -Thumbprint $cert.Thumbprint -Services IIS" },
    { name: 'enabled inside a function', code: "function Set-Cert { Enable-ExchangeCertificate -Thumbprint $args[0] -Services IIS }\n$c = Import-ExchangeCertificate -FileName C:\\certs\\mail.pfx\nSet-Cert $c.Thumbprint" },
    { name: 'a federation trust uses it', code: "$c = Import-ExchangeCertificate -FileData $bytes\nSet-FederationTrust -Identity 'Microsoft Federation Gateway' -Thumbprint $c.Thumbprint" },
    { name: 'the OAuth certificate', code: "$c = Import-ExchangeCertificate -FileData $bytes -Password $pw\nSet-AuthConfig -NewCertificateThumbprint $c.Thumbprint -NewCertificateEffectiveDate (Get-Date)" },
    { name: '-WhatIf', code: 'Import-ExchangeCertificate -FileData $bytes -WhatIf' },
    { name: 'another cmdlet', code: 'Import-Certificate -FilePath C:\\certs\\root.cer -CertStoreLocation Cert:\\LocalMachine\\Root' },
  ],
  invalid: [
    {
      name: 'imported and left',
      code: "Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes('C:\\CertRequests\\mail_contoso_com.cer'))",
      errors: [{ text: 'Import-ExchangeCertificate', message: /never enables it.*Enable-ExchangeCertificate -Services IIS/ }],
    },
    {
      name: 'imported on several servers, odd casing',
      code: "foreach ($s in 'EX01', 'EX02') {\n  import-exchangecertificate -Server $s -FileData $bytes -Password $pw | Format-List Thumbprint, Services\n}",
      errors: [{ text: 'import-exchangecertificate', line: 2 }],
    },
  ],
});
