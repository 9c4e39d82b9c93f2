import type { Span } from '../powershell/types.js';
import { defineRule } from './rule.js';
import { DOMAIN_NAME, INCLUDE_SERVER_NETBIOS_NAME, isCertificateRequest, SUBJECT_NAME } from './support/certificate-parameters.js';
import { constantString, switchIsOn } from './support/constant-values.js';
import { findParameter } from './support/find-parameter.js';
import { internalNameReason, type InternalReason } from './support/host-names.js';
import { listValue } from './support/list-items.js';
import { literalText } from './support/literal-text.js';

export default defineRule({
  meta: {
    id: 'certificate-internal-name',
    description: 'A certificate request with a server name, .local-style name or private address that public CAs no longer issue.',
    severity: 'warning',
    entries: ['public-ca-refuses-internal-server-name-split-dns'],
    fixable: false,
  },
  check(context) {
    for (const command of context.commands) {
      if (!isCertificateRequest(command)) continue;
      const reported = new Set<string>();
      const flag = (name: string, span: Span, reason: InternalReason) => {
        const key = name.toLowerCase();
        if (reported.has(key)) return;
        reported.add(key);
        context.report({ span, message: `${describe(name, reason)}, so a public CA will refuse this request (no public CA issues such names since November 2015). Use public names only, with split DNS for the inside, or have the certificate issued by an internal CA.` });
      };

      for (const name of listValue(findParameter(command, DOMAIN_NAME)?.value).names) {
        const reason = internalNameReason(name.text);
        if (reason) flag(name.text, name.span, reason);
      }
      const subject = findParameter(command, SUBJECT_NAME)?.value;
      const commonName = subjectCommonName(constantString(subject));
      if (subject && commonName) {
        const reason = internalNameReason(commonName.name);
        const literal = literalText(subject);
        const span = literal?.verbatim && literal.raw.length >= commonName.end ? { start: literal.start + commonName.start, end: literal.start + commonName.end } : subject.span;
        if (reason) flag(commonName.name, span, reason);
      }
      const netbios = findParameter(command, INCLUDE_SERVER_NETBIOS_NAME);
      if (switchIsOn(netbios) && netbios) {
        context.report({
          span: netbios.nameSpan,
          message: '-IncludeServerNetBIOSName adds the server’s single-label name, which no public CA issues since November 2015, so a public CA will refuse this request. Leave it out and point clients at a public name (split DNS), or use an internal CA.',
        });
      }
    }
  },
});

function describe(name: string, reason: InternalReason): string {
  switch (reason) {
    case 'single-label':
      return `${name} is a single-label name`;
    case 'private-address':
      return `${name} is a private IP address`;
    case 'internal-suffix':
      return `${name} ends in .${name.slice(name.lastIndexOf('.') + 1)}, a suffix that is not registered on the internet`;
  }
}

/** `C=US, O=Contoso, CN=mail.contoso.com` → the CN value and its offsets in the string. */
function subjectCommonName(subject: string | undefined): { name: string; start: number; end: number } | undefined {
  const match = subject ? /(?:^|,)\s*CN\s*=\s*([^,+]+?)\s*(?=,|\+|$)/i.exec(subject) : null;
  if (!match || !subject) return undefined;
  const name = match[1]!;
  const start = match.index + match[0].lastIndexOf(name);
  return { name, start, end: start + name.length };
}
