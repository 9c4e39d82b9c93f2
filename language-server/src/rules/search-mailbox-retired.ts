import { defineRule } from './rule.js';

export default defineRule({
  meta: {
    id: 'search-mailbox-retired',
    description: 'Search-Mailbox no longer exists in Exchange Online; content searches and purges are done with the compliance search cmdlets.',
    severity: 'warning',
    entries: ['search-mailbox-retired-exchange-online'],
    fixable: false,
    versions: ['online'],
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key !== 'search-mailbox') continue;
      const deletes = !!command.parameter('DeleteContent');
      context.report({
        span: command.nameSpan,
        message:
          'Search-Mailbox has been retired from Exchange Online, so this line fails there and nothing is searched or deleted. ' +
          (deletes
            ? 'Create the search with New-ComplianceSearch, run it with Start-ComplianceSearch, then delete the results with New-ComplianceSearchAction -Purge (Security & Compliance PowerShell, Connect-IPPSSession).'
            : 'Use New-ComplianceSearch and Start-ComplianceSearch in Security & Compliance PowerShell (Connect-IPPSSession), and New-ComplianceSearchAction to export or purge the results.'),
      });
    }
  },
});
