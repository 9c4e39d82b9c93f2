import { defineRule } from './rule.js';
import { argumentSpan, constantString } from './support/constant-values.js';

/** Hosts of Exchange Online's retired remote PowerShell endpoint (worldwide, and the sovereign clouds). */
const EXCHANGE_ONLINE_HOSTS = /^(?:outlook\.office365\.com|ps\.outlook\.com|outlook\.office365\.us|outlook\.office\.de|partner\.outlook\.cn|webmail\.apps\.mil)$/i;

export default defineRule({
  meta: {
    id: 'exchange-online-basic-auth',
    description: 'Remote PowerShell sessions to Exchange Online (New-PSSession, Basic authentication) no longer connect; Connect-ExchangeOnline replaces them.',
    severity: 'error',
    entries: ['exchange-online-remote-powershell-basic-auth-retired'],
    fixable: true,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key === 'new-pssession') {
        const uri = command.parameter('ConnectionUri');
        const address = constantString(uri?.value);
        const host = address && /^https?:\/\/([^/:?#]+)/i.exec(address.trim())?.[1];
        if (!uri || !host || !EXCHANGE_ONLINE_HOSTS.test(host)) continue;
        const authentication = constantString(command.parameter('Authentication')?.value);
        const basic = authentication?.toLowerCase() === 'basic';
        context.report({
          span: argumentSpan(uri),
          message:
            `A remote PowerShell session to ${host}${basic ? ' with Basic authentication' : ''} fails to open: Exchange Online has retired remote PowerShell${basic ? ' and Basic authentication' : ''}. ` +
            'Install the ExchangeOnlineManagement module and connect with Connect-ExchangeOnline (modern authentication) instead of New-PSSession and Import-PSSession.',
        });
      } else if (command.key === 'connect-exchangeonline') {
        const rps = command.parameter('UseRPSSession');
        if (!rps || (rps.value && rps.value.kind === 'bool' && rps.value.bool === false)) continue;
        context.report({
          span: rps.nameSpan,
          message:
            '-UseRPSSession asks for the remote PowerShell connection that Exchange Online replaced with REST connections in October 2023 (the switch is deprecated from module version 3.9.2). ' +
            'Remove -UseRPSSession; Connect-ExchangeOnline then uses the REST connection.',
          ...(rps.splat ? {} : { fix: { title: 'Remove -UseRPSSession', edits: [{ span: spanWithLeadingSpace(context.script.text, rps.span), newText: '' }] } }),
        });
      }
    }
  },
});

/** The parameter's span widened to take the blank before it, so removing it leaves tidy text. */
function spanWithLeadingSpace(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let start = span.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end: span.end };
}
