// Parameters of cmdlets the reference documents that the reference can't describe: the names
// they had before Exchange 2010 (Exchange 2007 RTM's -ExternalAuthenticationMethod, 2007's
// -StorageGroup), and parameters on their way out. Facts from exkb's knowledge entries and rules
// (`outlook-anywhere-authentication-parameter`, `storage-group-cmdlets-removed`,
// `exchange-online-basic-auth`) and the reference's own deprecation notes.
import { splitQualified, type ExchangeTarget } from './names.js';

export type ParameterStatus =
  /** Gone from `removedIn` on; the cmdlet refuses it ("A parameter cannot be found…"). */
  | 'removed'
  /** Still accepted, but no longer supported or no longer does anything. */
  | 'deprecated';

export interface LegacyParameter {
  readonly cmdlet: string;
  /** Without the dash. */
  readonly parameter: string;
  readonly status: ParameterStatus;
  /** The targets on which the cmdlet accepts it. */
  readonly versions: readonly ExchangeTarget[];
  /** The release that removed or deprecated it: "Exchange 2007 SP1", "ExchangeOnlineManagement 3.9.2". */
  readonly removedIn: string;
  /** The parameter of the same cmdlet that took its place, if one did. */
  readonly replacement?: string;
  readonly note?: string;
  readonly entries?: readonly string[];
}

const STORAGE_GROUPS = 'exchange-2010-no-lcr-ccr-scr-storage-group-copy';
const NO_STORAGE_GROUP = 'Since Exchange 2010 a database belongs to its server; give -Server (and -EdbFilePath/-LogFolderPath for the locations).';
const RPS_SESSION = 'REST connections replaced remote PowerShell sessions to Exchange Online in October 2023; leave the switch out.';
const IPPS_RPS_SESSION = 'Remote PowerShell sessions to Security & Compliance PowerShell were deprecated in October 2023; leave the switch out.';

export const LEGACY_PARAMETERS: readonly LegacyParameter[] = [
  {
    cmdlet: 'Enable-OutlookAnywhere',
    parameter: 'ExternalAuthenticationMethod',
    status: 'removed',
    versions: ['2007'],
    removedIn: 'Exchange 2007 SP1',
    replacement: 'ClientAuthenticationMethod',
    note: 'Exchange 2007 RTM only; the values (Basic, Ntlm) stayed the same.',
    entries: ['enable-outlookanywhere-externalauthenticationmethod-not-found'],
  },
  {
    cmdlet: 'Get-MailboxDatabase',
    parameter: 'IncludePreExchange2007',
    status: 'removed',
    versions: ['2007'],
    removedIn: 'Exchange 2010',
    replacement: 'IncludePreExchange2010',
    note: 'The switch that adds Exchange 2003 databases to the list was renamed after the version it looks back to.',
  },
  { cmdlet: 'New-MailboxDatabase', parameter: 'StorageGroup', status: 'removed', versions: ['2007'], removedIn: 'Exchange 2010', replacement: 'Server', note: NO_STORAGE_GROUP, entries: [STORAGE_GROUPS] },
  { cmdlet: 'Get-MailboxDatabase', parameter: 'StorageGroup', status: 'removed', versions: ['2007'], removedIn: 'Exchange 2010', replacement: 'Server', note: NO_STORAGE_GROUP, entries: [STORAGE_GROUPS] },
  { cmdlet: 'New-PublicFolderDatabase', parameter: 'StorageGroup', status: 'removed', versions: ['2007'], removedIn: 'Exchange 2010', replacement: 'Server', note: NO_STORAGE_GROUP, entries: [STORAGE_GROUPS] },
  { cmdlet: 'Get-PublicFolderDatabase', parameter: 'StorageGroup', status: 'removed', versions: ['2007'], removedIn: 'Exchange 2010', replacement: 'Server', note: NO_STORAGE_GROUP, entries: [STORAGE_GROUPS] },
  {
    cmdlet: 'Connect-ExchangeOnline',
    parameter: 'UseRPSSession',
    status: 'deprecated',
    versions: ['online'],
    removedIn: 'ExchangeOnlineManagement 3.9.2',
    note: RPS_SESSION,
    entries: ['exchange-online-remote-powershell-basic-auth-retired'],
  },
  { cmdlet: 'Connect-IPPSSession', parameter: 'UseRPSSession', status: 'deprecated', versions: ['online'], removedIn: 'ExchangeOnlineManagement 3.9.2', note: IPPS_RPS_SESSION },
];

const BY_KEY = new Map<string, LegacyParameter>();
for (const row of LEGACY_PARAMETERS) {
  const key = keyOf(row.cmdlet, row.parameter);
  if (BY_KEY.has(key)) throw new Error(`exkb: -${row.parameter} of ${row.cmdlet} is listed twice in the legacy parameters`);
  BY_KEY.set(key, row);
}

/** The legacy parameter `-parameter` of `cmdlet`, by full name (any case). */
export function legacyParameter(cmdlet: string, parameter: string): LegacyParameter | undefined {
  return BY_KEY.get(keyOf(splitQualified(cmdlet).name, parameter.replace(/^[-\u2013\u2014]/, '')));
}

/** Every legacy parameter of `cmdlet`, for completion and hover. */
export function legacyParametersOf(cmdlet: string): LegacyParameter[] {
  const name = splitQualified(cmdlet).name.toLowerCase();
  return LEGACY_PARAMETERS.filter((row) => row.cmdlet.toLowerCase() === name);
}

function keyOf(cmdlet: string, parameter: string): string {
  return `${cmdlet.toLowerCase()} -${parameter.toLowerCase()}`;
}
