import { defineRule } from './rule.js';
import { switchIsOn } from './support/constant-values.js';
import { findParameter } from './support/find-parameter.js';

// Info, not warning: the script may import a certificate for another server's use, for a
// federation trust or as the OAuth certificate (Set-AuthConfig), or enable it later by hand. What it can't do is put the certificate to work.
export default defineRule({
  meta: {
    id: 'imported-certificate-not-enabled',
    description: 'Import-ExchangeCertificate in a script that never enables the certificate for a service.',
    severity: 'info',
    entries: ['imported-certificate-not-enabled-for-iis'],
    fixable: false,
  },
  check(context) {
    if (context.commands.some((command) => PUTS_TO_WORK.has(command.key))) return;
    for (const command of context.commands) {
      if (command.key !== 'import-exchangecertificate' || switchIsOn(findParameter(command, 'WhatIf'))) continue;
      context.report({
        span: command.nameSpan,
        message:
          'The script imports a certificate but never enables it, so IIS, SMTP, POP and IMAP go on using the certificate they had and OWA keeps showing the old one. ' +
          'Pipe the import into Enable-ExchangeCertificate -Services IIS (add SMTP, POP or IMAP where they should use it).',
      });
    }
  },
});

/** Commands that assign an imported certificate to a service. */
const PUTS_TO_WORK = new Set(['enable-exchangecertificate', 'new-federationtrust', 'set-federationtrust', 'set-authconfig']);
