// The Windows PowerShell snap-ins Exchange registers, per version. Which one a script loads with
// `Add-PSSnapin` decides whether any Exchange cmdlet exists afterwards: Exchange 2007's
// `.Admin` is not registered on 2010 and later, 2010's `.E2010` not on 2007, and 2013's
// `.SnapIn` not before 2013. `.E2010` stays registered on 2013 and later (the Edge Transport
// server's local shell, exshell.psc1, loads it), so it is not wrong there. Exchange Online has
// no snap-in at all: its cmdlets come from the ExchangeOnlineManagement module.
import { indexByName, type ExchangeTarget } from './names.js';

export type SnapInRole =
  /** Holds the Exchange Management Shell cmdlets. */
  | 'management'
  /** Setup's own cmdlets (Install-FreeBusyFolder, New-PerfCounters), for support procedures. */
  | 'setup'
  /** Exchange 2019 CU12 and later management tools: recipient cmdlets without an Exchange server. */
  | 'recipient-management';

export interface ExchangeSnapIn {
  /** As Exchange registers it; PowerShell compares snap-in names without regard to case. */
  readonly name: string;
  readonly role: SnapInRole;
  /** The targets on which it is registered. */
  readonly versions: readonly ExchangeTarget[];
  /** The targets for which it is the one to load (management snap-ins only). */
  readonly preferredFor: readonly ExchangeTarget[];
  readonly note?: string;
}

export const EXCHANGE_SNAP_INS: readonly ExchangeSnapIn[] = [
  { name: 'Microsoft.Exchange.Management.PowerShell.Admin', role: 'management', versions: ['2007'], preferredFor: ['2007'] },
  {
    name: 'Microsoft.Exchange.Management.PowerShell.E2010',
    role: 'management',
    versions: ['2010', '2013', '2016', '2019', 'se'],
    preferredFor: ['2010'],
    note: 'Still registered on Exchange 2013 and later, where the Edge Transport shell loads it.',
  },
  {
    name: 'Microsoft.Exchange.Management.PowerShell.SnapIn',
    role: 'management',
    versions: ['2013', '2016', '2019', 'se'],
    preferredFor: ['2013', '2016', '2019', 'se'],
  },
  { name: 'Microsoft.Exchange.Management.PowerShell.Setup', role: 'setup', versions: ['2010', '2013', '2016', '2019', 'se'], preferredFor: [] },
  {
    name: 'Microsoft.Exchange.Management.PowerShell.RecipientManagement',
    role: 'recipient-management',
    versions: ['2019', 'se'],
    preferredFor: [],
    note: 'Installed with the management tools of Exchange 2019 CU12 and later, for organisations that removed their last Exchange server.',
  },
];

/** How Exchange Online is reached instead of a snap-in. */
export const EXCHANGE_ONLINE_CONNECTION = { command: 'Connect-ExchangeOnline', module: 'ExchangeOnlineManagement' } as const;

const BY_NAME = indexByName(EXCHANGE_SNAP_INS, (snapIn) => snapIn.name);

/** The Exchange snap-in named `name`, any case; wildcards are not expanded. */
export function exchangeSnapIn(name: string): ExchangeSnapIn | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}

/** The management snap-in to load on `target`; undefined for Exchange Online, which has none. */
export function managementSnapInFor(target: ExchangeTarget): ExchangeSnapIn | undefined {
  return EXCHANGE_SNAP_INS.find((snapIn) => snapIn.role === 'management' && snapIn.preferredFor.includes(target));
}
