import rule from './storage-group-cmdlets-removed.js';
import { testRule } from './testing.js';

const exchange2010 = { exchangeVersion: '2010' } as const;

testRule(rule, {
  valid: [
    { name: 'Exchange 2007 has storage groups', code: "Enable-StorageGroupCopy -Identity 'MBX01\\First Storage Group' -StandbyMachine MBX02", settings: { exchangeVersion: '2007' } },
    { name: 'Exchange 2007: a database in a storage group', code: "New-MailboxDatabase -Name DB01 -StorageGroup 'MBX01\\SG01'", settings: { exchangeVersion: '2007' } },
    { name: 'DAG cmdlets', code: 'Add-MailboxDatabaseCopy -Identity DB01 -MailboxServer MBX02 -ActivationPreference 2\nGet-MailboxDatabaseCopyStatus -Identity DB01', settings: exchange2010 },
    { name: '2010 database with -Server', code: 'New-MailboxDatabase -Name DB01 -Server MBX01 -EdbFilePath D:\\DB01\\DB01.edb', settings: exchange2010 },
    { name: '-S is -Server, not -StorageGroup', code: 'Get-MailboxDatabase -S MBX01', settings: exchange2010 },
    { name: 'a property named StorageGroup', code: 'Get-MailboxDatabase | Select-Object Name, StorageGroup', settings: exchange2010 },
  ],
  invalid: [
    {
      name: 'Enable-StorageGroupCopy on 2010',
      code: "Enable-StorageGroupCopy -Identity 'MBX01\\First Storage Group' -StandbyMachine MBX02",
      settings: exchange2010,
      errors: [{ text: 'Enable-StorageGroupCopy', message: /removed with storage groups.*Add-MailboxDatabaseCopy/ }],
    },
    {
      name: 'several, odd casing, in a pipeline',
      code: 'get-storagegroup -Server MBX01 | Get-StorageGroupCopyStatus\nResume-StorageGroupCopy SG01\nMove-StorageGroupPath SG01 -LogFolderPath L:\\',
      settings: { exchangeVersion: '2016' },
      errors: [{ text: 'get-storagegroup' }, { text: 'Get-StorageGroupCopyStatus' }, { text: 'Resume-StorageGroupCopy' }, { text: 'Move-StorageGroupPath', message: /Move-DatabasePath/ }],
    },
    {
      name: 'clustered mailbox server',
      code: 'Move-ClusteredMailboxServer -Identity CMS01 -TargetMachine NODE2 -MoveComment failover',
      settings: exchange2010,
      errors: [{ text: 'Move-ClusteredMailboxServer', message: /Move-ActiveMailboxDatabase/ }],
    },
    {
      name: '-StorageGroup on New-MailboxDatabase, abbreviated',
      code: "New-MailboxDatabase -Name DB01 -Storage 'MBX01\\SG01'",
      settings: exchange2010,
      errors: [{ text: "-Storage 'MBX01\\SG01'", message: /Use -Server/ }],
    },
  ],
});
