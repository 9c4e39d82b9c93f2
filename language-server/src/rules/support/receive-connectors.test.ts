import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commandsOf, lastCommand } from '../testing.js';
import {
  builtInConnector,
  connectorExposure,
  connectorName,
  createdConnectorName,
  sameConnector,
  targetBuiltInConnector,
  targetConnector,
  type ConnectorExposure,
  type ConnectorName,
} from './receive-connectors.js';

const NAMES: ReadonlyArray<[string, string]> = [
  ['EX01\\Default EX01', 'Default EX01'],
  ['Default Frontend EX01', 'Default Frontend EX01'],
  ['EX01\\ Client EX01 ', 'Client EX01'],
];

describe('connectorName', () => {
  for (const [identity, name] of NAMES) it(`${identity} → ${name}`, () => assert.equal(connectorName(identity), name));
});

const BUILT_IN: ReadonlyArray<[string, ConnectorName | undefined]> = [
  ['EX01\\Default EX01', { kind: 'default', server: 'EX01' }],
  ['Default EX01', { kind: 'default', server: 'EX01' }],
  ['EX01\\Default Frontend EX01', { kind: 'default-frontend', server: 'EX01' }],
  ['default   frontend ex01', { kind: 'default-frontend', server: 'ex01' }],
  ['EX01\\Client Frontend EX01', { kind: 'other', server: 'EX01' }],
  ['EX01\\Client Proxy EX01', { kind: 'other', server: 'EX01' }],
  ['EX01\\Outbound Proxy Frontend EX01', { kind: 'other', server: 'EX01' }],
  ['EX2007\\Client EX2007', { kind: 'other', server: 'EX2007' }],
  ['EDGE01\\Default internal receive connector EDGE01', { kind: 'other', server: 'EDGE01' }],
  ['EX01\\Internet Relay', undefined],
  ['Default', undefined],
  ['CN=Default EX01,CN=SMTP Receive Connectors,CN=Protocols,CN=EX01', undefined],
];

describe('builtInConnector', () => {
  for (const [identity, expected] of BUILT_IN) {
    it(`${identity} → ${expected ? `${expected.kind} of ${expected.server}` : 'not built in'}`, () => assert.deepEqual(builtInConnector(identity), expected));
  }
});

// [script, what its last command changes: a name, 'all', 'created' or 'unknown']
const TARGETS: ReadonlyArray<[string, string]> = [
  ["Set-ReceiveConnector 'EX01\\Default EX01' -Fqdn mail.contoso.com", 'EX01\\Default EX01'],
  ["Set-ReceiveConnector -Identity 'Default EX01' -Fqdn mail.contoso.com", 'Default EX01'],
  ["Add-ADPermission 'EX01\\Relay' -User 'NT AUTHORITY\\ANONYMOUS LOGON' -ExtendedRights ms-Exch-SMTP-Accept-Any-Recipient", 'EX01\\Relay'],
  ["Get-ReceiveConnector 'EX01\\Relay' | Set-ReceiveConnector -PermissionGroups AnonymousUsers", 'EX01\\Relay'],
  ['Get-ReceiveConnector | Set-ReceiveConnector -PermissionGroups AnonymousUsers', 'all'],
  ['Get-ReceiveConnector -Server EX01 | Set-ReceiveConnector -PermissionGroups AnonymousUsers', 'all'],
  ['New-ReceiveConnector -Name Relay -Usage Custom -Bindings 0.0.0.0:25 | Set-ReceiveConnector -PermissionGroups AnonymousUsers', 'created'],
  ['Set-ReceiveConnector $connector -PermissionGroups AnonymousUsers', 'unknown'],
  ['Get-ReceiveConnector @filter | Set-ReceiveConnector -PermissionGroups AnonymousUsers', 'unknown'],
  ['Get-Mailbox | Set-ReceiveConnector -PermissionGroups AnonymousUsers', 'unknown'],
  ['Set-ReceiveConnector -PermissionGroups AnonymousUsers', 'unknown'],
];

describe('targetConnector', () => {
  for (const [script, expected] of TARGETS) {
    it(`${JSON.stringify(script)} → ${expected}`, () => {
      const target = targetConnector(lastCommand(script));
      assert.equal(target.kind === 'named' ? target.identity : target.kind, expected);
    });
  }
  it('a created connector points at the New-ReceiveConnector command', () => {
    const target = targetConnector(lastCommand('New-ReceiveConnector -Name Relay -Usage Custom | Set-ReceiveConnector -Fqdn relay.contoso.com'));
    assert.equal(target.kind === 'created' ? target.command.canonical : target.kind, 'New-ReceiveConnector');
  });
});

