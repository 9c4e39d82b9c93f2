import rule from './default-connector-without-anonymous.js';
import { testRule } from './testing.js';

testRule(rule, {
  valid: [
    "Set-ReceiveConnector -Identity 'EX01\\Default EX01' -PermissionGroups AnonymousUsers, ExchangeUsers, ExchangeServers, ExchangeLegacyServers",
    { name: 'one string holding the list', code: "Set-ReceiveConnector 'Default Frontend EX01' -PermissionGroups 'ExchangeServers,AnonymousUsers'" },
    { name: 'Custom: permissions granted one by one', code: "Set-ReceiveConnector 'Default EX01' -PermissionGroups ExchangeServers, Custom" },
    { name: 'the 2013+ Transport connector on port 2525', code: "Set-ReceiveConnector 'EX01\\Default EX01' -PermissionGroups ExchangeUsers, ExchangeServers, ExchangeLegacyServers", settings: { exchangeVersion: '2016' } },
    { name: 'a connector of its own', code: "Set-ReceiveConnector 'EX01\\Internal relay' -PermissionGroups ExchangeServers" },
    { name: 'Client Frontend is for authenticated clients', code: "Set-ReceiveConnector 'Client Frontend EX01' -PermissionGroups ExchangeUsers" },
    { name: 'a value we cannot know', code: "Set-ReceiveConnector 'Default Frontend EX01' -PermissionGroups $groups" },
    { name: 'an identity we cannot know', code: 'Set-ReceiveConnector $connector -PermissionGroups ExchangeServers' },
    { name: 'New-ReceiveConnector', code: "New-ReceiveConnector -Name 'Partner' -Server EX01 -Partner -Bindings 0.0.0.0:25 -RemoteIPRanges 192.0.2.10 -PermissionGroups Partners" },
  ],
  invalid: [
    {
      code: "Set-ReceiveConnector -Identity 'EX01\\Default EX01' -PermissionGroups ExchangeUsers, ExchangeServers, ExchangeLegacyServers",
      errors: [
        {
          text: 'ExchangeUsers, ExchangeServers, ExchangeLegacyServers',
          message: /^-PermissionGroups ExchangeUsers, ExchangeServers, ExchangeLegacyServers leaves AnonymousUsers off "EX01\\Default EX01", .*\(530 5\.7\.1 Client was not authenticated\)\. Add AnonymousUsers/,
        },
      ],
      output: "Set-ReceiveConnector -Identity 'EX01\\Default EX01' -PermissionGroups ExchangeUsers, ExchangeServers, ExchangeLegacyServers, AnonymousUsers",
    },
    {
      name: 'Default Frontend on any version, bareword, abbreviated parameter',
      code: "set-receiveconnector 'Default Frontend EX01' -Permission ExchangeServers",
      settings: { exchangeVersion: '2019' },
      errors: [{ text: 'ExchangeServers' }],
      output: "set-receiveconnector 'Default Frontend EX01' -Permission ExchangeServers,AnonymousUsers",
    },
    {
      name: 'quoted items keep their quotes',
      code: "Set-ReceiveConnector 'Default EX01' -PermissionGroups 'ExchangeUsers','ExchangeServers'",
      settings: { exchangeVersion: '2010' },
      errors: [{ text: "'ExchangeUsers','ExchangeServers'" }],
      output: "Set-ReceiveConnector 'Default EX01' -PermissionGroups 'ExchangeUsers','ExchangeServers','AnonymousUsers'",
    },
    {
      name: 'one string holding the list',
      code: "Set-ReceiveConnector 'Default EX01' -PermissionGroups:'ExchangeUsers, ExchangeServers'",
      errors: [{ text: "'ExchangeUsers, ExchangeServers'" }],
      output: "Set-ReceiveConnector 'Default EX01' -PermissionGroups:'ExchangeUsers, ExchangeServers, AnonymousUsers'",
    },
    {
      name: 'None: reported, no certain fix',
      code: "Set-ReceiveConnector 'Default Frontend EX01' -PermissionGroups None",
      errors: [{ text: 'None' }],
    },
    {
      name: 'piped from Get-ReceiveConnector',
      code: "Get-ReceiveConnector 'Default Frontend EX01' | Set-ReceiveConnector -PermissionGroups ExchangeServers",
      errors: [{ text: 'ExchangeServers' }],
      output: "Get-ReceiveConnector 'Default Frontend EX01' | Set-ReceiveConnector -PermissionGroups ExchangeServers,AnonymousUsers",
    },
    {
      name: 'splatting',
      code: "$connector = @{ Identity = 'Default Frontend EX01'; PermissionGroups = 'ExchangeServers' }\nSet-ReceiveConnector @connector",
      errors: [{ text: "'ExchangeServers'", line: 1 }],
      output: "$connector = @{ Identity = 'Default Frontend EX01'; PermissionGroups = 'ExchangeServers,AnonymousUsers' }\nSet-ReceiveConnector @connector",
    },
  ],
});
