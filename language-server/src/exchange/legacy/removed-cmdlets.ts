// Exchange cmdlets that the reference (which starts at Exchange 2010) has no page for, because
// a later release removed them: the storage group, LCR/CCR/SCR and clustered mailbox server
// cmdlets of 2007, the 2007 administrator roles, and the mailbox moves, exports and imports that
// request cmdlets replaced. Facts from exkb's knowledge entries and rules
// (`storage-group-cmdlets-removed`), kept in step with them by the table test.
import { indexByName, splitQualified, type ExchangeTarget } from './names.js';

export interface RemovedCmdlet {
  /** As Microsoft spelt it. */
  readonly name: string;
  /** The targets that have it. */
  readonly versions: readonly ExchangeTarget[];
  /** The release that dropped it, as admins say it: "Exchange 2010", "Exchange 2010 SP1". */
  readonly removedIn: string;
  /** The cmdlets that do its work from `removedIn` on; empty when nothing replaced it (`note` says why). */
  readonly replacement: readonly string[];
  /** One sentence when the replacement names alone don't tell the story. */
  readonly note?: string;
  /**
   * Parameter names it certainly had, for completion and hover. Not exhaustive: never report a
   * parameter as unknown because it is missing here.
   */
  readonly parameters?: readonly string[];
  /** Knowledge entries that discuss it. */
  readonly entries?: readonly string[];
}

const STORAGE_GROUPS = 'exchange-2010-no-lcr-ccr-scr-storage-group-copy';
const CCR_RECOVERY = 'ccr-cluster-recovery-forcequorum-file-share-witness';
const ANTIVIRUS = 'antivirus-scanning-exchange-databases-logs';
const ONLY_2007: readonly ExchangeTarget[] = ['2007'];
const STORAGE_GROUP_NOTE = 'Exchange 2010 removed storage groups: a database belongs to its server, and its log and system paths are database properties.';
const COPY_NOTE = 'Exchange 2010 replaced LCR, CCR and SCR with database availability groups, which replicate each database rather than a storage group.';
const CLUSTER_NOTE = 'Exchange 2010 has no clustered mailbox servers: a database availability group activates database copies instead.';
const RBAC_NOTE = 'Exchange 2010 replaced the 2007 administrator roles with role-based access control: administrators are members of role groups.';

