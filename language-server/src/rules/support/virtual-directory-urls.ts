// Which parameters hold a client-facing URL of an Exchange virtual directory, the path that URL
// must end in, and how to take a written URL apart without running the script.
import type { CommandView, ParameterArgument } from '../../powershell/types.js';
import type { ExchangeVersion } from '../../settings.js';
import { constantString, identityArgument } from './constant-values.js';
import { findParameter, type ParameterName } from './find-parameter.js';
import type { LiteralText } from './literal-text.js';

export interface VirtualDirectoryUrls {
  /** How admins name the service in messages. */
  readonly service: string;
  /** Command keys (lower-case). */
  readonly cmdlets: readonly string[];
  readonly parameters: readonly ParameterName[];
  /** The path clients call, as Exchange spells it; compared case-insensitively. */
  readonly path: string;
  /** True when the path names a folder, so `/owa/` is the same as `/owa`. */
  readonly folder: boolean;
  /** True when plain http is a supported choice (OAB downloads, remote PowerShell with Kerberos). */
  readonly httpAllowed: boolean;
}

const INTERNAL_URL: ParameterName = { name: 'InternalUrl', shortest: 'InternalU'.length };
const EXTERNAL_URL: ParameterName = { name: 'ExternalUrl', shortest: 'ExternalU'.length };
const BOTH = [INTERNAL_URL, EXTERNAL_URL];
const pair = (noun: string) => [`set-${noun}`, `new-${noun}`];

export const VIRTUAL_DIRECTORY_URLS: readonly VirtualDirectoryUrls[] = [
  { service: 'OWA', cmdlets: pair('owavirtualdirectory'), parameters: BOTH, path: '/owa', folder: true, httpAllowed: false },
  { service: 'ECP', cmdlets: pair('ecpvirtualdirectory'), parameters: BOTH, path: '/ecp', folder: true, httpAllowed: false },
  {
    service: 'EWS',
    cmdlets: pair('webservicesvirtualdirectory'),
    parameters: [...BOTH, { name: 'InternalNLBBypassUrl', shortest: 'InternalN'.length }],
    path: '/EWS/Exchange.asmx',
    folder: false,
    httpAllowed: false,
  },
  { service: 'OAB', cmdlets: pair('oabvirtualdirectory'), parameters: BOTH, path: '/OAB', folder: true, httpAllowed: true },
  {
    service: 'ActiveSync',
    cmdlets: pair('activesyncvirtualdirectory'),
    parameters: BOTH,
    path: '/Microsoft-Server-ActiveSync',
    folder: true,
    httpAllowed: false,
  },
  { service: 'MAPI over HTTP', cmdlets: pair('mapivirtualdirectory'), parameters: BOTH, path: '/mapi', folder: true, httpAllowed: false },
  { service: 'remote PowerShell', cmdlets: pair('powershellvirtualdirectory'), parameters: BOTH, path: '/PowerShell', folder: true, httpAllowed: true },
  {
    service: 'Autodiscover',
    cmdlets: ['set-clientaccessserver', 'set-clientaccessservice'],
    parameters: [{ name: 'AutoDiscoverServiceInternalUri', shortest: 'AutoDiscoverSe'.length }],
    path: '/Autodiscover/Autodiscover.xml',
    folder: false,
    httpAllowed: false,
  },
];

export interface UrlArgument {
  readonly table: VirtualDirectoryUrls;
  readonly parameter: ParameterArgument;
}

/** Every URL parameter of a virtual directory cmdlet that `command` sets. */
export function urlArguments(command: CommandView): UrlArgument[] {
  const table = VIRTUAL_DIRECTORY_URLS.find((candidate) => candidate.cmdlets.includes(command.key));
  if (!table) return [];
  return table.parameters.flatMap((name) => {
    const parameter = findParameter(command, name);
    return parameter?.value ? [{ table, parameter }] : [];
  });
}

/** The OWA folders of Exchange 2007, which kept the 2003 ones for mailboxes not yet moved. */
const LEGACY_OWA = ['/Exchange', '/Public', '/Exchweb'];

/**
 * The paths a URL of this directory may have. OWA directories can carry other names (the legacy
 * folders of 2007, or a directory made with `New-OwaVirtualDirectory -Name`); the name comes from
 * the identity (`EX01\owa (Default Web Site)`) or `-Name` when the script says it.
 */
export function acceptedPaths(table: VirtualDirectoryUrls, command: CommandView, version: ExchangeVersion): string[] {
  if (table.service !== 'OWA') return [table.path];
  const named = command.key.startsWith('new-')
    ? constantString(findParameter(command, 'Name')?.value) ?? table.path.slice(1)
    : directoryName(constantString(identityArgument(command)));
  if (named) return [`/${named}`];
  return version === 'any' || version === '2007' ? [table.path, ...LEGACY_OWA] : [table.path];
}

/** `EX01\owa (Default Web Site)` → `owa`. */
function directoryName(identity: string | undefined): string | undefined {
  const match = identity ? /(?:^|\\)([^\\()]+?)\s*\([^()]*\)\s*$/.exec(identity) : null;
  return match?.[1];
}

export interface UrlParts {
  /** `http`, `https`, another scheme, or undefined when none is written. */
  readonly scheme?: string;
  /** Offsets in `literal.raw`. */
  readonly hostStart: number;
  /** Where the path starts (the `/`), or the end of the host when there is no path. */
  readonly pathStart: number;
  /** The end of the path, before any `?` or `#`. */
  readonly pathEnd: number;
  /** The path, or `undefined` when it holds variables. */
  readonly path?: string;
  /** False when the host is (or contains) a variable. */
  readonly hostKnown: boolean;
}

/** Takes a written URL apart; `undefined` when its shape depends on an expression. */
export function urlParts(literal: LiteralText): UrlParts | undefined {
  const { raw } = literal;
  if (raw.includes('$(') || raw.includes('`')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw);
  const hostStart = scheme ? scheme[0].length : 0;
  const slash = raw.indexOf('/', hostStart);
  const pathStart = slash === -1 ? raw.length : slash;
  const query = raw.slice(pathStart).search(/[?#]/);
  const pathEnd = query === -1 ? raw.length : pathStart + query;
  const path = raw.slice(pathStart, pathEnd);
  const host = raw.slice(hostStart, pathStart);
  return {
    ...(scheme ? { scheme: scheme[1]!.toLowerCase() } : {}),
    hostStart,
    pathStart,
    pathEnd,
    ...(path.includes('$') ? {} : { path }),
    hostKnown: !host.includes('$'),
  };
}

/** True when `path` is one of `accepted` (case-insensitive; a trailing `/` is fine on folders). */
export function pathMatches(path: string, accepted: readonly string[], folder: boolean): boolean {
  const written = (folder ? path.replace(/\/+$/, '') : path).toLowerCase();
  return accepted.some((candidate) => candidate.toLowerCase() === written);
}
