import { defineRule } from './rule.js';
import { boundValues } from './support/bound-values.js';
import { exchangeBindings } from './support/exchange-bindings.js';
import { typeMismatch, type TypeMismatch } from './support/value-types.js';

export default defineRule({
  meta: {
    id: 'parameter-value-type',
    description: "A value PowerShell cannot convert to the parameter's type: a string for a Boolean or switch ('true', \"$false\"), a word without digits for a number, size or time span.",
    severity: 'error',
    entries: ['boolean-parameter-given-a-string', 'parameter-value-wrong-type'],
    fixable: true,
  },
  check(context) {
    for (const binding of exchangeBindings(context)) {
      for (const { parameter, value } of boundValues(binding)) {
        const mismatch = typeMismatch(parameter.type, value);
        if (!mismatch) continue;
        const boolean = mismatch.type === 'boolean' || mismatch.type === 'switch';
        // Only the value as written is replaced: a variable may be used elsewhere too.
        const direct = value.kind === 'string' || value.kind === 'bareword';
        const through = direct ? '' : ` (the value of ${value.text})`;
        context.report({
          span: value.span,
          message:
            `${binding.cmdlet.name} stops with "Cannot process argument transformation on parameter '${parameter.name}'" because it gets the string "${mismatch.written}"${through}, ${reason(mismatch)}. ` +
            advice(mismatch, parameter.name),
          ...(direct && mismatch.replacement ? { fix: { title: `Write ${mismatch.replacement}`, edits: [{ span: value.span, newText: mismatch.replacement }] } } : {}),
          entries: [boolean ? 'boolean-parameter-given-a-string' : 'parameter-value-wrong-type'],
        });
      }
    }
  },
});

function reason(mismatch: TypeMismatch): string {
  switch (mismatch.type) {
    case 'boolean':
    case 'switch':
      return `and ${mismatch.typeName} takes only $true, $false or a number, never a string, whatever it says`;
    case 'unlimited':
      return 'which is neither Unlimited nor a number';
    case 'size':
      return 'which is not a size (a number, optionally with a unit such as 2GB)';
    case 'timespan':
      return 'which is not a time span (such as 1.00:00:00 or 00:30:00)';
    default:
      return `which is not a number (${mismatch.typeName})`;
  }
}

function advice(mismatch: TypeMismatch, parameter: string): string {
  if (mismatch.type === 'boolean') return mismatch.replacement ? `Write ${mismatch.replacement}, without quotes.` : `Give -${parameter} $true or $false.`;
  if (mismatch.type === 'switch') return mismatch.replacement ? `Write -${parameter}:${mismatch.replacement}, without quotes.` : `Write -${parameter} to turn it on or -${parameter}:$false to turn it off.`;
  if (mismatch.replacement) return `Write ${mismatch.replacement}.`;
  return mismatch.type === 'unlimited' ? `Give -${parameter} a number, or Unlimited for no limit.` : `Give -${parameter} a value of that type.`;
}