describe('targetBuiltInConnector', () => {
  const TABLE: ReadonlyArray<[string, unknown]> = [
    ["Set-ReceiveConnector 'EX01\\Default Frontend EX01' -Fqdn mail.contoso.com", { kind: 'default-frontend', server: 'EX01', identity: 'EX01\\Default Frontend EX01' }],
    ["Get-ReceiveConnector 'Default EX01' | Set-ReceiveConnector -Fqdn mail.contoso.com", { kind: 'default', server: 'EX01', identity: 'Default EX01' }],
    ["Set-ReceiveConnector 'EX01\\Relay' -Fqdn mail.contoso.com", undefined],
    ['Get-ReceiveConnector | Set-ReceiveConnector -Fqdn mail.contoso.com', undefined],
    ['Set-ReceiveConnector $name -Fqdn mail.contoso.com', undefined],
  ];
  for (const [script, expected] of TABLE) {
    it(JSON.stringify(script), () => assert.deepEqual(targetBuiltInConnector(lastCommand(script)), expected));
  }
});

describe('createdConnectorName', () => {
  const TABLE: ReadonlyArray<[string, string | undefined]> = [
    ['New-ReceiveConnector -Name Relay -Usage Custom', 'Relay'],
    ["New-ReceiveConnector 'Internet Relay' -Usage Custom", 'Internet Relay'],
    ['New-ReceiveConnector -Name $name -Usage Custom', undefined],
  ];
  for (const [script, name] of TABLE) {
    it(`${JSON.stringify(script)} → ${name ?? 'unknown'}`, () => assert.equal(createdConnectorName(lastCommand(script)), name));
  }
});

describe('sameConnector', () => {
  const TABLE: ReadonlyArray<[string, string, boolean]> = [
    ['EX01\\Default EX01', 'default ex01', true],
    // Names are unique per server, and scripts often leave the server out.
    ['EX01\\Relay', 'EX02\\Relay', true],
    ['EX01\\Relay', 'EX01\\Relay 2', false],
  ];
  for (const [a, b, same] of TABLE) it(`${a} and ${b} → ${same}`, () => assert.equal(sameConnector(a, b), same));
});

// [script, exposure of the connector its last command changes]
const EXPOSURES: ReadonlyArray<[string, ConnectorExposure]> = [
  ['Get-ReceiveConnector | Set-ReceiveConnector -AuthMechanism ExternalAuthoritative', { exposure: 'internet', label: 'every receive connector' }],
  ['Set-ReceiveConnector $id -AuthMechanism ExternalAuthoritative', { exposure: 'unknown', label: 'the connector' }],
  // Setup's connectors take every address.
  ["Set-ReceiveConnector 'EX01\\Default Frontend EX01' -AuthMechanism ExternalAuthoritative", { exposure: 'internet', label: '"EX01\\Default Frontend EX01"' }],
  ["Set-ReceiveConnector 'EX01\\Relay' -AuthMechanism ExternalAuthoritative", { exposure: 'unknown', label: '"EX01\\Relay"' }],
  // Created in the pipeline: without -RemoteIPRanges a new connector takes every address.
  ['New-ReceiveConnector -Name Relay -Usage Custom -Bindings 0.0.0.0:25 | Set-ReceiveConnector -AuthMechanism ExternalAuthoritative', { exposure: 'internet', label: '"Relay"' }],
  ['New-ReceiveConnector -Name Relay -Usage Custom -RemoteIPRanges 10.0.0.5 | Set-ReceiveConnector -AuthMechanism ExternalAuthoritative', { exposure: 'restricted', label: '"Relay"' }],
  ['New-ReceiveConnector -Name Relay -Usage Custom -RemoteIPRanges 0.0.0.0-255.255.255.255 | Set-ReceiveConnector -AuthMechanism ExternalAuthoritative', { exposure: 'internet', label: '"Relay"' }],
  ['New-ReceiveConnector -Name Relay -Usage Custom -RemoteIPRanges $ranges | Set-ReceiveConnector -AuthMechanism ExternalAuthoritative', { exposure: 'unknown', label: '"Relay"' }],
  ['New-ReceiveConnector -Name $name -Usage Custom | Set-ReceiveConnector -AuthMechanism ExternalAuthoritative', { exposure: 'internet', label: 'the new connector' }],
  // Created earlier in the script, then named.
  ["New-ReceiveConnector -Name Relay -Usage Custom -Bindings 0.0.0.0:25\nSet-ReceiveConnector 'EX01\\Relay' -AuthMechanism ExternalAuthoritative", { exposure: 'internet', label: '"EX01\\Relay"' }],
  // The script narrows (or widens) the addresses of a setup connector elsewhere.
  ["Set-ReceiveConnector 'Default EX01' -RemoteIPRanges 10.0.0.0/8\nSet-ReceiveConnector 'EX01\\Default EX01' -AuthMechanism ExternalAuthoritative", { exposure: 'unknown', label: '"EX01\\Default EX01"' }],
  ["Get-ReceiveConnector 'Default EX01' | Set-ReceiveConnector -RemoteIPRanges 0.0.0.0/0\nSet-ReceiveConnector 'EX01\\Default EX01' -AuthMechanism ExternalAuthoritative", { exposure: 'internet', label: '"EX01\\Default EX01"' }],
];

describe('connectorExposure', () => {
  for (const [script, expected] of EXPOSURES) {
    it(JSON.stringify(script), () => {
      const commands = commandsOf(script);
      const last = commands[commands.length - 1];
      assert.ok(last);
      assert.deepEqual(connectorExposure(targetConnector(last), commands), expected);
    });
  }
});
