// Cmdlets the reference does document, but only for older versions, whose removal needs more than
// "exists only in Exchange 2010": what to do instead and where exkb explains it. The reference
// starts at 2010, so `alsoIn` adds the 2007 releases that had them. Facts from exkb's entries and
// its former enable-outlookanywhere-removed rule.
import { indexByName, splitQualified, type ExchangeTarget } from './names.js';

export interface LaterRemoval {
  readonly name: string;
  /** Targets that had it besides the reference's products. */
  readonly alsoIn: readonly ExchangeTarget[];
  /** The release that dropped it: "Exchange 2013". */
  readonly removedIn: string;
  /** The targets it is missing from for this reason. */
  readonly removedFrom: readonly ExchangeTarget[];
  readonly replacement: readonly string[];
  readonly note: string;
  readonly entries?: readonly string[];
}

const OUTLOOK_ANYWHERE = 'enable-outlookanywhere-not-recognized-exchange-2013';
const FROM_2013: readonly ExchangeTarget[] = ['2013', '2016', '2019', 'se'];

export const LATER_REMOVALS: readonly LaterRemoval[] = [
  {
    name: 'Enable-OutlookAnywhere',
    alsoIn: ['2007'],
    removedIn: 'Exchange 2013',
    removedFrom: FROM_2013,
    replacement: ['Set-OutlookAnywhere'],
    note: 'Outlook Anywhere is always on from Exchange 2013: give its host names, SSL and authentication with Set-OutlookAnywhere.',
    entries: [OUTLOOK_ANYWHERE],
  },
  {
    name: 'Disable-OutlookAnywhere',
    alsoIn: ['2007'],
    removedIn: 'Exchange 2013',
    removedFrom: FROM_2013,
    replacement: ['Set-OutlookAnywhere'],
    note: 'Outlook Anywhere can no longer be switched off from Exchange 2013; to stop publishing it outside, clear its external host name (Set-OutlookAnywhere -ExternalHostname $null).',
    entries: [OUTLOOK_ANYWHERE],
  },
];

const BY_NAME = indexByName(LATER_REMOVALS, (row) => row.name);

export function laterRemoval(name: string): LaterRemoval | undefined {
  return BY_NAME.get(splitQualified(name).name.toLowerCase());
}
