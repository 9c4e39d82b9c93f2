import type { CommandView } from '../powershell/types.js';
import { defineRule } from './rule.js';
import { constantBool, identityArgument, quotedName } from './support/constant-values.js';

/** Cmdlets whose `-RequireSenderAuthenticationEnabled` decides whether a group takes internet mail. */
const GROUP_CMDLETS = new Set(['new-distributiongroup', 'set-distributiongroup', 'set-dynamicdistributiongroup']);

export default defineRule({
  meta: {
    id: 'require-sender-authentication-external',
    description: 'A distribution group set to accept mail only from authenticated senders rejects everyone outside the organisation.',
    // A deliberate setting for internal-only groups, so it informs rather than warns.
    severity: 'info',
    entries: ['distribution-group-rejects-external-senders-auth-required'],
    fixable: true,
  },
  check(context) {
    for (const command of context.commands) {
      if (!GROUP_CMDLETS.has(command.key)) continue;
      const parameter = command.parameter('RequireSenderAuthenticationEnabled');
      const value = parameter?.value;
      if (!value || constantBool(value) !== true) continue;
      const literal = value.kind === 'bool';
      context.report({
        span: value.span,
        message:
          `-RequireSenderAuthenticationEnabled ${value.text} makes ${groupName(command)} reject mail from outside senders (550 5.7.1 RESOLVER.RST.AuthRequired). ` +
          'Set it to $false if people outside the organisation must reach this group.',
        ...(literal ? { fix: { title: 'Set -RequireSenderAuthenticationEnabled to $false', edits: [{ span: value.span, newText: '$false' }] } } : {}),
      });
    }
  },
});

function groupName(command: CommandView): string {
  const name = command.key === 'new-distributiongroup' ? command.parameter('Name')?.value ?? command.positional[0] : identityArgument(command);
  return quotedName(name, 'the group');
}
