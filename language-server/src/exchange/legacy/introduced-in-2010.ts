// Cmdlets the reference lists for Exchange 2010 that Exchange 2007 did not have, so a script
// targeting 2007 can be told so, with the 2007 way where there was one. The reference starts at
// 2010 and cannot tell a 2010 cmdlet from one that 2007 already had; only whole features that
// 2010 (or one of its service packs) brought are listed, each cmdlet by name. The table test
// checks every name against the reference and against the removed-cmdlets table.
import { indexByName, splitQualified } from './names.js';

export interface Introduced2010Family {
  /** What 2010 brought, in a few words: "database availability groups". */
  readonly feature: string;
  /** The release that brought the feature: "Exchange 2010", "Exchange 2010 SP1", "Exchange 2010 SP2". */
  readonly introducedIn: string;
  /** Every cmdlet of the feature that the reference lists for Exchange 2010. */
  readonly cmdlets: readonly string[];
  /** How Exchange 2007 did the same, when it could. */
  readonly in2007?: {
    /** Exchange 2007 cmdlets for it (removed ones, or reference cmdlets that 2007 already had). */
    readonly cmdlets: readonly string[];
    readonly note: string;
  };
  readonly entries?: readonly string[];
}

const STORAGE_GROUPS = 'exchange-2010-no-lcr-ccr-scr-storage-group-copy';

