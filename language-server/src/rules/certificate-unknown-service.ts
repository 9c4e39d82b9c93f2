import { defineRule } from './rule.js';
import { SERVICES } from './support/certificate-parameters.js';
import { closestNames } from './support/closest-name.js';
import { findParameter } from './support/find-parameter.js';
import { listValue } from './support/list-items.js';

export default defineRule({
  meta: {
    id: 'certificate-unknown-service',
    description: 'A -Services value of New-/Enable-ExchangeCertificate that is not one of the services a certificate can be enabled for.',
    severity: 'error',
    entries: ['exchange-certificate-services-value-not-recognized', 'certificate-not-enabled-for-pop-imap-smtp'],
    fixable: true,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key !== 'new-exchangecertificate' && command.key !== 'enable-exchangecertificate') continue;
      const parameter = findParameter(command, SERVICES);
      for (const name of listValue(parameter?.value).names) {
        const lower = name.text.toLowerCase();
        // The enum also binds from its numeric value.
        if (VALID.some((valid) => valid.toLowerCase() === lower) || /^\d+$/.test(lower)) continue;
        const suggestions = MEANT[lower] ? [MEANT[lower]] : closestNames(name.text, VALID);
        const only = suggestions.length === 1 ? suggestions[0] : undefined;
        const hint = suggestions.length > 0 ? `Did you mean ${suggestions.join(' or ')}? ` : '';
        context.report({
          span: name.span,
          message:
            `${command.canonical} fails with "Cannot process argument transformation on parameter 'Services'" because ${name.text} is not a certificate service, so the certificate is enabled for nothing. ` +
            `${hint}Valid values: ${VALID.join(', ')}.`,
          ...(only && name.exact ? { fix: { title: `Replace ${name.text} with ${only}`, edits: [{ span: name.span, newText: only }] } } : {}),
        });
      }
    }
  },
});

/** The AllowedServices values (Federation from 2010, UMCallRouter from 2013). */
const VALID = ['None', 'IIS', 'SMTP', 'POP', 'IMAP', 'UM', 'UMCallRouter', 'Federation'];

/** What admins write for a service that has another name here. */
const MEANT: Readonly<Record<string, string>> = {
  pop3: 'POP',
  imap4: 'IMAP',
  http: 'IIS',
  https: 'IIS',
  web: 'IIS',
  owa: 'IIS',
  ews: 'IIS',
  ecp: 'IIS',
  activesync: 'IIS',
  autodiscover: 'IIS',
  'outlookanywhere': 'IIS',
  tls: 'SMTP',
  starttls: 'SMTP',
  'unifiedmessaging': 'UM',
};
