// Parameters that Exchange cmdlets accept although the reference doesn't list them, found when
// unknown-parameter was run over the real-script corpus. Reporting one of them as unknown would
// be wrong; each row says why it is accepted. (Parameters only older versions had belong in
// `exchange/legacy/legacy-parameters.ts`, where the model picks them up.)
import type { Cmdlet } from '../../exchange/model/cmdlet.js';
import type { ExchangeTarget } from '../../exchange/model/targets.js';
import type { ExchangeVersion } from '../../settings.js';

export interface UnlistedParameter {
  readonly parameter: string;
  /** The cmdlets that take it, or `online` for every cmdlet Exchange Online has. */
  readonly cmdlets: readonly string[] | 'online';
  /** The targets on which they take it. */
  readonly targets: readonly ExchangeTarget[];
  readonly why: string;
}

const ON_PREMISES: readonly ExchangeTarget[] = ['2010', '2013', '2016', '2019', 'se'];

export const UNLISTED_PARAMETERS: readonly UnlistedParameter[] = [
  {
    parameter: 'Organization',
    cmdlets: 'online',
    targets: ['online'],
    why: "Exchange Online runs the multi-tenant build of the cmdlets, whose -Organization (\"reserved for internal Microsoft use\") only some pages list; Microsoft's own CSS-Exchange scripts pass it to Get-OrganizationConfig, Get-OwaMailboxPolicy and Get-AcceptedDomain.",
  },
  {
    parameter: 'OrganizationalUnit',
    cmdlets: ['New-RemoteMailbox'],
    targets: ON_PREMISES,
    why: "New-Mailbox and New-MailUser call their OU parameter -OrganizationalUnit; the New-RemoteMailbox page calls it -OnPremisesOrganizationalUnit, yet published scripts (an Exchange MVP's New-TeamMailbox.ps1 in the corpus) use the shorter name, so exkb doesn't call it unknown.",
  },
];

/** The unlisted parameter `written` names (in full or abbreviated) on `cmdlet`, when the target may have it. */
export function unlistedParameter(cmdlet: Cmdlet, written: string, target: ExchangeVersion): UnlistedParameter | undefined {
  const lower = written.toLowerCase();
  return UNLISTED_PARAMETERS.find(
    (row) =>
      row.parameter.toLowerCase().startsWith(lower) &&
      (row.cmdlets === 'online' ? cmdlet.availability('online') === 'yes' : row.cmdlets.some((name) => name.toLowerCase() === cmdlet.key)) &&
      (target === 'any' || row.targets.includes(target)),
  );
}
