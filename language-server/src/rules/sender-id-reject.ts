import { defineRule } from './rule.js';
import { constantString, resolveValue } from './support/constant-values.js';

const DROPPING_ACTIONS = new Set(['reject', 'delete']);

/** What each Sender ID result means for the sender, by parameter. */
const OUTCOMES: readonly { parameter: string; reject: string; when: string }[] = [
  { parameter: 'SpoofedDomainAction', reject: 'reject (550 5.7.1 Sender ID (PRA) Not Permitted)', when: "whose sending server isn't listed in the sender domain's SPF record, including a partner's legitimate mail sent through a server they forgot to publish" },
  { parameter: 'TempErrorAction', reject: 'reject', when: "whenever the sender domain's DNS can't be reached for a moment (a TempError), however legitimate the message" },
];

export default defineRule({
  meta: {
    id: 'sender-id-reject',
    description: 'A Sender ID action of Reject or Delete drops legitimate mail from senders whose SPF record is incomplete or briefly unreachable.',
    severity: 'warning',
    entries: ['sender-id-rejects-legitimate-inbound-mail'],
    fixable: true,
  },
  check(context) {
    for (const command of context.commands) {
      if (command.key !== 'set-senderidconfig') continue;
      for (const { parameter: name, reject, when } of OUTCOMES) {
        const value = command.parameter(name)?.value;
        const action = constantString(value);
        if (!value || action === undefined || !DROPPING_ACTIONS.has(action.toLowerCase())) continue;
        const rejects = action.toLowerCase() === 'reject';
        const literal = resolveValue(value) === value;
        context.report({
          span: value.span,
          message:
            `-${name} ${action} makes the Sender ID agent ${rejects ? reject : 'silently delete'} every message ${when}. ` +
            'Keep StampStatus, so the result only counts toward the spam verdict, and exempt problem domains with -BypassedSenderDomains.',
          ...(literal ? { fix: { title: `Set -${name} to StampStatus`, edits: [{ span: value.span, newText: requote(value.text, 'StampStatus') }] } } : {}),
        });
      }
    }
  },
});

/** The new value in the quotes the old one had. */
function requote(old: string, value: string): string {
  const quote = old[0] === "'" || old[0] === '"' ? old[0] : '';
  return `${quote}${value}${quote}`;
}
