import { defineRule } from './rule.js';
import { acceptedValues } from './support/accepted-values.js';
import { boundValues } from './support/bound-values.js';
import { closestNames } from './support/closest-name.js';
import { exchangeBindings } from './support/exchange-bindings.js';
import { listValue } from './support/list-items.js';

export default defineRule({
  meta: {
    id: 'invalid-parameter-value',
    description: 'A constant value that is not among the values an Exchange cmdlet parameter of an enumeration type accepts (-AccessRights Reviwer).',
    severity: 'error',
    entries: ['parameter-value-not-an-accepted-value'],
    fixable: true,
  },
  check(context) {
    // The reference starts at Exchange 2010: 2007 may have had values it no longer lists.
    if (context.settings.exchangeVersion === '2007') return;
    for (const binding of exchangeBindings(context)) {
      for (const { parameter, value } of boundValues(binding)) {
        const values = acceptedValues(context.model, parameter);
        if (!values) continue;
        for (const name of listValue(value).names) {
          const lower = name.text.toLowerCase();
          // An enumeration also converts from its numeric value.
          if (values.accepted.has(lower) || /^[+-]?\d+$/.test(lower) || /^0x[\da-f]+$/.test(lower)) continue;
          const suggestions = closestNames(name.text, values.listed);
          const [only, other] = suggestions;
          const hint = suggestions.length > 0 ? `Did you mean ${suggestions.join(' or ')}? ` : '';
          context.report({
            span: name.span,
            message:
              `${binding.cmdlet.name} stops with "Cannot bind parameter '${parameter.name}'" because ${name.text} is not one of the values -${parameter.name} accepts (${parameter.type}). ` +
              `${hint}Valid values: ${shortList(values.listed)}.`,
            ...(only && !other && name.exact ? { fix: { title: `Replace ${name.text} with ${only}`, edits: [{ span: name.span, newText: only }] } } : {}),
          });
        }
      }
    }
  },
});

function shortList(values: readonly string[]): string {
  return values.length <= 12 ? values.join(', ') : `${values.slice(0, 12).join(', ')} and ${values.length - 12} more`;
}
