import type { CommandView } from '../powershell/types.js';
import { defineRule } from './rule.js';
import { constantString } from './support/constant-values.js';

/** Signs that a script works against Exchange Online, used when the target version isn't set. */
const ONLINE_COMMANDS = new Set(['connect-exchangeonline', 'connect-ippssession', 'get-exomailbox', 'get-exorecipient', 'get-exocasmailbox', 'get-exomailboxstatistics']);
const ONLINE_URI = /^https?:\/\/(?:outlook\.office365\.com|ps\.outlook\.com|[\w.-]*\.compliance\.protection\.outlook\.com)\b/i;

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
    // With no target version set, only scripts that visibly connect to Exchange Online are judged.
    if (context.settings.exchangeVersion !== 'online' && !context.commands.some(worksOnline)) return;
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

function worksOnline(command: CommandView): boolean {
  if (ONLINE_COMMANDS.has(command.key)) return true;
  if (command.key !== 'new-pssession') return false;
  const uri = constantString(command.parameter('ConnectionUri')?.value);
  return uri !== undefined && ONLINE_URI.test(uri.trim());
}
