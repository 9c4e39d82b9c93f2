import type { BoundParameter } from '../exchange/bind.js';
import type { CmdletParameter } from '../exchange/model/cmdlet.js';
import type { Span } from '../powershell/types.js';
import { defineRule } from './rule.js';
import { exchangeBindings } from './support/exchange-bindings.js';

export default defineRule({
  meta: {
    id: 'duplicate-parameter',
    description: 'The same parameter of an Exchange cmdlet given twice (by name, alias, abbreviation, or in a splatted hashtable and on the command).',
    severity: 'error',
    entries: ['exchange-parameter-not-found'],
    fixable: false,
  },
  check(context) {
    for (const binding of exchangeBindings(context)) {
      const first = new Map<CmdletParameter, BoundParameter>();
      for (const bound of binding.parameters) {
        const { parameter } = bound;
        if (!parameter) continue;
        const earlier = first.get(parameter);
        if (!earlier) {
          first.set(parameter, bound);
          continue;
        }
        context.report({
          span: spanOf(bound),
          message:
            `${capitalised(describe(bound))} binds -${parameter.name} a second time (${describe(earlier)} already did), so PowerShell refuses ${binding.cmdlet.name} with "Cannot bind parameter because parameter '${parameter.name}' is specified more than once". ` +
            `Keep one of them${parameter.switch ? '' : '; several values go in one list (-' + parameter.name + ' a, b)'}.`,
          related: [{ span: spanOf(earlier), message: `-${parameter.name} is first given here.` }],
        });
      }
    }
  },
});

/** Where the parameter is written in the command: a splatted key is reported at the `@splat`, since the hashtable may serve other commands. */
function spanOf(bound: BoundParameter): Span {
  return bound.argument.splat?.span ?? bound.argument.nameSpan;
}

function describe(bound: BoundParameter): string {
  const { argument } = bound;
  return argument.splat ? `the key ${argument.name} of @${argument.splat.variable}` : `-${argument.name}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
