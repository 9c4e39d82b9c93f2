// Commands that look like Exchange cmdlets (Verb-Noun) but come from other modules: PowerShell's
// own, Windows Server's, Active Directory, IIS, Microsoft Graph and the older Microsoft 365
// modules, Pester. An "unknown Exchange cmdlet" finding must never name them. A module whose
// nouns all start the same way also gives `nounPrefixes`; no Exchange cmdlet's noun starts with
// one of them (the table test checks that against the reference and the legacy tables), so a
// name matching a prefix is another module's even when it is not listed here.
import { splitQualified } from './names.js';

export interface OtherModule {
  readonly module: string;
  /** Commands of the module, spelt as the module spells them. */
  readonly commands: readonly string[];
  /** Noun beginnings that only this module's commands have (`ADUser`, `Mg`). */
  readonly nounPrefixes?: readonly string[];
}

export const OTHER_MODULES: readonly OtherModule[] = [
  {
    module: 'Microsoft.PowerShell.Core',
    commands: [
      'Add-History', 'Add-PSSnapin', 'Clear-History', 'Connect-PSSession', 'Debug-Job', 'Disable-PSRemoting', 'Disable-PSSessionConfiguration',
      'Disconnect-PSSession', 'Enable-PSRemoting', 'Enable-PSSessionConfiguration', 'Enter-PSHostProcess', 'Enter-PSSession', 'Exit-PSHostProcess',
      'Exit-PSSession', 'Export-ModuleMember', 'ForEach-Object', 'Get-Command', 'Get-Help', 'Get-History', 'Get-Job', 'Get-Module',
      'Get-PSHostProcessInfo', 'Get-PSSession', 'Get-PSSessionCapability', 'Get-PSSessionConfiguration', 'Get-PSSnapin', 'Import-Module',
      'Invoke-Command', 'Invoke-History', 'New-Module', 'New-ModuleManifest', 'New-PSRoleCapabilityFile', 'New-PSSession',
      'New-PSSessionConfigurationFile', 'New-PSSessionOption', 'New-PSTransportOption', 'Out-Default', 'Out-Host', 'Out-Null',
      'Receive-Job', 'Receive-PSSession', 'Register-ArgumentCompleter', 'Register-PSSessionConfiguration', 'Remove-Job', 'Remove-Module',
      'Remove-PSSession', 'Remove-PSSnapin', 'Resume-Job', 'Save-Help', 'Set-PSDebug', 'Set-PSSessionConfiguration', 'Set-StrictMode',
      'Start-Job', 'Stop-Job', 'Suspend-Job', 'Test-ModuleManifest', 'Test-PSSessionConfigurationFile', 'Unregister-PSSessionConfiguration',
      'Update-Help', 'Wait-Job', 'Where-Object',
    ],
  },
  {
    module: 'Microsoft.PowerShell.Utility',
    commands: [
      'Add-Member', 'Add-Type', 'Clear-Variable', 'Compare-Object', 'ConvertFrom-Csv', 'ConvertFrom-Json', 'ConvertFrom-SddlString',
      'ConvertFrom-StringData', 'ConvertTo-Csv', 'ConvertTo-Html', 'ConvertTo-Json', 'ConvertTo-Xml', 'Debug-Runspace', 'Disable-PSBreakpoint',
      'Enable-PSBreakpoint', 'Export-Alias', 'Export-Clixml', 'Export-Csv', 'Export-FormatData', 'Export-PSSession', 'Format-Custom',
      'Format-Hex', 'Format-List', 'Format-Table', 'Format-Wide', 'Get-Alias', 'Get-Culture', 'Get-Date', 'Get-Event', 'Get-EventSubscriber',
      'Get-FileHash', 'Get-FormatData', 'Get-Host', 'Get-Member', 'Get-PSBreakpoint', 'Get-PSCallStack', 'Get-Random', 'Get-Runspace',
      'Get-TraceSource', 'Get-TypeData', 'Get-UICulture', 'Get-Unique', 'Get-Variable', 'Get-Verb', 'Group-Object', 'Import-Alias',
      'Import-Clixml', 'Import-Csv', 'Import-LocalizedData', 'Import-PowerShellDataFile', 'Import-PSSession', 'Invoke-Expression',
      'Invoke-RestMethod', 'Invoke-WebRequest', 'Measure-Command', 'Measure-Object', 'New-Alias', 'New-Event', 'New-Guid', 'New-Object',
      'New-TemporaryFile', 'New-TimeSpan', 'New-Variable', 'Out-File', 'Out-GridView', 'Out-Printer', 'Out-String', 'Read-Host',
      'Register-EngineEvent', 'Register-ObjectEvent', 'Remove-Event', 'Remove-PSBreakpoint', 'Remove-TypeData', 'Remove-Variable',
      'Select-Object', 'Select-String', 'Select-Xml', 'Send-MailMessage', 'Set-Alias', 'Set-Date', 'Set-PSBreakpoint', 'Set-TraceSource',
      'Set-Variable', 'Sort-Object', 'Start-Sleep', 'Tee-Object', 'Trace-Command', 'Unregister-Event', 'Update-FormatData', 'Update-List',
      'Update-TypeData', 'Wait-Debugger', 'Wait-Event', 'Write-Debug', 'Write-Error', 'Write-Host', 'Write-Information', 'Write-Output',
      'Write-Progress', 'Write-Verbose', 'Write-Warning',
    ],
  },
  {
    module: 'Microsoft.PowerShell.Management',
    commands: [
      'Add-Computer', 'Add-Content', 'Checkpoint-Computer', 'Clear-Content', 'Clear-EventLog', 'Clear-Item', 'Clear-ItemProperty',
      'Clear-RecycleBin', 'Convert-Path', 'Copy-Item', 'Copy-ItemProperty', 'Get-ChildItem', 'Get-Clipboard', 'Get-ComputerInfo',
      'Get-Content', 'Get-EventLog', 'Get-HotFix', 'Get-Item', 'Get-ItemProperty', 'Get-ItemPropertyValue', 'Get-Location', 'Get-Process',
      'Get-PSDrive', 'Get-PSProvider', 'Get-Service', 'Get-TimeZone', 'Get-WmiObject', 'Invoke-Item', 'Invoke-WmiMethod', 'Join-Path',
      'Limit-EventLog', 'Move-Item', 'Move-ItemProperty', 'New-EventLog', 'New-Item', 'New-ItemProperty', 'New-PSDrive', 'New-Service',
      'New-WebServiceProxy', 'Pop-Location', 'Push-Location', 'Register-WmiEvent', 'Remove-Computer', 'Remove-EventLog', 'Remove-Item',
      'Remove-ItemProperty', 'Remove-PSDrive', 'Remove-WmiObject', 'Rename-Computer', 'Rename-Item', 'Rename-ItemProperty', 'Resolve-Path',
      'Restart-Computer', 'Restart-Service', 'Resume-Service', 'Set-Clipboard', 'Set-Content', 'Set-Item', 'Set-ItemProperty', 'Set-Location',
      'Set-Service', 'Set-TimeZone', 'Set-WmiInstance', 'Show-EventLog', 'Split-Path', 'Start-Process', 'Start-Service', 'Stop-Computer',
      'Stop-Process', 'Stop-Service', 'Suspend-Service', 'Test-ComputerSecureChannel', 'Test-Connection', 'Test-Path', 'Wait-Process',
      'Write-EventLog',
    ],
  },
  {
    module: 'Microsoft.PowerShell.Security',
    commands: [
      'ConvertFrom-SecureString', 'ConvertTo-SecureString', 'Get-Acl', 'Get-AuthenticodeSignature', 'Get-CmsMessage', 'Get-Credential',
      'Get-ExecutionPolicy', 'Get-PfxCertificate', 'New-FileCatalog', 'Protect-CmsMessage', 'Set-Acl', 'Set-AuthenticodeSignature',
      'Set-ExecutionPolicy', 'Test-FileCatalog', 'Unprotect-CmsMessage',
    ],
  },
  { module: 'Microsoft.PowerShell.Host', commands: ['Start-Transcript', 'Stop-Transcript'] },
  { module: 'Microsoft.PowerShell.Diagnostics', commands: ['Export-Counter', 'Get-Counter', 'Get-WinEvent', 'Import-Counter', 'New-WinEvent'] },
  { module: 'Microsoft.PowerShell.Archive', commands: ['Compress-Archive', 'Expand-Archive'] },
  {
    module: 'Microsoft.PowerShell.LocalAccounts',
    commands: [
      'Add-LocalGroupMember', 'Disable-LocalUser', 'Enable-LocalUser', 'Get-LocalGroup', 'Get-LocalGroupMember', 'Get-LocalUser', 'New-LocalGroup',
      'New-LocalUser', 'Remove-LocalGroup', 'Remove-LocalGroupMember', 'Remove-LocalUser', 'Rename-LocalGroup', 'Rename-LocalUser', 'Set-LocalGroup',
      'Set-LocalUser',
    ],
  },
  {
    module: 'Microsoft.WSMan.Management',
    commands: [
      'Connect-WSMan', 'Disable-WSManCredSSP', 'Disconnect-WSMan', 'Enable-WSManCredSSP', 'Get-WSManCredSSP', 'Get-WSManInstance', 'Invoke-WSManAction',
      'New-WSManInstance', 'New-WSManSessionOption', 'Remove-WSManInstance', 'Set-WSManInstance', 'Set-WSManQuickConfig', 'Test-WSMan',
    ],
    nounPrefixes: ['WSMan'],
  },
  {
    module: 'CimCmdlets',
    commands: [
      'Get-CimAssociatedInstance', 'Get-CimClass', 'Get-CimInstance', 'Get-CimSession', 'Invoke-CimMethod', 'New-CimInstance', 'New-CimSession',
      'New-CimSessionOption', 'Register-CimIndicationEvent', 'Remove-CimInstance', 'Remove-CimSession', 'Set-CimInstance',
    ],
    nounPrefixes: ['Cim'],
  },
  { module: 'ThreadJob', commands: ['Start-ThreadJob'] },
  {
    module: 'PowerShellGet',
    commands: [
      'Find-Module', 'Find-Script', 'Get-InstalledModule', 'Get-InstalledScript', 'Get-PSRepository', 'Install-Module', 'Install-Script',
      'Publish-Module', 'Register-PSRepository', 'Save-Module', 'Set-PSRepository', 'Uninstall-Module', 'Unregister-PSRepository', 'Update-Module',
    ],
  },
  {
    module: 'PackageManagement',
    commands: ['Find-Package', 'Get-Package', 'Get-PackageProvider', 'Get-PackageSource', 'Install-Package', 'Install-PackageProvider', 'Register-PackageSource', 'Uninstall-Package'],
  },
  {
    module: 'BitsTransfer',
    commands: ['Add-BitsFile', 'Complete-BitsTransfer', 'Get-BitsTransfer', 'Remove-BitsTransfer', 'Resume-BitsTransfer', 'Set-BitsTransfer', 'Start-BitsTransfer', 'Suspend-BitsTransfer'],
    nounPrefixes: ['Bits'],
  },
  {
    module: 'ActiveDirectory',
    commands: [
      'Add-ADGroupMember', 'Add-ADPrincipalGroupMembership', 'Clear-ADAccountExpiration', 'Disable-ADAccount', 'Enable-ADAccount',
      'Get-ADComputer', 'Get-ADDefaultDomainPasswordPolicy', 'Get-ADDomain', 'Get-ADDomainController', 'Get-ADFineGrainedPasswordPolicy',
      'Get-ADForest', 'Get-ADGroup', 'Get-ADGroupMember', 'Get-ADObject', 'Get-ADOrganizationalUnit', 'Get-ADPrincipalGroupMembership',
      'Get-ADReplicationSite', 'Get-ADReplicationSubnet', 'Get-ADRootDSE', 'Get-ADServiceAccount', 'Get-ADTrust', 'Get-ADUser', 'Move-ADObject',
      'New-ADComputer', 'New-ADGroup', 'New-ADObject', 'New-ADOrganizationalUnit', 'New-ADServiceAccount', 'New-ADUser', 'Remove-ADComputer',
      'Remove-ADGroup', 'Remove-ADGroupMember', 'Remove-ADObject', 'Remove-ADOrganizationalUnit', 'Remove-ADPrincipalGroupMembership',
      'Remove-ADUser', 'Rename-ADObject', 'Search-ADAccount', 'Set-ADAccountExpiration', 'Set-ADAccountPassword', 'Set-ADComputer', 'Set-ADDomain',
      'Set-ADForest', 'Set-ADGroup', 'Set-ADObject', 'Set-ADOrganizationalUnit', 'Set-ADUser', 'Unlock-ADAccount',
    ],
    // Not `AD` alone: Exchange has Get-ADPermission, Get-ADServerSettings, Get-ADSite and the Address* nouns.
    nounPrefixes: [
      'ADAccount', 'ADComputer', 'ADDefaultDomainPasswordPolicy', 'ADDomain', 'ADFineGrainedPasswordPolicy', 'ADForest', 'ADGroup', 'ADObject',
      'ADOptionalFeature', 'ADOrganizationalUnit', 'ADPrincipalGroupMembership', 'ADReplication', 'ADRootDSE', 'ADServiceAccount', 'ADTrust', 'ADUser',
    ],
  },
  {
    module: 'ADSync',
    commands: ['Get-ADSyncConnector', 'Get-ADSyncScheduler', 'Set-ADSyncScheduler', 'Start-ADSyncSyncCycle'],
    nounPrefixes: ['ADSync'],
  },
  {
    module: 'WebAdministration',
    commands: [
      'Get-WebAppPoolState', 'Get-WebApplication', 'Get-WebBinding', 'Get-WebConfigFile', 'Get-WebConfiguration', 'Get-WebConfigurationProperty',
      'Get-WebGlobalModule', 'Get-WebItemState', 'Get-WebVirtualDirectory', 'Get-Website', 'New-WebAppPool', 'New-WebApplication', 'New-WebBinding',
      'New-WebVirtualDirectory', 'New-Website', 'Remove-WebAppPool', 'Remove-WebApplication', 'Remove-WebBinding', 'Remove-WebVirtualDirectory',
      'Remove-Website', 'Restart-WebAppPool', 'Set-WebBinding', 'Set-WebConfiguration', 'Set-WebConfigurationProperty', 'Start-WebAppPool',
      'Start-Website', 'Stop-WebAppPool', 'Stop-Website', 'Add-WebConfigurationProperty', 'Remove-WebConfigurationProperty', 'Clear-WebConfiguration',
    ],
    // Not `Web` alone: Exchange has *-WebServicesVirtualDirectory.
    nounPrefixes: ['WebAppPool', 'WebApplication', 'WebBinding', 'WebConfig', 'WebGlobalModule', 'WebItem', 'WebManagedModule', 'WebVirtualDirectory', 'Website'],
  },
  {
    module: 'IISAdministration',
    commands: ['Get-IISAppPool', 'Get-IISConfigSection', 'Get-IISServerManager', 'Get-IISSite', 'Start-IISCommitDelay', 'Stop-IISCommitDelay'],
    nounPrefixes: ['IIS'],
  },
  {
    module: 'ServerManager',
    commands: ['Add-WindowsFeature', 'Get-WindowsFeature', 'Install-WindowsFeature', 'Remove-WindowsFeature', 'Uninstall-WindowsFeature'],
  },
  {
    module: 'Dism',
    commands: ['Disable-WindowsOptionalFeature', 'Enable-WindowsOptionalFeature', 'Get-WindowsOptionalFeature', 'Get-WindowsPackage', 'Add-WindowsPackage'],
  },
  {
    module: 'DnsClient',
    commands: ['Clear-DnsClientCache', 'Get-DnsClient', 'Get-DnsClientCache', 'Get-DnsClientServerAddress', 'Register-DnsClient', 'Resolve-DnsName', 'Set-DnsClientServerAddress'],
    // Not `Dns` alone: Exchange Online has *-DnssecForVerifiedDomain.
    nounPrefixes: ['DnsClient', 'DnsName'],
  },
  {
    module: 'DnsServer',
    commands: [
      'Add-DnsServerPrimaryZone', 'Add-DnsServerResourceRecord', 'Add-DnsServerResourceRecordA', 'Add-DnsServerResourceRecordCName',
      'Add-DnsServerResourceRecordMX', 'Get-DnsServerResourceRecord', 'Get-DnsServerZone', 'Remove-DnsServerResourceRecord',
    ],
    nounPrefixes: ['DnsServer'],
  },
  {
    module: 'NetTCPIP',
    commands: [
      'Get-NetIPAddress', 'Get-NetIPConfiguration', 'Get-NetIPInterface', 'Get-NetRoute', 'Get-NetTCPConnection', 'Get-NetUDPEndpoint', 'New-NetIPAddress',
      'New-NetRoute', 'Remove-NetIPAddress', 'Remove-NetRoute', 'Set-NetIPAddress', 'Set-NetIPInterface', 'Test-NetConnection',
    ],
    // Not `Net` alone: Exchange Online has Get-NetworkConnectionInfo.
    nounPrefixes: ['NetIP', 'NetRoute', 'NetTCP', 'NetUDP', 'NetConnection', 'NetNeighbor'],
  },
  {
    module: 'NetAdapter',
    commands: [
      'Disable-NetAdapter', 'Disable-NetAdapterBinding', 'Enable-NetAdapter', 'Enable-NetAdapterBinding', 'Get-NetAdapter', 'Get-NetAdapterAdvancedProperty',
      'Get-NetAdapterBinding', 'Get-NetAdapterRss', 'Get-NetAdapterStatistics', 'Rename-NetAdapter', 'Restart-NetAdapter', 'Set-NetAdapterAdvancedProperty',
    ],
    nounPrefixes: ['NetAdapter'],
  },
  {
    module: 'NetSecurity',
    commands: ['Disable-NetFirewallRule', 'Enable-NetFirewallRule', 'Get-NetFirewallProfile', 'Get-NetFirewallRule', 'New-NetFirewallRule', 'Remove-NetFirewallRule', 'Set-NetFirewallProfile', 'Set-NetFirewallRule'],
    nounPrefixes: ['NetFirewall'],
  },
  { module: 'NetConnection', commands: ['Get-NetConnectionProfile', 'Set-NetConnectionProfile'] },
  {
    module: 'SmbShare',
    commands: [
      'Close-SmbOpenFile', 'Close-SmbSession', 'Get-SmbOpenFile', 'Get-SmbServerConfiguration', 'Get-SmbSession', 'Get-SmbShare', 'Get-SmbShareAccess',
      'Grant-SmbShareAccess', 'New-SmbMapping', 'New-SmbShare', 'Remove-SmbShare', 'Revoke-SmbShareAccess', 'Set-SmbServerConfiguration', 'Set-SmbShare',
    ],
    nounPrefixes: ['Smb'],
  },
  {
    module: 'ScheduledTasks',
    commands: [
      'Disable-ScheduledTask', 'Enable-ScheduledTask', 'Get-ScheduledTask', 'Get-ScheduledTaskInfo', 'New-ScheduledTask', 'New-ScheduledTaskAction',
      'New-ScheduledTaskPrincipal', 'New-ScheduledTaskSettingsSet', 'New-ScheduledTaskTrigger', 'Register-ScheduledTask', 'Set-ScheduledTask',
      'Start-ScheduledTask', 'Stop-ScheduledTask', 'Unregister-ScheduledTask',
    ],
    nounPrefixes: ['ScheduledTask'],
  },
  {
    module: 'PKI',
    commands: [
      'Export-Certificate', 'Export-PfxCertificate', 'Get-Certificate', 'Get-CertificateNotificationTask', 'Import-Certificate', 'Import-PfxCertificate',
      'New-SelfSignedCertificate', 'Test-Certificate',
    ],
  },
  { module: 'TLS', commands: ['Disable-TlsCipherSuite', 'Disable-TlsEccCurve', 'Enable-TlsCipherSuite', 'Enable-TlsEccCurve', 'Get-TlsCipherSuite', 'Get-TlsEccCurve'], nounPrefixes: ['TlsCipherSuite', 'TlsEccCurve'] },
  {
    module: 'Storage',
    commands: [
      'Clear-Disk', 'Dismount-DiskImage', 'Format-Volume', 'Get-Disk', 'Get-DiskImage', 'Get-Partition', 'Get-PhysicalDisk', 'Get-Volume', 'Initialize-Disk',
      'Mount-DiskImage', 'New-Partition', 'Resize-Partition', 'Set-Disk',
    ],
  },
  {
    module: 'Defender',
    commands: ['Add-MpPreference', 'Get-MpComputerStatus', 'Get-MpPreference', 'Get-MpThreat', 'Remove-MpPreference', 'Set-MpPreference', 'Start-MpScan', 'Update-MpSignature'],
    nounPrefixes: ['Mp'],
  },
  {
    module: 'FailoverClusters',
    commands: [
      'Add-ClusterNode', 'Get-Cluster', 'Get-ClusterGroup', 'Get-ClusterLog', 'Get-ClusterNetwork', 'Get-ClusterNode', 'Get-ClusterQuorum', 'Get-ClusterResource',
      'Move-ClusterGroup', 'New-Cluster', 'Remove-ClusterNode', 'Resume-ClusterNode', 'Set-ClusterQuorum', 'Start-ClusterNode', 'Start-ClusterResource',
      'Stop-ClusterNode', 'Stop-ClusterResource', 'Suspend-ClusterNode', 'Test-Cluster',
    ],
    // Not `Cluster` alone: Exchange 2007 had the *-ClusteredMailboxServer cmdlets.
    nounPrefixes: ['ClusterGroup', 'ClusterLog', 'ClusterNetwork', 'ClusterNode', 'ClusterQuorum', 'ClusterResource', 'ClusterSharedVolume'],
  },
  {
    module: 'Hyper-V',
    commands: [
      'Checkpoint-VM', 'Get-VHD', 'Get-VM', 'Get-VMHost', 'Get-VMNetworkAdapter', 'Get-VMSnapshot', 'Get-VMSwitch', 'New-VHD', 'New-VM', 'Remove-VM',
      'Restart-VM', 'Resume-VM', 'Set-VM', 'Start-VM', 'Stop-VM', 'Suspend-VM',
    ],
    nounPrefixes: ['VM', 'VHD'],
  },
  {
    module: 'Microsoft.Graph',
    commands: [
      'Connect-MgGraph', 'Disconnect-MgGraph', 'Get-MgApplication', 'Get-MgContext', 'Get-MgDomain', 'Get-MgGroup', 'Get-MgGroupMember', 'Get-MgOrganization',
      'Get-MgServicePrincipal', 'Get-MgSubscribedSku', 'Get-MgUser', 'Get-MgUserMemberOf', 'Get-MgUserMessage', 'Invoke-MgGraphRequest', 'New-MgApplication',
      'New-MgGroup', 'New-MgGroupMember', 'New-MgServicePrincipal', 'New-MgUser', 'Remove-MgGroup', 'Remove-MgUser', 'Send-MgUserMail', 'Set-MgUserLicense',
      'Update-MgApplication', 'Update-MgGroup', 'Update-MgUser',
    ],
    nounPrefixes: ['Mg'],
  },
  {
    module: 'MSOnline',
    commands: [
      'Add-MsolGroupMember', 'Add-MsolRoleMember', 'Connect-MsolService', 'Get-MsolAccountSku', 'Get-MsolCompanyInformation', 'Get-MsolDomain', 'Get-MsolGroup',
      'Get-MsolGroupMember', 'Get-MsolRole', 'Get-MsolRoleMember', 'Get-MsolUser', 'New-MsolUser', 'Remove-MsolUser', 'Set-MsolUser', 'Set-MsolUserLicense',
      'Set-MsolUserPassword',
    ],
    nounPrefixes: ['Msol'],
  },
  {
    module: 'AzureAD',
    commands: [
      'Add-AzureADGroupMember', 'Connect-AzureAD', 'Disconnect-AzureAD', 'Get-AzureADApplication', 'Get-AzureADDirectoryRole', 'Get-AzureADDirectoryRoleMember',
      'Get-AzureADDomain', 'Get-AzureADGroup', 'Get-AzureADGroupMember', 'Get-AzureADServicePrincipal', 'Get-AzureADSubscribedSku', 'Get-AzureADTenantDetail',
      'Get-AzureADUser', 'New-AzureADApplication', 'New-AzureADUser', 'Remove-AzureADUser', 'Set-AzureADUser', 'Set-AzureADUserLicense',
    ],
    // Not `AzureAD` alone: Security & Compliance has Execute-AzureADLabelSync.
    nounPrefixes: ['AzureADApplication', 'AzureADDirectoryRole', 'AzureADDomain', 'AzureADGroup', 'AzureADServicePrincipal', 'AzureADSubscribedSku', 'AzureADTenantDetail', 'AzureADUser'],
  },
  { module: 'MicrosoftTeams', commands: ['Connect-MicrosoftTeams', 'Disconnect-MicrosoftTeams', 'Get-CsOnlineUser'] },
  { module: 'Microsoft.Online.SharePoint.PowerShell', commands: ['Connect-SPOService', 'Get-SPOSite', 'Get-SPOTenant', 'Set-SPOSite', 'Set-SPOTenant'], nounPrefixes: ['SPOService', 'SPOSite', 'SPOTenant'] },
  { module: 'Az.Accounts', commands: ['Connect-AzAccount', 'Disconnect-AzAccount', 'Get-AzContext', 'Set-AzContext'] },
  { module: 'ImportExcel', commands: ['Export-Excel', 'Import-Excel'] },
  {
    module: 'Pester',
    commands: ['Add-ShouldOperator', 'Assert-MockCalled', 'Assert-VerifiableMock', 'Get-ShouldOperator', 'Invoke-Pester', 'New-Fixture', 'New-PesterConfiguration', 'Set-ItResult'],
  },
  // Functions of the Exchange Management Shell's own scripts, not cmdlets of the reference.
  { module: 'RemoteExchange.ps1', commands: ['Connect-ExchangeServer'] },
  // The anti-malware engine of Exchange 2013 and later, loaded as a snap-in of its own.
  { module: 'Microsoft.Forefront.Filtering.Management.PowerShell', commands: ['Get-EngineUpdateInformation'] },
];

