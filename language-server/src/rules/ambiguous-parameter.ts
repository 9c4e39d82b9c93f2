import type { Cmdlet, CmdletParameter } from '../exchange/model/cmdlet.js';
import { TARGET_ORDER, type ExchangeTarget } from '../exchange/model/targets.js';
import type { ExchangeVersion } from '../settings.js';
import { defineRule } from './rule.js';
import { exchangeBindings } from './support/exchange-bindings.js';

export default defineRule({
  meta: {
    id: 'ambiguous-parameter',
    description: 'An abbreviated parameter name that is the start of several parameters of the Exchange cmdlet, which PowerShell refuses to guess between.',
    severity: 'error',
    entries: ['exchange-parameter-not-found'],
    fixable: false,
  },
  check(context) {
    const target = context.settings.exchangeVersion;
    for (const binding of exchangeBindings(context)) {
      const { cmdlet } = binding;
      // A cmdlet the target lacks altogether is cmdlet-not-in-version's finding; its parameters don't matter there.
      if (target !== 'any' && cmdlet.availability(target) === 'no') continue;
      for (const bound of binding.parameters) {
        if (bound.resolution.kind !== 'ambiguous') continue;
        const candidates = ambiguousFor(cmdlet, bound.resolution.candidates, target);
        if (!candidates) continue;
        const written = bound.argument.name;
        const names = candidates.map((candidate) => `-${candidate.name}`);
        context.report({
          span: bound.argument.nameSpan,
          message:
            `PowerShell refuses ${cmdlet.name} with "Parameter cannot be processed because the parameter name '${written}' is ambiguous. Possible matches include: ${names.join(' ')}". ` +
            `Write the full name of the parameter you mean.`,
        });
      }
    }
  },
});

/**
 * The candidates the abbreviation hits on the target; undefined when it names at most one there.
 * Without a target, only an abbreviation that is ambiguous in every version of the cmdlet is
 * reported: one that is unique in some version is right for the scripts written for it.
 */
function ambiguousFor(cmdlet: Cmdlet, candidates: readonly CmdletParameter[], target: ExchangeVersion): readonly CmdletParameter[] | undefined {
  const on = (version: ExchangeTarget) => candidates.filter((candidate) => cmdlet.parameterAvailability(candidate, version) !== 'no');
  if (target !== 'any') {
    const there = on(target);
    return there.length > 1 ? there : undefined;
  }
  const versions = cmdlet.targets.length > 0 ? cmdlet.targets : TARGET_ORDER;
  return versions.every((version) => on(version).length > 1) ? candidates : undefined;
}
