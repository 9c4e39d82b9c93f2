import { defineRule } from './rule.js';
import { positionalTargets } from './support/bound-values.js';
import { exchangeBindings } from './support/exchange-bindings.js';
import { switchValues } from './support/switch-values.js';

export default defineRule({
  meta: {
    id: 'switch-parameter-value',
    description: 'A switch given a value after a space (-Confirm $false): the switch is turned on and the value becomes a separate argument.',
    // Never what was meant: the switch is on whatever the value says, and the value either fails
    // to bind (the command does not run) or lands on another parameter such as -Identity.
    severity: 'error',
    entries: ['switch-parameter-value-needs-colon', 'positional-parameter-cannot-be-found'],
    fixable: true,
  },
  check(context) {
    for (const binding of exchangeBindings(context)) {
      const targets = positionalTargets(binding);
      for (const { bound, value: stray, meant } of switchValues(binding, context.script.text)) {
        const parameter = bound.parameter!;
        const name = `-${parameter.name}`;
        const lands = targets.get(stray);
        const outcome = lands
          ? `PowerShell binds ${stray.text} to -${lands.name}`
          : binding.sets.length === 0 && binding.namedSets.length > 0
            ? `PowerShell stops with "A positional parameter cannot be found that accepts argument '${meant ? 'True' : 'False'}'"`
            : `${stray.text} is left as an argument of its own`;
        const effect = meant ? '' : `, the opposite of ${stray.text},`;
        // `$false` and `$confirm` keep their spelling; a string or number becomes the Boolean it meant.
        const kept = stray.kind === 'bool' || stray.kind === 'variable' ? stray.text : meant ? '$true' : '$false';
        const written = `${bound.argument.name}:${kept}`;
        context.report({
          span: { start: bound.argument.nameSpan.start, end: stray.span.end },
          message:
            `A switch takes a value only after a colon, so ${name} ${stray.text} turns ${name} on${effect} and ${outcome}. ` +
            `Write -${written}${meant ? ` or just ${name}` : ''}.`,
          fix: { title: `Write -${written}`, edits: [{ span: { start: bound.argument.nameSpan.end, end: stray.span.end }, newText: `:${kept}` }] },
        });
      }
    }
  },
});