export const REMOVED_CMDLETS: readonly RemovedCmdlet[] = [
  // Storage groups.
  { name: 'New-StorageGroup', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['New-MailboxDatabase'], note: STORAGE_GROUP_NOTE, parameters: ['Name', 'Server', 'LogFolderPath', 'SystemFolderPath'], entries: [STORAGE_GROUPS] },
  { name: 'Get-StorageGroup', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Get-MailboxDatabase'], note: STORAGE_GROUP_NOTE, parameters: ['Identity', 'Server'], entries: [STORAGE_GROUPS, ANTIVIRUS] },
  { name: 'Set-StorageGroup', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Set-MailboxDatabase'], note: STORAGE_GROUP_NOTE, parameters: ['Identity', 'CircularLoggingEnabled'], entries: [STORAGE_GROUPS] },
  { name: 'Remove-StorageGroup', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Remove-MailboxDatabase'], note: STORAGE_GROUP_NOTE, parameters: ['Identity'], entries: [STORAGE_GROUPS] },
  { name: 'Move-StorageGroupPath', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Move-DatabasePath'], note: STORAGE_GROUP_NOTE, parameters: ['Identity', 'LogFolderPath', 'SystemFolderPath'], entries: [STORAGE_GROUPS] },
  // LCR, CCR and SCR copies.
  { name: 'Enable-StorageGroupCopy', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Add-MailboxDatabaseCopy'], note: COPY_NOTE, parameters: ['Identity', 'StandbyMachine'], entries: [STORAGE_GROUPS] },
  { name: 'Disable-StorageGroupCopy', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Remove-MailboxDatabaseCopy'], note: COPY_NOTE, parameters: ['Identity', 'StandbyMachine'], entries: [STORAGE_GROUPS] },
  { name: 'Suspend-StorageGroupCopy', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Suspend-MailboxDatabaseCopy'], note: COPY_NOTE, parameters: ['Identity', 'StandbyMachine'], entries: [STORAGE_GROUPS] },
  { name: 'Resume-StorageGroupCopy', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Resume-MailboxDatabaseCopy'], note: COPY_NOTE, parameters: ['Identity', 'StandbyMachine'], entries: [STORAGE_GROUPS] },
  { name: 'Update-StorageGroupCopy', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Update-MailboxDatabaseCopy'], note: COPY_NOTE, parameters: ['Identity', 'StandbyMachine'], entries: [STORAGE_GROUPS] },
  { name: 'Restore-StorageGroupCopy', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Move-ActiveMailboxDatabase'], note: COPY_NOTE, parameters: ['Identity', 'StandbyMachine'], entries: [STORAGE_GROUPS] },
  { name: 'Get-StorageGroupCopyStatus', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Get-MailboxDatabaseCopyStatus'], note: COPY_NOTE, parameters: ['Identity', 'Server', 'StandbyMachine'], entries: [STORAGE_GROUPS, CCR_RECOVERY] },
  { name: 'Enable-ContinuousReplicationHostName', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['New-DatabaseAvailabilityGroupNetwork', 'Set-DatabaseAvailabilityGroupNetwork'], note: COPY_NOTE, entries: [STORAGE_GROUPS] },
  { name: 'Disable-ContinuousReplicationHostName', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Set-DatabaseAvailabilityGroupNetwork'], note: COPY_NOTE, entries: [STORAGE_GROUPS] },
  // Clustered mailbox servers (CCR and single copy clusters).
  { name: 'Get-ClusteredMailboxServerStatus', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Get-MailboxDatabaseCopyStatus', 'Get-DatabaseAvailabilityGroup'], note: CLUSTER_NOTE, parameters: ['Identity'], entries: [STORAGE_GROUPS, CCR_RECOVERY] },
  { name: 'Move-ClusteredMailboxServer', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Move-ActiveMailboxDatabase'], note: CLUSTER_NOTE, parameters: ['Identity', 'TargetMachine', 'MoveComment'], entries: [STORAGE_GROUPS, CCR_RECOVERY] },
  { name: 'Start-ClusteredMailboxServer', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Mount-Database', 'Move-ActiveMailboxDatabase'], note: CLUSTER_NOTE, parameters: ['Identity'], entries: [STORAGE_GROUPS, CCR_RECOVERY] },
  { name: 'Stop-ClusteredMailboxServer', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Dismount-Database', 'Move-ActiveMailboxDatabase'], note: CLUSTER_NOTE, parameters: ['Identity', 'StopReason'], entries: [STORAGE_GROUPS] },
  // Mailbox moves, exports and imports, done by the Mailbox Replication service from 2010 on.
  { name: 'Move-Mailbox', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['New-MoveRequest'], note: 'From Exchange 2010 on a move is a request that the Mailbox Replication service carries out; follow it with Get-MoveRequestStatistics.', parameters: ['Identity', 'TargetDatabase', 'BadItemLimit'] },
  { name: 'Export-Mailbox', versions: ['2007', '2010'], removedIn: 'Exchange 2010 SP1', replacement: ['New-MailboxExportRequest', 'Search-Mailbox'], note: 'Exports to .pst files became export requests; searching, copying and deleting content in place became Search-Mailbox.', parameters: ['Identity', 'PSTFolderPath', 'TargetMailbox', 'TargetFolder', 'IncludeFolders', 'ExcludeFolders', 'StartDate', 'EndDate', 'SubjectKeywords', 'ContentKeywords', 'DeleteContent'] },
  { name: 'Import-Mailbox', versions: ['2007', '2010'], removedIn: 'Exchange 2010 SP1', replacement: ['New-MailboxImportRequest'], note: 'Imports from .pst files became import requests, which read the file from a UNC path.', parameters: ['Identity', 'PSTFolderPath', 'IncludeFolders', 'ExcludeFolders', 'StartDate', 'EndDate'] },
  // Resource mailbox settings.
  { name: 'Get-MailboxCalendarSettings', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Get-CalendarProcessing'], parameters: ['Identity'] },
  { name: 'Set-MailboxCalendarSettings', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Set-CalendarProcessing'], parameters: ['Identity', 'AutomateProcessing'] },
  // Exchange 2007 administrator roles.
  { name: 'Add-ExchangeAdministrator', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Add-RoleGroupMember'], note: RBAC_NOTE, parameters: ['Identity', 'Role'] },
  { name: 'Get-ExchangeAdministrator', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Get-RoleGroupMember'], note: RBAC_NOTE, parameters: ['Identity'] },
  { name: 'Remove-ExchangeAdministrator', versions: ONLY_2007, removedIn: 'Exchange 2010', replacement: ['Remove-RoleGroupMember'], note: RBAC_NOTE, parameters: ['Identity', 'Role'] },
];

const BY_NAME = indexByName(REMOVED_CMDLETS, (cmdlet) => cmdlet.name);

/** The removed cmdlet written as `name` (any case, module-qualified or not). */
export function removedCmdlet(name: string): RemovedCmdlet | undefined {
  return BY_NAME.get(splitQualified(name).name.toLowerCase());
}
