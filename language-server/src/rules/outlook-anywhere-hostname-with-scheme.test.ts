import rule from './outlook-anywhere-hostname-with-scheme.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'bare host names', code: "Set-OutlookAnywhere -Identity 'EX01\\Rpc (Default Web Site)' -ExternalHostname mail.contoso.com -InternalHostname 'mail.contoso.com'" },
    { name: 'Exchange 2010 enable', code: 'Enable-OutlookAnywhere -Server EX01 -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Ntlm -SSLOffloading $false' },
    { name: 'a variable', code: 'Set-OutlookAnywhere -Identity X -ExternalHostname $externalurl -InternalHostname "$name"' },
    { name: '$null clears it', code: 'Set-OutlookAnywhere -Identity X -ExternalHostname $null' },
    { name: 'URLs belong on virtual directories', code: 'Set-OwaVirtualDirectory -Identity X -ExternalUrl https://mail.contoso.com/owa' },
    { name: 'another parameter', code: 'Set-OutlookAnywhere -Identity X -ExternalClientAuthenticationMethod Ntlm' },
  ],
  invalid: [
    {
      name: 'external host name with https://',
      code: "Set-OutlookAnywhere -Identity 'EX01\\Rpc (Default Web Site)' -ExternalHostname https://mail.contoso.com",
      errors: [{ text: 'https://mail.contoso.com', message: /refused by the shell.*Write just mail\.contoso\.com/ }],
      output: "Set-OutlookAnywhere -Identity 'EX01\\Rpc (Default Web Site)' -ExternalHostname mail.contoso.com",
    },
    {
      name: 'internal host name with the /rpc path, quoted',
      code: "Set-OutlookAnywhere -Identity X -InternalHostname 'https://mail.contoso.com/rpc'",
      errors: [{ text: 'https://mail.contoso.com/rpc', message: /stored as it is/ }],
      output: "Set-OutlookAnywhere -Identity X -InternalHostname 'mail.contoso.com'",
    },
    {
      name: 'a path without a scheme, abbreviated, colon',
      code: 'Enable-OutlookAnywhere -Server EX01 -ExternalH:mail.contoso.com/rpc/rpcproxy.dll -ClientAuthenticationMethod Basic -SSLOffloading $false',
      errors: [{ text: 'mail.contoso.com/rpc/rpcproxy.dll' }],
      output: 'Enable-OutlookAnywhere -Server EX01 -ExternalH:mail.contoso.com -ClientAuthenticationMethod Basic -SSLOffloading $false',
    },
    {
      name: 'variable host inside a URL',
      code: 'Set-OutlookAnywhere -Identity X -ExternalHostname "https://$name"',
      errors: [{ text: 'https://$name' }],
      output: 'Set-OutlookAnywhere -Identity X -ExternalHostname "$name"',
    },
    {
      name: 'splatted, both names',
      code: "$oa = @{ ExternalHostname = 'https://mail.contoso.com/'; InternalHostname = 'http://ex01.contoso.com' }\nSet-OutlookAnywhere -Identity X @oa",
      errors: [{ text: 'https://mail.contoso.com/' }, { text: 'http://ex01.contoso.com' }],
      output: "$oa = @{ ExternalHostname = 'mail.contoso.com'; InternalHostname = 'ex01.contoso.com' }\nSet-OutlookAnywhere -Identity X @oa",
    },
  ],
});
