import rule from './virtual-directory-url-path.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    { name: 'EWS', code: "Set-WebServicesVirtualDirectory -Identity 'EX01\\EWS (Default Web Site)' -ExternalUrl https://mail.contoso.com/EWS/Exchange.asmx" },
    { name: 'EWS in lower case', code: 'Set-WebServicesVirtualDirectory -Identity EX01\\EWS* -InternalUrl https://mail.contoso.com/ews/exchange.asmx' },
    { name: 'OAB with a trailing slash', code: 'Set-OabVirtualDirectory -Identity EX01\\OAB* -InternalUrl https://mail.contoso.com/OAB/' },
    { name: 'ActiveSync, ECP, MAPI', code: "Set-ActiveSyncVirtualDirectory -Identity X -ExternalUrl 'https://mail.contoso.com/Microsoft-Server-ActiveSync'\nSet-EcpVirtualDirectory -Identity X -ExternalUrl https://mail.contoso.com/ecp\nSet-MapiVirtualDirectory -Identity X -InternalUrl https://mail.contoso.com/mapi" },
    { name: 'the SCP', code: "Set-ClientAccessServer -Identity CAS01 -AutoDiscoverServiceInternalUri 'https://mail.contoso.com/Autodiscover/Autodiscover.xml'" },
    { name: 'a port is fine', code: 'Set-OwaVirtualDirectory -Identity X -ExternalUrl https://mail.contoso.com:8443/owa' },
    { name: 'variable host', code: 'Set-WebServicesVirtualDirectory -Identity X -InternalUrl https://$internalurl/EWS/Exchange.asmx' },
    { name: 'variable may hold the path', code: 'Set-WebServicesVirtualDirectory -Identity X -InternalUrl "https://$ewsHostAndPath"' },
    { name: 'variable path', code: 'Set-OwaVirtualDirectory -Identity X -InternalUrl "https://mail.contoso.com/$vdir"' },
    { name: '$null', code: 'Set-OabVirtualDirectory -Identity X -ExternalUrl $null' },
    { name: 'legacy OWA folder on Exchange 2007', code: "Set-OwaVirtualDirectory -Identity 'EX01\\Exchange (Default Web Site)' -ExternalUrl https://mail.contoso.com/Exchange" },
    { name: 'legacy OWA folder, identity unknown, version unknown', code: 'Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -ExternalUrl https://mail.contoso.com/Public' },
    { name: 'a new OWA directory with its own name', code: 'New-OwaVirtualDirectory -Name webmail -WebSiteName Extranet -ExternalUrl https://webmail.contoso.com/webmail' },
    { name: 'an expression', code: "Set-OabVirtualDirectory -Identity X -InternalUrl ('{0}/oab' -f $InternalUrl)" },
  ],
  invalid: [
    {
      name: 'EWS without Exchange.asmx',
      code: "Set-WebServicesVirtualDirectory -Identity 'CAS01\\EWS (Default Web Site)' -ExternalUrl 'https://mail.contoso.com/EWS'",
      errors: [{ text: '/EWS', message: /ends in \/EWS, but EWS answers at \/EWS\/Exchange\.asmx.*Out of Office/ }],
      output: "Set-WebServicesVirtualDirectory -Identity 'CAS01\\EWS (Default Web Site)' -ExternalUrl 'https://mail.contoso.com/EWS/Exchange.asmx'",
    },
    {
      name: 'no path at all',
      code: 'Set-OabVirtualDirectory -Identity X -InternalUrl https://mail.contoso.com',
      errors: [{ text: 'https://mail.contoso.com', message: /has no path/ }],
      output: 'Set-OabVirtualDirectory -Identity X -InternalUrl https://mail.contoso.com/OAB',
    },
    {
      name: 'the SCP pointing at the folder, abbreviated',
      code: 'Set-ClientAccessService -Identity EX01 -AutoDiscoverServiceI "https://$name/Autodiscover"',
      errors: [{ text: '/Autodiscover', message: /Autodiscover answers at \/Autodiscover\/Autodiscover\.xml/ }],
      output: 'Set-ClientAccessService -Identity EX01 -AutoDiscoverServiceI "https://$name/Autodiscover/Autodiscover.xml"',
    },
    {
      name: 'ActiveSync path misspelt, colon syntax',
      code: 'Set-ActiveSyncVirtualDirectory -Identity X -ExternalUrl:https://mail.contoso.com/Microsoft-Server-ActivSync',
      errors: [{ text: '/Microsoft-Server-ActivSync' }],
      output: 'Set-ActiveSyncVirtualDirectory -Identity X -ExternalUrl:https://mail.contoso.com/Microsoft-Server-ActiveSync',
    },
    {
      name: 'OWA identity names the folder',
      code: "Set-OwaVirtualDirectory -Identity 'EX01\\owa (Default Web Site)' -InternalUrl https://mail.contoso.com/ecp",
      errors: [{ text: '/ecp' }],
      output: "Set-OwaVirtualDirectory -Identity 'EX01\\owa (Default Web Site)' -InternalUrl https://mail.contoso.com/owa",
    },
    {
      name: 'OWA on Exchange 2016: only /owa',
      code: 'Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -ExternalUrl https://mail.contoso.com/',
      settings: { exchangeVersion: '2016' },
      errors: [{ text: '/' }],
      output: 'Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -ExternalUrl https://mail.contoso.com/owa',
    },
    {
      name: 'OWA, identity unknown, version unknown: no fix',
      code: 'Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -ExternalUrl https://mail.contoso.com/mail',
      errors: [{ text: '/mail', message: /\/owa or \/Exchange or \/Public or \/Exchweb/ }],
    },
    {
      name: 'no scheme and no Exchange.asmx (the scheme is the other rule’s)',
      code: 'Set-WebServicesVirtualDirectory -Identity X -InternalUrl mail.contoso.com/EWS/',
      errors: [{ text: '/EWS/' }],
      output: 'Set-WebServicesVirtualDirectory -Identity X -InternalUrl mail.contoso.com/EWS/Exchange.asmx',
    },
    {
      name: 'splatted',
      code: "$p = @{ Identity = 'X'; InternalUrl = 'https://mail.contoso.com/OAB/oab.xml' }\nSet-OabVirtualDirectory @p",
      errors: [{ text: '/OAB/oab.xml' }],
      output: "$p = @{ Identity = 'X'; InternalUrl = 'https://mail.contoso.com/OAB' }\nSet-OabVirtualDirectory @p",
    },
  ],
});
