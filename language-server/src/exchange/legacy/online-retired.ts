// Cmdlets that Exchange Online retired or is retiring, with what replaces them. The reference's
// front matter is not always the authority here: the *-MailboxSearch and Exchange DLP policy
// pages still list Exchange Online in `applicable:` while their synopsis says the cmdlets are
// retired there, so each row records what the front matter says (`frontMatterListsOnline`) and a
// consumer must let this table win. Below, the retired way of connecting (remote PowerShell).
import { indexByName, splitQualified } from './names.js';

export type OnlineStatus =
  /** Gone from Exchange Online: the command fails there. */
  | 'retired'
  /** Still answers but is no longer supported or no longer does its job there. */
  | 'deprecated'
  /** Announced for retirement; still works. */
  | 'retiring';

export interface OnlineRetirement {
  readonly name: string;
  readonly status: OnlineStatus;
  /** When, where the reference or exkb's entry says so. */
  readonly since?: string;
  /** The cmdlets to use instead; empty when nothing replaces it (`note` says why). */
  readonly replacement: readonly string[];
  /** One sentence on where the replacement runs or why there is none. */
  readonly note?: string;
  /** True when the reference page's `applicable:` still names Exchange Online. */
  readonly frontMatterListsOnline: boolean;
  readonly entries?: readonly string[];
}

const SEARCH_MAILBOX = 'search-mailbox-retired-exchange-online';
const COMPLIANCE_SEARCH = 'The compliance search cmdlets run in Security & Compliance PowerShell (Connect-IPPSSession), not in Exchange Online PowerShell.';
const PURVIEW_DLP = 'Exchange Online no longer runs DLP policies built on mail flow rules: data loss prevention is configured with Microsoft Purview DLP policies in Security & Compliance PowerShell.';
const UNIFIED_AUDIT = 'Exchange Online audit data is searched in the unified audit log.';
const ACTIVITY_EXPLORER = 'Export-ActivityExplorerData runs in Security & Compliance PowerShell and returns the same DLP data.';

function mailboxSearch(name: string, replacement: string): OnlineRetirement {
  return { name, status: 'retired', since: 'October 2020', replacement: [replacement], note: COMPLIANCE_SEARCH, frontMatterListsOnline: true };
}

