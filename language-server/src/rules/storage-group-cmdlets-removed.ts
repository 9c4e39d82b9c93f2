import { defineRule } from './rule.js';
import { findParameter } from './support/find-parameter.js';

export default defineRule({
  meta: {
    id: 'storage-group-cmdlets-removed',
    description: 'Storage group, LCR/CCR/SCR copy and clustered mailbox server cmdlets of Exchange 2007, removed in 2010 in favour of databases and DAGs.',
    severity: 'error',
    entries: ['exchange-2010-no-lcr-ccr-scr-storage-group-copy'],
    fixable: false,
    versions: ['2010', '2013', '2016', '2019', 'se', 'online'],
  },
  check(context) {
    for (const command of context.commands) {
      const instead = REPLACED_BY[command.key];
      if (instead) {
        context.report({
          span: command.nameSpan,
          message: `${command.canonical} was removed with storage groups and LCR/CCR/SCR in Exchange 2010, so this line stops with "not recognized as the name of a cmdlet". ${instead}`,
        });
        continue;
      }
      if (!TAKES_NO_STORAGE_GROUP.has(command.key)) continue;
      // -StorageGroup; `-S` alone could be -Server.
      const parameter = findParameter(command, { name: 'StorageGroup', shortest: 'St'.length });
      if (!parameter) continue;
      context.report({
        span: parameter.value ? { start: parameter.nameSpan.start, end: parameter.span.end } : parameter.span,
        message: `-${parameter.name} no longer exists: since Exchange 2010 databases belong to the server, not to a storage group, so ${command.canonical} stops with "A parameter cannot be found". Use -Server (and -EdbFilePath/-LogFolderPath for the locations).`,
      });
    }
  },
});

const DATABASE_COPY = 'Replication is per database since Exchange 2010: use a database availability group and';
const REPLACED_BY: Readonly<Record<string, string>> = {
  'new-storagegroup': 'Create the database directly with New-MailboxDatabase -Server … -EdbFilePath … -LogFolderPath ….',
  'get-storagegroup': 'Use Get-MailboxDatabase (log and system paths are database properties now).',
  'set-storagegroup': 'Use Set-MailboxDatabase (circular logging and the log prefix are database settings now).',
  'remove-storagegroup': 'Use Remove-MailboxDatabase.',
  'move-storagegrouppath': 'Use Move-DatabasePath.',
  'enable-storagegroupcopy': `${DATABASE_COPY} Add-MailboxDatabaseCopy.`,
  'disable-storagegroupcopy': `${DATABASE_COPY} Remove-MailboxDatabaseCopy.`,
  'get-storagegroupcopystatus': `${DATABASE_COPY} Get-MailboxDatabaseCopyStatus.`,
  'suspend-storagegroupcopy': `${DATABASE_COPY} Suspend-MailboxDatabaseCopy.`,
  'resume-storagegroupcopy': `${DATABASE_COPY} Resume-MailboxDatabaseCopy.`,
  'update-storagegroupcopy': `${DATABASE_COPY} Update-MailboxDatabaseCopy to reseed.`,
  'restore-storagegroupcopy': `${DATABASE_COPY} Move-ActiveMailboxDatabase to activate another copy.`,
  'get-clusteredmailboxserverstatus': `${DATABASE_COPY} Get-MailboxDatabaseCopyStatus and Get-DatabaseAvailabilityGroup -Status.`,
  'move-clusteredmailboxserver': `${DATABASE_COPY} Move-ActiveMailboxDatabase.`,
  'start-clusteredmailboxserver': `${DATABASE_COPY} Mount-Database or Move-ActiveMailboxDatabase.`,
  'stop-clusteredmailboxserver': `${DATABASE_COPY} Dismount-Database or Move-ActiveMailboxDatabase.`,
  'enable-continuousreplicationhostname': 'A DAG gets its replication networks with New-DatabaseAvailabilityGroupNetwork / Set-DatabaseAvailabilityGroupNetwork.',
  'disable-continuousreplicationhostname': 'A DAG gets its replication networks with New-DatabaseAvailabilityGroupNetwork / Set-DatabaseAvailabilityGroupNetwork.',
};

/** Exchange 2007 cmdlets that took -StorageGroup and still exist without it. */
const TAKES_NO_STORAGE_GROUP = new Set(['new-mailboxdatabase', 'get-mailboxdatabase', 'new-publicfolderdatabase', 'get-publicfolderdatabase']);
