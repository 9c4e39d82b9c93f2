// Which receive connector a command works on, and whether it is one of those Exchange setup
// creates. Identities look like `EX01\Default EX01`, `Default Frontend EX01` or a DN/GUID.
import type { CommandView } from '../../powershell/types.js';
import { constantNames, constantString, identityArgument } from './constant-values.js';

export type BuiltInConnector =
  /** `Default <server>`: Hub Transport (2007/2010, port 25) or the Transport service (2013+, port 2525). */
  | 'default'
  /** `Default Frontend <server>`: 2013 and later, port 25 from the internet. */
  | 'default-frontend'
  /** `Client <server>`, `Client Frontend/Proxy <server>`, `Outbound Proxy Frontend <server>`, the Edge's default connector. */
  | 'other';

export interface ConnectorName {
  readonly kind: BuiltInConnector;
  /** The server the name ends with. */
  readonly server: string;
}

const BUILT_IN: readonly (readonly [RegExp, BuiltInConnector])[] = [
  [/^Default\s+Frontend\s+([^\s\\]+)$/i, 'default-frontend'],
  [/^Default\s+internal\s+receive\s+connector\s+([^\s\\]+)$/i, 'other'],
  [/^(?:Client\s+Frontend|Client\s+Proxy|Outbound\s+Proxy\s+Frontend|Client)\s+([^\s\\]+)$/i, 'other'],
  [/^Default\s+([^\s\\]+)$/i, 'default'],
];

/** The connector's own name: `EX01\Default EX01` → `Default EX01`. */
export function connectorName(identity: string): string {
  return identity.slice(identity.lastIndexOf('\\') + 1).trim();
}

/** What setup named the connector, or `undefined` for any other name. */
export function builtInConnector(identity: string): ConnectorName | undefined {
  const name = connectorName(identity);
  for (const [pattern, kind] of BUILT_IN) {
    const match = pattern.exec(name);
    if (match?.[1]) return { kind, server: match[1] };
  }
  return undefined;
}

export type ConnectorTarget =
  | { readonly kind: 'named'; readonly identity: string }
  /** `Get-ReceiveConnector` without an identity: every connector (of a server, with `-Server`). */
  | { readonly kind: 'all' }
  /** Piped from `New-ReceiveConnector`: the connector it creates. */
  | { readonly kind: 'created'; readonly command: CommandView }
  | { readonly kind: 'unknown' };

const CONNECTOR_COMMANDS = new Set(['get-receiveconnector', 'set-receiveconnector', 'new-receiveconnector']);

/**
 * The connector `command` changes: its own `-Identity` (or first positional argument), else the
 * connector piped in from `Get-`/`Set-`/`New-ReceiveConnector`.
 */
export function targetConnector(command: CommandView): ConnectorTarget {
  const own = identityArgument(command);
  if (own) return named(constantString(own));
  const source = command.previous;
  if (!source || !CONNECTOR_COMMANDS.has(source.key)) return { kind: 'unknown' };
  if (source.key === 'new-receiveconnector') return { kind: 'created', command: source };
  const piped = identityArgument(source);
  if (piped) return named(constantString(piped));
  return source.key === 'get-receiveconnector' && source.splats.every((splat) => splat.resolved) ? { kind: 'all' } : { kind: 'unknown' };
}

export interface BuiltInTarget extends ConnectorName {
  /** The connector's identity as the script writes it. */
  readonly identity: string;
}

/** The connector `command` changes, when the script names it and setup created it (see `builtInConnector`). */
export function targetBuiltInConnector(command: CommandView): BuiltInTarget | undefined {
  const target = targetConnector(command);
  if (target.kind !== 'named') return undefined;
  const connector = builtInConnector(target.identity);
  return connector && { ...connector, identity: target.identity };
}

function named(identity: string | undefined): ConnectorTarget {
  return identity ? { kind: 'named', identity } : { kind: 'unknown' };
}

/** The `-Name` (or first positional argument) of a `New-ReceiveConnector`. */
export function createdConnectorName(command: CommandView): string | undefined {
  const name = command.parameter('Name');
  return constantString(name ? name.value : command.positional[0]);
}

/** True when two identities name the same connector (server prefixes are ignored: names are unique per server). */
export function sameConnector(a: string, b: string): boolean {
  return connectorName(a).toLowerCase() === connectorName(b).toLowerCase();
}

export type Exposure = 'internet' | 'restricted' | 'unknown';

export interface ConnectorExposure {
  readonly exposure: Exposure;
  /** How a message names the connector: `"EX01\Default Frontend EX01"`, `every receive connector`. */
  readonly label: string;
}

const WHOLE_ADDRESS_SPACE = /^(?:0\.0\.0\.0\s*-\s*255\.255\.255\.255|0\.0\.0\.0\/0|::\/0|::\s*-\s*ffff(?::ffff){7})$/i;

/**
 * Whether anyone on the internet can connect to the connector, as far as the script shows: the
 * connectors setup creates and those created without `-RemoteIPRanges` take every address, unless
 * the script itself narrows them.
 */
export function connectorExposure(target: ConnectorTarget, commands: readonly CommandView[]): ConnectorExposure {
  switch (target.kind) {
    case 'all':
      return { exposure: 'internet', label: 'every receive connector' };
    case 'unknown':
      return { exposure: 'unknown', label: 'the connector' };
    case 'created': {
      const name = createdConnectorName(target.command);
      return { exposure: rangesExposure(target.command, true), label: name ? `"${name}"` : 'the new connector' };
    }
    case 'named': {
      const label = `"${target.identity}"`;
      const narrowed = commands
        .filter((command) => configures(command, target.identity) && command.parameter('RemoteIPRanges'))
        .map((command) => rangesExposure(command, false));
      if (narrowed.length > 0) return { exposure: narrowed.every((exposure) => exposure === 'internet') ? 'internet' : 'unknown', label };
      const created = commands.find((command) => command.key === 'new-receiveconnector' && sameName(createdConnectorName(command), target.identity));
      if (created) return { exposure: rangesExposure(created, true), label };
      return { exposure: builtInConnector(target.identity) ? 'internet' : 'unknown', label };
    }
  }
}

/** `Set-ReceiveConnector` on the connector (directly or piped from `Get-ReceiveConnector`), or the `New-ReceiveConnector` that makes it. */
function configures(command: CommandView, identity: string): boolean {
  if (command.key === 'new-receiveconnector') return sameName(createdConnectorName(command), identity);
  if (command.key !== 'set-receiveconnector') return false;
  const target = targetConnector(command);
  return target.kind === 'named' && sameConnector(target.identity, identity);
}

function sameName(name: string | undefined, identity: string): boolean {
  return name !== undefined && sameConnector(name, identity);
}

function rangesExposure(command: CommandView, creating: boolean): Exposure {
  const usage = command.parameter('Usage');
  const internetUsage = command.parameter('Internet') || constantString(usage?.value)?.toLowerCase() === 'internet';
  const ranges = command.parameter('RemoteIPRanges');
  if (!ranges) return creating || internetUsage ? 'internet' : 'unknown';
  const values = constantNames(ranges.value);
  if (!values) return 'unknown';
  return values.some((range) => WHOLE_ADDRESS_SPACE.test(range)) ? 'internet' : 'restricted';
}
