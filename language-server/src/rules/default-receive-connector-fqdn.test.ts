import rule from './default-receive-connector-fqdn.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    "Set-ReceiveConnector -Identity 'EX01\\Default Frontend EX01' -Fqdn mail.contoso.com",
    { name: "the server's own FQDN", code: "Set-ReceiveConnector -Identity 'EX01\\Default EX01' -Fqdn ex01.corp.contoso.com" },
    { name: 'the NetBIOS name, any casing', code: "Set-ReceiveConnector 'Default EX01' -Fqdn ex01" },
    { name: 'blank', code: "Set-ReceiveConnector 'Default EX01' -Fqdn ''" },
    { name: 'a connector of its own', code: "Set-ReceiveConnector -Identity 'EX01\\Internet EX01' -Fqdn mail.contoso.com" },
    { name: 'the Client connector', code: "Set-ReceiveConnector -Identity 'Client EX01' -Fqdn mail.contoso.com" },
    { name: 'a value we cannot know', code: "Set-ReceiveConnector -Identity 'EX01\\Default EX01' -Fqdn $publicName" },
    { name: 'an identity we cannot know', code: 'Set-ReceiveConnector -Identity $connector -Fqdn mail.contoso.com' },
    { name: 'another parameter', code: "Set-ReceiveConnector -Identity 'EX01\\Default EX01' -RemoteIPRanges '10.0.0.0/8'" },
    { name: 'New-ReceiveConnector', code: "New-ReceiveConnector -Name 'Internet EX01' -Server EX01 -Usage Internet -Bindings '0.0.0.0:25' -Fqdn mail.contoso.com" },
    { name: 'every connector, unnamed', code: 'Get-ReceiveConnector -Server EX01 | Set-ReceiveConnector -Fqdn mail.contoso.com' },
  ],
  invalid: [
    {
      code: "Set-ReceiveConnector -Identity 'EX01\\Default EX01' -Fqdn mail.contoso.com",
      errors: [
        {
          text: 'mail.contoso.com',
          message: /^-Fqdn mail\.contoso\.com on "EX01\\Default EX01" stops the other Exchange servers from authenticating to EX01, .*451 5\.7\.3.*\. Leave EX01's own name/,
        },
      ],
    },
    {
      name: 'positional identity, abbreviated parameter, colon form',
      code: 'set-receiveconnector "Default EX02" -FQ:"smtp.contoso.com"',
      errors: [{ text: '"smtp.contoso.com"' }],
    },
    {
      name: 'piped from Get-ReceiveConnector',
      code: "Get-ReceiveConnector 'EX01\\Default EX01' | Set-ReceiveConnector -Fqdn mail.contoso.com",
      errors: [{ text: 'mail.contoso.com' }],
    },
    {
      name: 'splatting',
      code: "$settings = @{ Identity = 'EX01\\Default EX01'; Fqdn = 'mail.contoso.com' }\nSet-ReceiveConnector @settings",
      errors: [{ text: "'mail.contoso.com'", line: 1 }],
    },
    {
      name: 'a variable assigned once',
      code: "$banner = 'mail.contoso.com'\nSet-ReceiveConnector -Identity 'EX01\\Default EX01' -Fqdn $banner",
      errors: [{ text: '$banner', line: 2 }],
    },
  ],
});
