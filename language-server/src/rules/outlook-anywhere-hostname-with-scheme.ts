import { defineRule } from './rule.js';
import { findParameter, type ParameterName } from './support/find-parameter.js';
import { literalText, rawSpan } from './support/literal-text.js';
import { urlParts } from './support/url-parts.js';

export default defineRule({
  meta: {
    id: 'outlook-anywhere-hostname-with-scheme',
    description: 'An Outlook Anywhere host name written as a URL (https://…, or with a path) where a bare host name is expected.',
    severity: 'error',
    entries: ['outlook-anywhere-hostname-given-as-url'],
    fixable: true,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key !== 'set-outlookanywhere' && command.key !== 'enable-outlookanywhere') continue;
      for (const name of HOST_NAMES) {
        const parameter = findParameter(command, name);
        const literal = literalText(parameter?.value);
        const url = literal && urlParts(literal);
        if (!parameter || !literal || !url) continue;
        // A bare host name is what the parameter wants.
        if (url.scheme === undefined && url.pathStart === literal.raw.length) continue;
        const host = literal.raw.slice(url.hostStart, url.pathStart);
        const external = name.name === 'ExternalHostname';
        context.report({
          span: rawSpan(literal),
          message:
            `-${parameter.name} takes a host name, not a URL: ${literal.raw} ` +
            (external ? 'is refused by the shell, so the command changes nothing. ' : 'is stored as it is, and Outlook then tries to connect to a host of that name and fails. ') +
            (host ? `Write just ${host}.` : 'Write just the host name.'),
          ...(host ? { fix: { title: `Use the host name ${host}`, edits: [{ span: rawSpan(literal), newText: host }] } } : {}),
        });
      }
    }
  },
});

const HOST_NAMES: readonly ParameterName[] = [
  { name: 'ExternalHostname', shortest: 'ExternalH'.length },
  { name: 'InternalHostname', shortest: 'InternalH'.length },
];
