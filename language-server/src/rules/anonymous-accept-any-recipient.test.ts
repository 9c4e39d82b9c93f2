import rule from './anonymous-accept-any-recipient.js';
import { testRule } from './testing.js';

const RELAY_CONNECTOR =
  "New-ReceiveConnector -Name 'Relay - copiers' -Server EX01 -TransportRole FrontendTransport -Custom -Bindings '0.0.0.0:25' -RemoteIPRanges '10.0.8.10' -PermissionGroups AnonymousUsers";

testRule(rule, {
  valid: [
    { name: 'a dedicated relay connector limited to one device', code: `${RELAY_CONNECTOR}\nGet-ReceiveConnector -Identity 'EX01\\Relay - copiers' | Add-ADPermission -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights 'ms-Exch-SMTP-Accept-Any-Recipient'` },
    { name: 'piped straight from New-ReceiveConnector with ranges', code: `${RELAY_CONNECTOR} | Add-ADPermission -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights ms-Exch-SMTP-Accept-Any-Recipient` },
    { name: 'a connector we know nothing about', code: "Add-ADPermission -Identity 'EX01\\App relay' -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights ms-Exch-SMTP-Accept-Any-Recipient" },
    { name: 'taking the right away', code: "Remove-ADPermission -Identity 'EX01\\Default Frontend EX01' -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights 'ms-Exch-SMTP-Accept-Any-Recipient'" },
    { name: 'other rights for Anonymous', code: "Add-ADPermission -Identity 'Default Frontend EX01' -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights ms-Exch-SMTP-Submit, ms-Exch-SMTP-Accept-Any-Sender" },
    { name: 'the right for an authenticated account', code: "Add-ADPermission -Identity 'Default Frontend EX01' -User 'CONTOSO\\svc-scanner' -ExtendedRights ms-Exch-SMTP-Accept-Any-Recipient" },
    { name: 'rights we cannot know', code: "Add-ADPermission -Identity 'Default Frontend EX01' -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights $rights" },
    {
      name: 'a built-in connector the script narrows first',
      code: "Set-ReceiveConnector 'EX01\\Default EX01' -RemoteIPRanges 10.0.8.10\nAdd-ADPermission 'EX01\\Default EX01' -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights ms-Exch-SMTP-Accept-Any-Recipient",
    },
    { name: 'Get-ADPermission', code: "Get-ReceiveConnector | Get-ADPermission -User 'NT AUTHORITY\\ANONYMOUS LOGON'" },
  ],
  invalid: [
    {
      code: "Get-ReceiveConnector -Identity 'EX01\\Default Frontend EX01' | Add-ADPermission -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights 'ms-Exch-SMTP-Accept-Any-Recipient'",
      errors: [
        {
          text: "'ms-Exch-SMTP-Accept-Any-Recipient'",
          message: /^Granting ms-Exch-SMTP-Accept-Any-Recipient to ANONYMOUS LOGON on "EX01\\Default Frontend EX01", .*open relay\)\. Grant it only on a dedicated relay connector/,
        },
      ],
    },
    {
      name: 'named identity, odd casing, Anonymous Logon without the domain',
      code: 'add-adpermission -Identity "Default EX01" -User "anonymous logon" -ExtendedRights MS-EXCH-SMTP-ACCEPT-ANY-RECIPIENT',
      errors: [{ text: 'MS-EXCH-SMTP-ACCEPT-ANY-RECIPIENT' }],
    },
    {
      name: 'an array of rights, positional identity',
      code: "Add-ADPermission 'EX01\\Default EX01' -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights 'ms-Exch-SMTP-Submit','ms-Exch-SMTP-Accept-Any-Recipient'",
      errors: [{ text: "'ms-Exch-SMTP-Submit','ms-Exch-SMTP-Accept-Any-Recipient'" }],
    },
    {
      name: 'every connector at once',
      code: "Get-ReceiveConnector -Server EX01 | Add-ADPermission -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights ms-Exch-SMTP-Accept-Any-Recipient",
      errors: [{ message: /on every receive connector,/ }],
    },
    {
      name: 'an Internet connector created in the script',
      code: "New-ReceiveConnector -Name 'Internet EX01' -Server EX01 -Internet -Bindings '0.0.0.0:25'\nAdd-ADPermission -Identity 'EX01\\Internet EX01' -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights ms-Exch-SMTP-Accept-Any-Recipient",
      errors: [{ line: 2 }],
    },
    {
      name: 'a custom connector open to the whole address space',
      code: "New-ReceiveConnector 'Relay' -Server EX01 -Custom -Bindings 0.0.0.0:25 -RemoteIPRanges 0.0.0.0-255.255.255.255 | Add-ADPermission -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights ms-Exch-SMTP-Accept-Any-Recipient",
      errors: [{ message: /on "Relay",/ }],
    },
    {
      name: 'splatting',
      code: "$relay = @{ Identity = 'Default Frontend EX01'; User = 'NT AUTHORITY\\ANONYMOUS LOGON'; ExtendedRights = 'ms-Exch-SMTP-Accept-Any-Recipient' }\nAdd-ADPermission @relay",
      errors: [{ text: "'ms-Exch-SMTP-Accept-Any-Recipient'", line: 1 }],
    },
  ],
});
