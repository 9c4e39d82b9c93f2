import { defineRule } from './rule.js';
import { findParameter, type ParameterName } from './support/find-parameter.js';
import { literalText, spanIn } from './support/literal-text.js';

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
        if (!parameter || !literal || literal.raw.includes('`') || literal.raw.includes('$(')) continue;
        const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(literal.raw);
        const hostStart = scheme ? scheme[0].length : 0;
        const slash = literal.raw.indexOf('/', hostStart);
        if (!scheme && slash === -1) continue;
        const host = literal.raw.slice(hostStart, slash === -1 ? undefined : slash);
        const external = name.name === 'ExternalHostname';
        context.report({
          span: spanIn(literal, 0, literal.raw.length),
          message:
            `-${parameter.name} takes a host name, not a URL: ${literal.raw} ` +
            (external ? 'is refused by the shell, so the command changes nothing. ' : 'is stored as it is, and Outlook then tries to connect to a host of that name and fails. ') +
            (host ? `Write just ${host}.` : 'Write just the host name.'),
          ...(host ? { fix: { title: `Use the host name ${host}`, edits: [{ span: spanIn(literal, 0, literal.raw.length), newText: host }] } } : {}),
        });
      }
    }
  },
});

const HOST_NAMES: readonly ParameterName[] = [
  { name: 'ExternalHostname', shortest: 'ExternalH'.length },
  { name: 'InternalHostname', shortest: 'InternalH'.length },
];
