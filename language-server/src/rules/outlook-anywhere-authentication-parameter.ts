import { defineRule } from './rule.js';
import { findParameter } from './support/find-parameter.js';

export default defineRule({
  meta: {
    id: 'outlook-anywhere-authentication-parameter',
    description: '-ExternalAuthenticationMethod of Exchange 2007 RTM, renamed -ClientAuthenticationMethod in 2007 SP1 and 2010.',
    severity: 'error',
    entries: ['enable-outlookanywhere-externalauthenticationmethod-not-found'],
    fixable: true,
    versions: ['2007', '2010'],
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key !== 'enable-outlookanywhere' && command.key !== 'set-outlookanywhere') continue;
      // `-ExternalA…`: shorter prefixes are ambiguous with -ExternalHostname.
      const parameter = findParameter(command, { name: 'ExternalAuthenticationMethod', shortest: 'ExternalA'.length });
      if (!parameter || parameter.splat) continue;
      const dash = context.script.text.charAt(parameter.nameSpan.start);
      const hasDash = dash !== '' && !/[A-Za-z]/.test(dash);
      const nameStart = parameter.nameSpan.start + (hasDash ? 1 : 0);
      context.report({
        span: { start: parameter.nameSpan.start, end: nameStart + parameter.name.length },
        message:
          `-${parameter.name} only exists on Exchange 2007 RTM; from 2007 SP1 on, and on Exchange 2010, ${command.canonical} stops with "A parameter cannot be found that matches parameter name". ` +
          'Use -ClientAuthenticationMethod (same values: Basic, Ntlm).',
        fix: {
          title: 'Rename to -ClientAuthenticationMethod',
          edits: [{ span: { start: nameStart, end: nameStart + parameter.name.length }, newText: 'ClientAuthenticationMethod' }],
        },
      });
    }
  },
});