interface Match {
  readonly module: OtherModule;
}

const BY_COMMAND = new Map<string, OtherModule>();
for (const module of OTHER_MODULES) {
  for (const command of module.commands) {
    const key = command.toLowerCase();
    const owner = BY_COMMAND.get(key);
    if (owner) throw new Error(`exkb: ${command} is listed under both ${owner.module} and ${module.module}`);
    BY_COMMAND.set(key, module);
  }
}
const BY_MODULE = new Map(OTHER_MODULES.map((module) => [module.module.toLowerCase(), module]));
const PREFIXES = OTHER_MODULES.flatMap((module) => (module.nounPrefixes ?? []).map((prefix) => ({ prefix: prefix.toLowerCase(), module })));

/**
 * The non-Exchange module that `name` belongs to, any case: a listed command, a noun with one of
 * a module's prefixes, or a name qualified with a listed module (`ActiveDirectory\Get-ADUser`).
 */
export function otherModuleOf(name: string): string | undefined {
  return match(name)?.module.module;
}

/** True when `name` is a command of another module, never an Exchange cmdlet. */
export function isOtherModuleCommand(name: string): boolean {
  return match(name) !== undefined;
}

function match(written: string): Match | undefined {
  const { module: qualifier, name } = splitQualified(written.trim());
  if (qualifier) {
    const module = BY_MODULE.get(qualifier.toLowerCase());
    if (module) return { module };
  }
  const listed = BY_COMMAND.get(name.toLowerCase());
  if (listed) return { module: listed };
  const hyphen = name.indexOf('-');
  if (hyphen <= 0) return undefined;
  const noun = name.slice(hyphen + 1).toLowerCase();
  const prefixed = PREFIXES.find((entry) => noun.startsWith(entry.prefix));
  return prefixed && { module: prefixed.module };
}
