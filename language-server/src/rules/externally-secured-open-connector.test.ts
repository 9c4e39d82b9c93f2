import rule from './externally-secured-open-connector.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    "New-ReceiveConnector -Name 'From gateway' -Server EX01 -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 10.1.1.20 -AuthMechanism ExternalAuthoritative -PermissionGroups ExchangeServers",
    { name: 'narrowed in the same call', code: "Set-ReceiveConnector 'EX01\\Default EX01' -RemoteIPRanges 10.1.1.20 -AuthMechanism Tls, ExternalAuthoritative -PermissionGroups ExchangeServers" },
    { name: 'narrowed by an earlier call', code: "Set-ReceiveConnector 'EX01\\From gateway' -RemoteIPRanges 10.1.1.20\nSet-ReceiveConnector 'EX01\\From gateway' -AuthMechanism ExternalAuthoritative -PermissionGroups ExchangeServers" },
    { name: 'a connector we know nothing about', code: "Set-ReceiveConnector 'EX01\\From gateway' -AuthMechanism ExternalAuthoritative -PermissionGroups ExchangeServers" },
    { name: 'other mechanisms', code: "Set-ReceiveConnector 'Default Frontend EX01' -AuthMechanism Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer" },
    { name: 'a value we cannot know', code: "Set-ReceiveConnector 'Default Frontend EX01' -AuthMechanism $mechanisms" },
    { name: 'ranges we cannot know', code: "New-ReceiveConnector -Name 'From gateway' -Server EX01 -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges $gateways -AuthMechanism ExternalAuthoritative" },
    { name: 'a send connector', code: "Set-SendConnector 'To partner' -SmartHostAuthMechanism ExternalAuthoritative" },
  ],
  invalid: [
    {
      code: "Set-ReceiveConnector -Identity 'EX01\\Default Frontend EX01' -AuthMechanism Tls, ExternalAuthoritative -PermissionGroups ExchangeServers",
      errors: [
        {
          text: 'Tls, ExternalAuthoritative',
          message: /^-AuthMechanism Tls, ExternalAuthoritative makes "EX01\\Default Frontend EX01", which takes connections from any address, treat every sender as an authenticated Exchange server, .*\. Use ExternalAuthoritative only/,
        },
      ],
    },
    {
      name: 'a new Internet connector, odd casing, colon form',
      code: "new-receiveconnector -Name 'Internet EX01' -Server EX01 -Usage Internet -Bindings 0.0.0.0:25 -authmechanism:'externalauthoritative'",
      errors: [{ text: "'externalauthoritative'", message: /makes "Internet EX01"/ }],
    },
    {
      name: 'a custom connector open to the whole address space',
      code: "New-ReceiveConnector 'Relay' -Server EX01 -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges '0.0.0.0-255.255.255.255' -AuthMechanism ExternalAuthoritative -PermissionGroups ExchangeServers",
      errors: [{ text: 'ExternalAuthoritative' }],
    },
    {
      name: 'every connector of a server',
      code: 'Get-ReceiveConnector -Server EX01 | Set-ReceiveConnector -AuthMechanism ExternalAuthoritative -PermissionGroups ExchangeServers',
      errors: [{ message: /makes every receive connector,/ }],
    },
    {
      name: 'splatting',
      code: "$secured = @{ Identity = 'Default EX01'; AuthMechanism = 'ExternalAuthoritative'; PermissionGroups = 'ExchangeServers' }\nSet-ReceiveConnector @secured",
      errors: [{ text: "'ExternalAuthoritative'", line: 1 }],
    },
  ],
});
