import rule from './exchange-online-basic-auth.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    'Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com',
    { name: 'on-premises with Kerberos', code: '$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri http://ex01.contoso.com/PowerShell/ -Authentication Kerberos\nImport-PSSession $session -DisableNameChecking' },
    { name: 'on-premises with Basic over https', code: 'New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://mail.contoso.com/powershell -Authentication Basic -Credential $cred' },
    { name: 'a look-alike host', code: 'New-PSSession -ConnectionUri https://outlook.office365.com.contoso.com/powershell -Authentication Basic' },
    { name: 'an address we cannot know', code: 'New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $uri -Authentication Basic' },
    { name: 'explicitly off', code: 'Connect-ExchangeOnline -UseRPSSession:$false' },
    { name: 'remoting to a server', code: 'New-PSSession -ComputerName ex01.contoso.com' },
  ],
  invalid: [
    {
      code: '$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection\nImport-PSSession $session',
      errors: [
        {
          text: 'https://outlook.office365.com/powershell-liveid/',
          message: /^A remote PowerShell session to outlook\.office365\.com with Basic authentication fails to open: Exchange Online has retired remote PowerShell and Basic authentication\. Install the ExchangeOnlineManagement module and connect with Connect-ExchangeOnline/,
        },
      ],
    },
    {
      name: 'the old ps.outlook.com host, quoted, odd casing, inside Import-PSSession',
      code: 'Import-PSSession (new-pssession -configurationname Microsoft.Exchange -connectionuri "https://PS.Outlook.com/powershell/" -Credential $cred -Authentication basic -AllowRedirection)',
      errors: [{ text: '"https://PS.Outlook.com/powershell/"', message: /to PS\.Outlook\.com with Basic/ }],
    },
    {
      name: 'without Basic: remote PowerShell itself is gone',
      code: "New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri 'https://outlook.office365.com/powershell-liveid?email=admin@contoso.com' -Credential $cred",
      errors: [{ message: /^A remote PowerShell session to outlook\.office365\.com fails to open: Exchange Online has retired remote PowerShell\. / }],
    },
    {
      name: 'a variable assigned once, splatting',
      code: "$uri = 'https://outlook.office365.com/powershell-liveid/'\n$options = @{ ConfigurationName = 'Microsoft.Exchange'; ConnectionUri = $uri; Authentication = 'Basic' }\nNew-PSSession @options",
      errors: [{ text: '$uri', line: 2 }],
    },
    {
      name: '-UseRPSSession',
      code: 'Connect-ExchangeOnline -UserPrincipalName admin@contoso.com -UseRPSSession',
      errors: [{ text: '-UseRPSSession', message: /^-UseRPSSession asks for the remote PowerShell connection/ }],
      output: 'Connect-ExchangeOnline -UserPrincipalName admin@contoso.com',
    },
  ],
});
