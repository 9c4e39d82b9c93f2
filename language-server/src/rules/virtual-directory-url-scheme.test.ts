import rule from './virtual-directory-url-scheme.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'https', code: "Set-OwaVirtualDirectory -Identity 'EX01\\owa (Default Web Site)' -InternalUrl https://mail.contoso.com/owa -ExternalUrl 'https://mail.contoso.com/owa'" },
    { name: 'HTTPS in capitals', code: 'Set-EcpVirtualDirectory -Identity EX01\\ecp* -ExternalUrl HTTPS://mail.contoso.com/ecp' },
    { name: '$null clears the URL', code: 'Set-WebServicesVirtualDirectory -Identity EX01\\EWS* -ExternalUrl $null' },
    { name: 'a variable', code: 'Set-ActiveSyncVirtualDirectory -Identity EX01\\Microsoft-Server-ActiveSync* -ExternalUrl $url' },
    { name: 'a variable that may hold the scheme', code: 'Set-OwaVirtualDirectory -Identity EX01\\owa* -ExternalUrl "$base/owa"' },
    { name: 'an expression', code: "Set-OwaVirtualDirectory -Identity EX01\\owa* -InternalUrl ('{0}/owa' -f $InternalUrl)" },
    { name: 'expandable https bareword', code: 'Get-OwaVirtualDirectory -Server $i | Set-OwaVirtualDirectory -ExternalUrl $null -InternalUrl https://$internalurl/owa' },
    { name: 'OAB over http is supported', code: 'Set-OabVirtualDirectory -Identity EX01\\OAB* -InternalUrl http://ex01.contoso.com/OAB' },
    { name: 'remote PowerShell over http is the default', code: 'Set-PowerShellVirtualDirectory -Identity EX01\\PowerShell* -InternalUrl http://ex01.contoso.com/PowerShell' },
    { name: 'the SCP over https', code: "Set-ClientAccessService -Identity EX01 -AutoDiscoverServiceInternalUri 'https://mail.contoso.com/Autodiscover/Autodiscover.xml'" },
    { name: 'another parameter with a host name', code: 'Set-OwaVirtualDirectory -Identity EX01\\owa* -ExternalDownloadHostName download.contoso.com' },
    { name: 'Autodiscover virtual directory URLs are not used by clients', code: 'Set-AutodiscoverVirtualDirectory -Identity EX01\\Autodiscover* -InternalUrl http://ex01/Autodiscover' },
    { name: 'another cmdlet', code: 'Invoke-WebRequest -Uri http://mail.contoso.com/owa' },
  ],
  invalid: [
    {
      name: 'no scheme, bareword',
      code: "Set-OwaVirtualDirectory -Identity 'EX01\\owa (Default Web Site)' -ExternalUrl mail.contoso.com/owa",
      errors: [{ text: 'mail.contoso.com/owa', message: /has no scheme.*https:\/\/mail\.contoso\.com\/owa/ }],
      output: "Set-OwaVirtualDirectory -Identity 'EX01\\owa (Default Web Site)' -ExternalUrl https://mail.contoso.com/owa",
    },
    {
      name: 'no scheme, quoted, abbreviated parameter',
      code: "Set-WebServicesVirtualDirectory -Identity EX01\\EWS* -InternalU 'ex01.contoso.com/EWS/Exchange.asmx'",
      errors: [{ text: 'ex01.contoso.com/EWS/Exchange.asmx' }],
      output: "Set-WebServicesVirtualDirectory -Identity EX01\\EWS* -InternalU 'https://ex01.contoso.com/EWS/Exchange.asmx'",
    },
    {
      name: 'http on OWA',
      code: 'Set-OwaVirtualDirectory -Identity EX01\\owa* -InternalUrl http://ex01.contoso.com/owa',
      errors: [{ text: 'http', message: /plain HTTP.*Use https:\/\/ex01\.contoso\.com\/owa/ }],
      output: 'Set-OwaVirtualDirectory -Identity EX01\\owa* -InternalUrl https://ex01.contoso.com/owa',
    },
    {
      name: 'HTTP with a variable host, colon syntax',
      code: 'Set-ActiveSyncVirtualDirectory -Identity EX01\\Microsoft-Server-ActiveSync* -ExternalUrl:"HTTP://$name/Microsoft-Server-ActiveSync"',
      errors: [{ text: 'HTTP' }],
      output: 'Set-ActiveSyncVirtualDirectory -Identity EX01\\Microsoft-Server-ActiveSync* -ExternalUrl:"HTTPS://$name/Microsoft-Server-ActiveSync"',
    },
    {
      name: 'the SCP over http (Set-ClientAccessServer), abbreviated',
      code: 'Set-ClientAccessServer -Identity CAS01 -AutoDiscoverServiceInt http://mail.contoso.com/Autodiscover/Autodiscover.xml',
      errors: [{ text: 'http' }],
      output: 'Set-ClientAccessServer -Identity CAS01 -AutoDiscoverServiceInt https://mail.contoso.com/Autodiscover/Autodiscover.xml',
    },
    {
      name: 'new MAPI directory, typographic quotes',
      code: 'New-MapiVirtualDirectory -Server EX01 -InternalUrl ‘mail.contoso.com/mapi’',
      errors: [{ text: 'mail.contoso.com/mapi' }],
      output: 'New-MapiVirtualDirectory -Server EX01 -InternalUrl ‘https://mail.contoso.com/mapi’',
    },
    {
      name: 'splatted',
      code: "$urls = @{ Identity = 'EX01\\ecp (Default Web Site)'; ExternalUrl = 'http://mail.contoso.com/ecp' }\nSet-EcpVirtualDirectory @urls",
      errors: [{ text: 'http', line: 1 }],
      output: "$urls = @{ Identity = 'EX01\\ecp (Default Web Site)'; ExternalUrl = 'https://mail.contoso.com/ecp' }\nSet-EcpVirtualDirectory @urls",
    },
  ],
});
