import rule from './windows-features-missing-iis-authentication.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    {
      name: 'the complete Exchange 2010 list',
      code: "Add-WindowsFeature NET-Framework, RSAT-ADDS, Web-Server, Web-Basic-Auth, Web-Windows-Auth, Web-Digest-Auth, Web-Metabase, Web-Net-Ext, Web-Lgcy-Mgmt-Console, WAS-Process-Model, RSAT-Web-Server, Web-ISAPI-Ext, Web-Dyn-Compression, NET-HTTP-Activation, RPC-Over-HTTP-Proxy -Restart",
    },
    { name: 'adding only what is missing', code: "Add-WindowsFeature -Name 'Web-Dyn-Compression', 'Web-Metabase', 'Web-Lgcy-Mgmt-Console' -Restart" },
    { name: 'IIS for something else', code: 'Install-WindowsFeature Web-Server, Web-Asp-Net45 -IncludeManagementTools' },
    { name: 'all sub-features', code: 'Install-WindowsFeature Web-Server, RPC-over-HTTP-proxy -IncludeAllSubFeature' },
    { name: 'Edge Transport', code: 'Install-WindowsFeature ADLDS' },
    { name: 'from a variable assigned more than once', code: "$f = 'Web-Server'\n$f += 'Web-Metabase'\nInstall-WindowsFeature $f" },
    { name: 'an item that is a variable', code: 'Install-WindowsFeature Web-Server, Web-Metabase, $auth' },
    { name: 'Get-WindowsFeature only reads', code: 'Get-WindowsFeature Web-Server, Web-Metabase' },
  ],
  invalid: [
    {
      name: 'Exchange 2010 list without authentication',
      code: 'Add-WindowsFeature NET-Framework, RSAT-ADDS, Web-Server, Web-Metabase, Web-Lgcy-Mgmt-Console, Web-ISAPI-Ext, RPC-Over-HTTP-Proxy -Restart',
      errors: [{ text: 'NET-Framework, RSAT-ADDS, Web-Server, Web-Metabase, Web-Lgcy-Mgmt-Console, Web-ISAPI-Ext, RPC-Over-HTTP-Proxy', message: /without Web-Basic-Auth, Web-Windows-Auth, Web-Digest-Auth.*prompting/ }],
      output: 'Add-WindowsFeature NET-Framework, RSAT-ADDS, Web-Server, Web-Metabase, Web-Lgcy-Mgmt-Console, Web-ISAPI-Ext, RPC-Over-HTTP-Proxy, Web-Basic-Auth, Web-Windows-Auth, Web-Digest-Auth -Restart',
    },
    {
      name: 'Windows authentication missing, quoted list in a variable, odd casing',
      code: "$needed = 'web-server', 'Web-Basic-Auth', 'Web-Digest-Auth', 'rpc-over-http-proxy'\nInstall-WindowsFeature -Name $needed",
      errors: [{ text: '$needed', message: /without Web-Windows-Auth/ }],
      output: "$needed = 'web-server', 'Web-Basic-Auth', 'Web-Digest-Auth', 'rpc-over-http-proxy', 'Web-Windows-Auth'\nInstall-WindowsFeature -Name $needed",
    },
    {
      name: 'splatted',
      code: "$p = @{ Name = 'Web-Server', 'Web-Metabase', 'Web-Windows-Auth', 'Web-Basic-Auth' }\nInstall-WindowsFeature @p",
      errors: [{ message: /without Web-Digest-Auth/ }],
      output: "$p = @{ Name = 'Web-Server', 'Web-Metabase', 'Web-Windows-Auth', 'Web-Basic-Auth', 'Web-Digest-Auth' }\nInstall-WindowsFeature @p",
    },
  ],
});
