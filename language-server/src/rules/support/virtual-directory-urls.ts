// Which parameters hold a client-facing URL of an Exchange virtual directory, and the path that URL
// must end in.
import type { CommandView, ParameterArgument } from '../../powershell/types.js';
import type { ExchangeVersion } from '../../settings.js';
import { constantString, identityArgument } from './constant-values.js';
import { findParameter, type ParameterName } from './find-parameter.js';
import { literalText, type LiteralText } from './literal-text.js';
import { urlParts, type UrlParts } from './url-parts.js';

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

/** Every command of a script passes through `writtenUrls`: look its key up once, not per table. */
const TABLE_BY_CMDLET: ReadonlyMap<string, VirtualDirectoryUrls> = new Map(
  VIRTUAL_DIRECTORY_URLS.flatMap((table) => table.cmdlets.map((cmdlet) => [cmdlet, table] as const)),
);

export interface WrittenUrl {
  readonly table: VirtualDirectoryUrls;
  readonly parameter: ParameterArgument;
  /** The URL as written: a string or bareword. */
  readonly literal: LiteralText;
  readonly url: UrlParts;
}

/** Every URL parameter of a virtual directory cmdlet that `command` sets to text whose shape is known. */
export function writtenUrls(command: CommandView): WrittenUrl[] {
  const table = TABLE_BY_CMDLET.get(command.key);
  if (!table) return [];
  return table.parameters.flatMap((name) => {
    const parameter = findParameter(command, name);
    const literal = literalText(parameter?.value);
    const url = literal && urlParts(literal);
    return parameter && literal && url ? [{ table, parameter, literal, url }] : [];
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

/** True when `path` is one of `accepted` (case-insensitive; a trailing `/` is fine on folders). */
export function pathMatches(path: string, accepted: readonly string[], folder: boolean): boolean {
  const written = (folder ? path.replace(/\/+$/, '') : path).toLowerCase();
  return accepted.some((candidate) => candidate.toLowerCase() === written);
}
