import { defineRule } from './rule.js';
import {
  DOMAIN_NAME,
  INCLUDE_AUTODISCOVER,
  isCertificateRequest,
  servicesIncludeIis,
} from './support/certificate-parameters.js';
import { argumentSpan, parametersAreKnown, switchIsOn } from './support/constant-values.js';
import { findParameter } from './support/find-parameter.js';
import { internalNameReason, isHostName, registrableDomain } from './support/host-names.js';
import { appendToList, listValue } from './support/list-items.js';

export default defineRule({
  meta: {
    id: 'certificate-missing-autodiscover-name',
    description: 'A certificate for IIS requested without the autodiscover.<domain> name that Outlook and phones look up.',
    severity: 'warning',
    entries: ['certificate-request-missing-autodiscover-name', 'exchange-2010-certificate-missing-san-names'],
    fixable: true,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key !== 'new-exchangecertificate' || !parametersAreKnown(command)) continue;
      // A request goes to a CA and will serve IIS; a self-signed certificate only when -Services says so.
      if (!isCertificateRequest(command) && !servicesIncludeIis(command)) continue;
      if (switchIsOn(findParameter(command, INCLUDE_AUTODISCOVER))) continue;
      const parameter = findParameter(command, DOMAIN_NAME);
      if (!parameter?.value) continue;
      const list = listValue(parameter.value);
      if (!list.complete || list.names.length === 0) continue;
      const names = list.names.map((name) => name.text.toLowerCase());
      if (names.some((name) => name.startsWith('autodiscover.') || name.startsWith('*.'))) continue;
      const published = names.filter((name) => isHostName(name) && internalNameReason(name) === undefined);
      // A certificate whose names are all mail-transfer hosts is for SMTP TLS, not for clients.
      if (published.length === 0 || published.every((name) => MAIL_TRANSFER_HOST.test(name))) continue;
      const missing = [...new Set(published.flatMap((name) => registrableDomain(name) ?? []))].map((domain) => `autodiscover.${domain}`);
      if (missing.length === 0) continue;

      const append = appendToList(list, missing);
      context.report({
        span: argumentSpan(parameter),
        message:
          `The certificate will name ${published.join(', ')} but not ${missing.join(', ')}, so Outlook and phones that find Autodiscover through DNS get a certificate warning. ` +
          `Add ${missing.join(', ')} to -DomainName or use -IncludeAutoDiscover (unless DNS sends clients elsewhere with an _autodiscover._tcp SRV record).`,
        ...(append ? { fix: { title: `Add ${missing.join(', ')} to -DomainName`, edits: [append] } } : {}),
      });
    }
  },
});

const MAIL_TRANSFER_HOST = /^(smtp|mx|mta|relay|edge|gateway|mailgw|smarthost)\d*\./i;