export const INTRODUCED_IN_2010: readonly Introduced2010Family[] = [
  {
    feature: 'database availability groups',
    introducedIn: 'Exchange 2010',
    cmdlets: [
      'New-DatabaseAvailabilityGroup', 'Get-DatabaseAvailabilityGroup', 'Set-DatabaseAvailabilityGroup', 'Remove-DatabaseAvailabilityGroup',
      'Add-DatabaseAvailabilityGroupServer', 'Remove-DatabaseAvailabilityGroupServer',
      'Start-DatabaseAvailabilityGroup', 'Stop-DatabaseAvailabilityGroup', 'Restore-DatabaseAvailabilityGroup',
      'New-DatabaseAvailabilityGroupNetwork', 'Get-DatabaseAvailabilityGroupNetwork', 'Set-DatabaseAvailabilityGroupNetwork', 'Remove-DatabaseAvailabilityGroupNetwork',
    ],
    in2007: {
      cmdlets: ['Get-ClusteredMailboxServerStatus', 'Enable-ContinuousReplicationHostName', 'Disable-ContinuousReplicationHostName'],
      note: 'Exchange 2007 protected mailboxes with LCR, SCR and clustered mailbox servers (CCR, single copy clusters) built on Windows failover clustering.',
    },
    entries: [STORAGE_GROUPS],
  },
  {
    feature: 'mailbox database copies',
    introducedIn: 'Exchange 2010',
    cmdlets: [
      'Add-MailboxDatabaseCopy', 'Remove-MailboxDatabaseCopy', 'Set-MailboxDatabaseCopy', 'Suspend-MailboxDatabaseCopy', 'Resume-MailboxDatabaseCopy',
      'Update-MailboxDatabaseCopy', 'Get-MailboxDatabaseCopyStatus', 'Move-ActiveMailboxDatabase',
    ],
    in2007: {
      cmdlets: [
        'Enable-StorageGroupCopy', 'Disable-StorageGroupCopy', 'Suspend-StorageGroupCopy', 'Resume-StorageGroupCopy', 'Update-StorageGroupCopy',
        'Restore-StorageGroupCopy', 'Get-StorageGroupCopyStatus', 'Get-ClusteredMailboxServerStatus', 'Move-ClusteredMailboxServer',
        'Start-ClusteredMailboxServer', 'Stop-ClusteredMailboxServer',
      ],
      note: 'Exchange 2007 copied whole storage groups (LCR, CCR, SCR) and failed over a clustered mailbox server as a unit.',
    },
    entries: [STORAGE_GROUPS],
  },
  {
    feature: 'move requests',
    introducedIn: 'Exchange 2010',
    cmdlets: ['New-MoveRequest', 'Get-MoveRequest', 'Set-MoveRequest', 'Remove-MoveRequest', 'Suspend-MoveRequest', 'Resume-MoveRequest', 'Get-MoveRequestStatistics', 'Test-MRSHealth'],
    in2007: { cmdlets: ['Move-Mailbox'], note: 'Exchange 2007 moved mailboxes with Move-Mailbox, which ran in the shell that started it and kept the mailbox offline while it ran.' },
  },
  {
    feature: 'role-based access control',
    introducedIn: 'Exchange 2010',
    cmdlets: [
      'Get-ManagementRole', 'New-ManagementRole', 'Remove-ManagementRole',
      'Add-ManagementRoleEntry', 'Get-ManagementRoleEntry', 'Set-ManagementRoleEntry', 'Remove-ManagementRoleEntry',
      'New-ManagementRoleAssignment', 'Get-ManagementRoleAssignment', 'Set-ManagementRoleAssignment', 'Remove-ManagementRoleAssignment',
      'New-ManagementScope', 'Get-ManagementScope', 'Set-ManagementScope', 'Remove-ManagementScope',
      'New-RoleGroup', 'Get-RoleGroup', 'Set-RoleGroup', 'Remove-RoleGroup',
      'Add-RoleGroupMember', 'Get-RoleGroupMember', 'Remove-RoleGroupMember', 'Update-RoleGroupMember',
    ],
    in2007: {
      cmdlets: ['Add-ExchangeAdministrator', 'Get-ExchangeAdministrator', 'Remove-ExchangeAdministrator'],
      note: 'Exchange 2007 had fixed administrator roles (organization, recipient, server and view-only administrators; public folder administrators from SP1), granted with Add-ExchangeAdministrator.',
    },
  },
  {
    feature: 'role assignment policies for end users',
    introducedIn: 'Exchange 2010',
    cmdlets: ['New-RoleAssignmentPolicy', 'Get-RoleAssignmentPolicy', 'Set-RoleAssignmentPolicy', 'Remove-RoleAssignmentPolicy'],
  },
  {
    feature: 'mailbox export requests',
    introducedIn: 'Exchange 2010 SP1',
    cmdlets: [
      'New-MailboxExportRequest', 'Get-MailboxExportRequest', 'Set-MailboxExportRequest', 'Remove-MailboxExportRequest',
      'Suspend-MailboxExportRequest', 'Resume-MailboxExportRequest', 'Get-MailboxExportRequestStatistics',
    ],
    in2007: { cmdlets: ['Export-Mailbox'], note: 'Exchange 2007 exported mailboxes to .pst files with Export-Mailbox, run from a 32-bit management workstation with Outlook.' },
  },
  {
    feature: 'mailbox import requests',
    introducedIn: 'Exchange 2010 SP1',
    cmdlets: [
      'New-MailboxImportRequest', 'Get-MailboxImportRequest', 'Set-MailboxImportRequest', 'Remove-MailboxImportRequest',
      'Suspend-MailboxImportRequest', 'Resume-MailboxImportRequest', 'Get-MailboxImportRequestStatistics',
    ],
    in2007: { cmdlets: ['Import-Mailbox'], note: 'Exchange 2007 imported .pst files with Import-Mailbox, run from a 32-bit management workstation with Outlook.' },
  },
  {
    feature: 'mailbox restore requests',
    introducedIn: 'Exchange 2010 SP1',
    cmdlets: [
      'New-MailboxRestoreRequest', 'Get-MailboxRestoreRequest', 'Set-MailboxRestoreRequest', 'Remove-MailboxRestoreRequest',
      'Suspend-MailboxRestoreRequest', 'Resume-MailboxRestoreRequest', 'Get-MailboxRestoreRequestStatistics',
    ],
    in2007: { cmdlets: ['Restore-Mailbox'], note: 'Exchange 2007 restored mailbox content from a recovery storage group with Restore-Mailbox.' },
  },
  {
    feature: 'retention policies and tags',
    introducedIn: 'Exchange 2010',
    cmdlets: [
      'New-RetentionPolicy', 'Get-RetentionPolicy', 'Set-RetentionPolicy', 'Remove-RetentionPolicy',
      'New-RetentionPolicyTag', 'Get-RetentionPolicyTag', 'Set-RetentionPolicyTag', 'Remove-RetentionPolicyTag',
    ],
    in2007: {
      cmdlets: ['New-ManagedFolder', 'New-ManagedContentSettings', 'New-ManagedFolderMailboxPolicy'],
      note: 'Exchange 2007 applied retention through managed folders, their content settings and managed folder mailbox policies.',
    },
  },
  {
    feature: 'multi-mailbox search',
    introducedIn: 'Exchange 2010',
    cmdlets: ['Search-Mailbox', 'New-MailboxSearch', 'Get-MailboxSearch', 'Set-MailboxSearch', 'Remove-MailboxSearch', 'Start-MailboxSearch', 'Stop-MailboxSearch'],
    in2007: { cmdlets: ['Export-Mailbox'], note: 'Exchange 2007 searched one mailbox at a time with Export-Mailbox and its content filters, copying or deleting what matched.' },
  },
  {
    feature: 'audit log searches',
    introducedIn: 'Exchange 2010 SP1',
    cmdlets: ['Search-AdminAuditLog', 'New-AdminAuditLogSearch', 'Search-MailboxAuditLog', 'New-MailboxAuditLogSearch', 'Get-MailboxAuditBypassAssociation', 'Set-MailboxAuditBypassAssociation'],
  },
  {
    feature: 'administrator audit logging',
    introducedIn: 'Exchange 2010',
    cmdlets: ['Get-AdminAuditLogConfig', 'Set-AdminAuditLogConfig'],
  },
  {
    feature: 'resource booking settings',
    introducedIn: 'Exchange 2010',
    cmdlets: ['Get-CalendarProcessing', 'Set-CalendarProcessing'],
    in2007: { cmdlets: ['Get-MailboxCalendarSettings', 'Set-MailboxCalendarSettings'], note: 'Exchange 2007 kept resource booking settings under Set-MailboxCalendarSettings.' },
  },
  {
    feature: 'throttling policies',
    introducedIn: 'Exchange 2010',
    cmdlets: ['New-ThrottlingPolicy', 'Get-ThrottlingPolicy', 'Set-ThrottlingPolicy', 'Remove-ThrottlingPolicy', 'Get-ThrottlingPolicyAssociation', 'Set-ThrottlingPolicyAssociation'],
  },
  {
    feature: 'the RPC Client Access service and Client Access arrays',
    introducedIn: 'Exchange 2010',
    cmdlets: [
      'New-ClientAccessArray', 'Get-ClientAccessArray', 'Set-ClientAccessArray', 'Remove-ClientAccessArray',
      'New-RpcClientAccess', 'Get-RpcClientAccess', 'Set-RpcClientAccess', 'Remove-RpcClientAccess',
    ],
  },
  {
    feature: 'the Exchange Control Panel and remote PowerShell',
    introducedIn: 'Exchange 2010',
    cmdlets: [
      'New-EcpVirtualDirectory', 'Get-EcpVirtualDirectory', 'Set-EcpVirtualDirectory', 'Remove-EcpVirtualDirectory', 'Test-EcpConnectivity',
      'Get-PowerShellVirtualDirectory', 'Set-PowerShellVirtualDirectory', 'Test-PowerShellConnectivity',
    ],
  },
  {
    feature: 'federated sharing',
    introducedIn: 'Exchange 2010',
    cmdlets: [
      'New-FederationTrust', 'Get-FederationTrust', 'Set-FederationTrust', 'Remove-FederationTrust', 'Test-FederationTrust',
      'Add-FederatedDomain', 'Remove-FederatedDomain', 'Get-FederatedOrganizationIdentifier', 'Set-FederatedOrganizationIdentifier', 'Get-FederationInformation',
      'New-OrganizationRelationship', 'Get-OrganizationRelationship', 'Set-OrganizationRelationship', 'Remove-OrganizationRelationship',
      'New-SharingPolicy', 'Get-SharingPolicy', 'Set-SharingPolicy', 'Remove-SharingPolicy',
    ],
  },
  {
    feature: 'address book policies',
    introducedIn: 'Exchange 2010 SP2',
    cmdlets: ['New-AddressBookPolicy', 'Get-AddressBookPolicy', 'Set-AddressBookPolicy', 'Remove-AddressBookPolicy'],
  },
  {
    feature: 'the hybrid configuration object',
    introducedIn: 'Exchange 2010 SP2',
    cmdlets: ['New-HybridConfiguration', 'Get-HybridConfiguration', 'Set-HybridConfiguration', 'Update-HybridConfiguration'],
  },
  {
    feature: 'Inbox rules from the shell',
    introducedIn: 'Exchange 2010',
    cmdlets: ['New-InboxRule', 'Get-InboxRule', 'Set-InboxRule', 'Remove-InboxRule', 'Enable-InboxRule', 'Disable-InboxRule'],
  },
  {
    feature: 'Exchange ActiveSync device access rules',
    introducedIn: 'Exchange 2010',
    cmdlets: [
      'New-ActiveSyncDeviceAccessRule', 'Get-ActiveSyncDeviceAccessRule', 'Set-ActiveSyncDeviceAccessRule', 'Remove-ActiveSyncDeviceAccessRule',
      'Get-ActiveSyncOrganizationSettings', 'Set-ActiveSyncOrganizationSettings',
    ],
  },
  {
    feature: 'Outlook Web App mailbox policies',
    introducedIn: 'Exchange 2010',
    cmdlets: ['New-OwaMailboxPolicy', 'Get-OwaMailboxPolicy', 'Set-OwaMailboxPolicy', 'Remove-OwaMailboxPolicy'],
  },
  {
    feature: 'mailbox repair requests',
    introducedIn: 'Exchange 2010 SP1',
    cmdlets: ['New-MailboxRepairRequest'],
    in2007: { cmdlets: [], note: 'Exchange 2007 checked and repaired mailbox databases offline with isinteg.exe.' },
  },
  {
    feature: 'mailbox folder permissions from the shell',
    introducedIn: 'Exchange 2010',
    cmdlets: ['Add-MailboxFolderPermission', 'Get-MailboxFolderPermission', 'Set-MailboxFolderPermission', 'Remove-MailboxFolderPermission'],
  },
  {
    feature: 'mailbox options from the shell',
    introducedIn: 'Exchange 2010',
    cmdlets: [
      'Get-MailboxAutoReplyConfiguration', 'Set-MailboxAutoReplyConfiguration',
      'Get-MailboxJunkEmailConfiguration', 'Set-MailboxJunkEmailConfiguration',
      'Get-MailboxRegionalConfiguration', 'Set-MailboxRegionalConfiguration',
    ],
  },
  {
    feature: 'cmdlet extension agents',
    introducedIn: 'Exchange 2010',
    cmdlets: ['Get-CmdletExtensionAgent', 'Set-CmdletExtensionAgent', 'Enable-CmdletExtensionAgent', 'Disable-CmdletExtensionAgent'],
  },
];

const BY_CMDLET = indexByName(
  INTRODUCED_IN_2010.flatMap((family) => family.cmdlets.map((cmdlet) => ({ cmdlet, family }))),
  (row) => row.cmdlet,
);

/** The family of a cmdlet that Exchange 2007 did not have (any case, module-qualified or not). */
export function introducedIn2010(name: string): Introduced2010Family | undefined {
  return BY_CMDLET.get(splitQualified(name).name.toLowerCase())?.family;
}
