import rule from './outlook-anywhere-authentication-parameter.js';
import { testRule } from './testing.js';

const exchange2010 = { exchangeVersion: '2010' } as const;

testRule(rule, {
  valid: [
    { name: 'SP1 and later spelling', code: 'Enable-OutlookAnywhere -Server EX01 -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Basic -SSLOffloading $false', settings: exchange2010 },
    { name: '2010: -DefaultAuthenticationMethod', code: 'Enable-OutlookAnywhere -ExternalHostname mail.contoso.com -DefaultAuthenticationMethod Ntlm -SSLOffloading $false', settings: exchange2010 },
    { name: '-ExternalHostname is not the authentication parameter', code: 'Enable-OutlookAnywhere -Server EX01 -ExternalH mail.contoso.com -ClientAuthenticationMethod Ntlm -SSLOffloading $false', settings: { exchangeVersion: '2007' } },
    { name: '2013 and later: -ExternalClientAuthenticationMethod', code: "Set-OutlookAnywhere -Identity 'EX01\\Rpc (Default Web Site)' -ExternalClientAuthenticationMethod Ntlm", settings: exchange2010 },
    { name: 'another cmdlet', code: 'Set-OwaVirtualDirectory -Identity X -ExternalAuthenticationMethods Fba', settings: exchange2010 },
  ],
  invalid: [
    {
      name: 'the RTM name on 2010',
      code: 'Enable-OutlookAnywhere -Server EX01 -ExternalHostname mail.contoso.com -ExternalAuthenticationMethod Basic -SSLOffloading $false',
      settings: exchange2010,
      errors: [{ text: '-ExternalAuthenticationMethod', message: /only exists on Exchange 2007 RTM.*-ClientAuthenticationMethod/ }],
      output: 'Enable-OutlookAnywhere -Server EX01 -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Basic -SSLOffloading $false',
    },
    {
      name: 'abbreviated, colon, odd casing, 2007',
      code: 'enable-outlookanywhere -Server EX01 -ExternalHostname mail.contoso.com -externalauth:Ntlm -SSLOffloading $false',
      settings: { exchangeVersion: '2007' },
      errors: [{ text: '-externalauth' }],
      output: 'enable-outlookanywhere -Server EX01 -ExternalHostname mail.contoso.com -ClientAuthenticationMethod:Ntlm -SSLOffloading $false',
    },
    {
      name: 'Set-OutlookAnywhere with an en dash',
      code: 'Set-OutlookAnywhere -Identity X –ExternalAuthenticationMethod Basic',
      settings: exchange2010,
      errors: [{ text: '–ExternalAuthenticationMethod' }],
      output: 'Set-OutlookAnywhere -Identity X –ClientAuthenticationMethod Basic',
    },
  ],
});
