// Get-Mailbox switches that list only system mailboxes, of which an organisation has a handful:
// neither the 1000-result limit nor server-side filtering matters for them.
export const SYSTEM_MAILBOX_SWITCHES: readonly string[] = ['Arbitration', 'AuditLog', 'AuxAuditLog', 'Migration', 'Monitoring', 'PublicFolder', 'SupervisoryReviewPolicy'];
