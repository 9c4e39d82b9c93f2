import rule from './enable-outlookanywhere-removed.js';
import { testRule } from './testing.js';

const exchange2016 = { exchangeVersion: '2016' } as const;

testRule(rule, {
  valid: [
    { name: 'Exchange 2010 has the cmdlet', code: 'Enable-OutlookAnywhere -Server EX01 -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Ntlm -SSLOffloading $false', settings: { exchangeVersion: '2010' } },
    { name: 'Exchange 2007 has the cmdlet', code: 'Disable-OutlookAnywhere -Server EX01', settings: { exchangeVersion: '2007' } },
    { name: 'Set-OutlookAnywhere on 2016', code: "Set-OutlookAnywhere -Identity 'EX01\\Rpc (Default Web Site)' -ExternalHostname mail.contoso.com", settings: exchange2016 },
    { name: 'Get-OutlookAnywhere on 2019', code: 'Get-OutlookAnywhere | Format-List', settings: { exchangeVersion: '2019' } },
    { name: 'the name inside a string', code: "Write-Host 'Enable-OutlookAnywhere is gone'", settings: exchange2016 },
  ],
  invalid: [
    {
      name: 'Enable-OutlookAnywhere on 2013',
      code: 'Enable-OutlookAnywhere -Server EX01 -ExternalHostname mail.contoso.com -ClientAuthenticationMethod Ntlm -SSLOffloading $false',
      settings: { exchangeVersion: '2013' },
      errors: [{ text: 'Enable-OutlookAnywhere', message: /does not exist on Exchange 2013.*Set-OutlookAnywhere/ }],
    },
    {
      name: 'odd casing, Exchange SE',
      code: 'enable-outlookanywhere -ExternalHostname mail.contoso.com -DefaultAuthenticationMethod Ntlm -SSLOffloading $true',
      settings: { exchangeVersion: 'se' },
      errors: [{ text: 'enable-outlookanywhere' }],
    },
    {
      name: 'Disable-OutlookAnywhere in a pipeline on 2016',
      code: 'Get-ExchangeServer EX01 | Disable-OutlookAnywhere',
      settings: exchange2016,
      errors: [{ text: 'Disable-OutlookAnywhere', message: /-ExternalHostname \$null/ }],
    },
  ],
});