export const ONLINE_RETIRED: readonly OnlineRetirement[] = [
  {
    name: 'Search-Mailbox',
    status: 'retired',
    replacement: ['New-ComplianceSearch', 'Start-ComplianceSearch', 'New-ComplianceSearchAction'],
    note: COMPLIANCE_SEARCH,
    frontMatterListsOnline: false,
    entries: [SEARCH_MAILBOX],
  },
  mailboxSearch('New-MailboxSearch', 'New-ComplianceSearch'),
  mailboxSearch('Get-MailboxSearch', 'Get-ComplianceSearch'),
  mailboxSearch('Set-MailboxSearch', 'Set-ComplianceSearch'),
  mailboxSearch('Remove-MailboxSearch', 'Remove-ComplianceSearch'),
  mailboxSearch('Start-MailboxSearch', 'Start-ComplianceSearch'),
  mailboxSearch('Stop-MailboxSearch', 'Stop-ComplianceSearch'),
  { name: 'New-DlpPolicy', status: 'retired', replacement: ['New-DlpCompliancePolicy', 'New-DlpComplianceRule'], note: PURVIEW_DLP, frontMatterListsOnline: true },
  { name: 'Get-DlpPolicy', status: 'retired', replacement: ['Get-DlpCompliancePolicy', 'Get-DlpComplianceRule'], note: PURVIEW_DLP, frontMatterListsOnline: true },
  { name: 'Set-DlpPolicy', status: 'retired', replacement: ['Set-DlpCompliancePolicy', 'Set-DlpComplianceRule'], note: PURVIEW_DLP, frontMatterListsOnline: true },
  { name: 'Remove-DlpPolicy', status: 'retired', replacement: ['Remove-DlpCompliancePolicy', 'Remove-DlpComplianceRule'], note: PURVIEW_DLP, frontMatterListsOnline: true },
  { name: 'Get-DlpPolicyTemplate', status: 'retired', replacement: [], note: PURVIEW_DLP, frontMatterListsOnline: true },
  { name: 'Export-DlpPolicyCollection', status: 'retired', replacement: [], note: PURVIEW_DLP, frontMatterListsOnline: true },
  { name: 'Import-DlpPolicyCollection', status: 'retired', replacement: [], note: PURVIEW_DLP, frontMatterListsOnline: true },
  { name: 'Search-AdminAuditLog', status: 'deprecated', replacement: ['Search-UnifiedAuditLog'], note: UNIFIED_AUDIT, frontMatterListsOnline: false },
  { name: 'New-AdminAuditLogSearch', status: 'deprecated', replacement: ['Search-UnifiedAuditLog'], note: UNIFIED_AUDIT, frontMatterListsOnline: false },
  { name: 'Search-MailboxAuditLog', status: 'retiring', replacement: ['Search-UnifiedAuditLog'], note: UNIFIED_AUDIT, frontMatterListsOnline: true },
  { name: 'New-MailboxAuditLogSearch', status: 'retiring', replacement: ['Search-UnifiedAuditLog'], note: UNIFIED_AUDIT, frontMatterListsOnline: true },
  { name: 'Get-CalendarNotification', status: 'deprecated', replacement: [], note: 'Calendar text message notifications are discontinued in Microsoft 365.', frontMatterListsOnline: false },
  { name: 'Set-CalendarNotification', status: 'deprecated', replacement: [], note: 'Calendar text message notifications are discontinued in Microsoft 365.', frontMatterListsOnline: false },
  { name: 'Get-DlpDetailReport', status: 'retired', replacement: ['Export-ActivityExplorerData'], note: ACTIVITY_EXPLORER, frontMatterListsOnline: true },
  { name: 'Get-DlpIncidentDetailReport', status: 'retiring', replacement: ['Export-ActivityExplorerData'], note: ACTIVITY_EXPLORER, frontMatterListsOnline: true },
  { name: 'Get-DlpDetectionsReport', status: 'retiring', replacement: ['Export-ActivityExplorerData'], note: ACTIVITY_EXPLORER, frontMatterListsOnline: true },
  { name: 'Get-DlpSiDetectionsReport', status: 'retiring', replacement: ['Export-ActivityExplorerData'], note: ACTIVITY_EXPLORER, frontMatterListsOnline: true },
  { name: 'Get-HybridMailflowDatacenterIPs', status: 'deprecated', replacement: [], note: 'The cmdlet is no longer used and has no successor.', frontMatterListsOnline: true },
  { name: 'Set-RMSTemplate', status: 'deprecated', replacement: [], note: 'AD RMS templates no longer apply to Exchange Online: message encryption needs Azure Rights Management (Azure Information Protection).', frontMatterListsOnline: true },
];

const BY_NAME = indexByName(ONLINE_RETIRED, (row) => row.name);

/** What Exchange Online did with the cmdlet written as `name` (any case, module-qualified or not). */
export function onlineRetirement(name: string): OnlineRetirement | undefined {
  return BY_NAME.get(splitQualified(name).name.toLowerCase());
}

/**
 * Exchange Online's remote PowerShell: `New-PSSession -ConfigurationName Microsoft.Exchange
 * -ConnectionUri https://<host>/powershell-liveid/` (often with Basic authentication), then
 * `Import-PSSession`. Retired; the ExchangeOnlineManagement module's Connect-ExchangeOnline
 * (REST, modern authentication) replaces it. The hosts are the ones the
 * `exchange-online-basic-auth` rule recognises; the table test keeps the two in step.
 */
export const RETIRED_REMOTE_POWERSHELL = {
  hosts: ['outlook.office365.com', 'ps.outlook.com', 'outlook.office365.us', 'outlook.office.de', 'partner.outlook.cn', 'webmail.apps.mil'],
  replacement: 'Connect-ExchangeOnline',
  module: 'ExchangeOnlineManagement',
  /** `Connect-ExchangeOnline -UseRPSSession` asked the module for the old session; see legacy-parameters. */
  entries: ['exchange-online-remote-powershell-basic-auth-retired'],
} as const;
