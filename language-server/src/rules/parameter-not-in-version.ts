import type { BoundParameter } from '../exchange/bind.js';
import type { CmdletParameter } from '../exchange/model/cmdlet.js';
import { describeTargets, TARGET_NAMES, TARGET_ORDER, type ExchangeTarget } from '../exchange/model/targets.js';
import type { Span } from '../powershell/types.js';
import { defineRule } from './rule.js';
import { exchangeBindings } from './support/exchange-bindings.js';

const MAIN_ENTRY = 'exchange-parameter-not-found';
/** Removed parameters with a rule of their own that also renames them (outlook-anywhere-authentication-parameter). */
const OWN_RULE: ReadonlySet<string> = new Set(['externalauthenticationmethod']);

export default defineRule({
  meta: {
    id: 'parameter-not-in-version',
    description: 'A parameter the Exchange cmdlet has in other versions but not in the target version, with the versions that have it.',
    severity: 'error',
    entries: [MAIN_ENTRY],
    fixable: false,
    versions: TARGET_ORDER,
  },
  check(context) {
    const target = context.settings.exchangeVersion;
    if (target === 'any') return;
    for (const binding of exchangeBindings(context)) {
      const { cmdlet } = binding;
      // A cmdlet missing altogether is cmdlet-not-in-version's finding.
      if (cmdlet.availability(target) === 'no') continue;
      for (const bound of binding.parameters) {
        const { parameter } = bound;
        if (!parameter || cmdlet.parameterAvailability(parameter, target) !== 'no' || OWN_RULE.has(parameter.name.toLowerCase())) continue;
        const where = target === 'online' ? 'in' : 'on';
        context.report({
          span: spanOf(bound),
          message:
            `${why(parameter, cmdlet.name)}: ${where} ${TARGET_NAMES[target]} PowerShell refuses the command with "A parameter cannot be found that matches parameter name '${bound.argument.name}'". ` +
            instead(parameter, target),
          entries: [...new Set([...(parameter.absence?.entries ?? []), MAIN_ENTRY])],
        });
      }
    }
  },
});

function why(parameter: CmdletParameter, cmdlet: string): string {
  const where = parameter.targets.length > 0 ? describeTargets(parameter.targets) : 'no version exkb knows';
  const removedIn = parameter.absence?.removedIn;
  if (removedIn) return `-${parameter.name} of ${cmdlet} was removed in ${removedIn} (only ${where} had it)`;
  return `-${parameter.name} of ${cmdlet} exists only in ${where}`;
}

function instead(parameter: CmdletParameter, target: ExchangeTarget): string {
  const replacements = parameter.absence?.replacements ?? [];
  const note = parameter.absence?.note;
  const use = replacements.length > 0 ? `Use ${replacements.map((name) => `-${name}`).join(' or ')} instead.` : '';
  if (use || note) return [use, note].filter(Boolean).join(' ');
  return `Leave it out of the ${TARGET_NAMES[target]} version of the script.`;
}

/** The written parameter with its value; a splatted key alone, since the hashtable may serve other commands. */
function spanOf(bound: BoundParameter): Span {
  return bound.argument.splat ? bound.argument.nameSpan : { start: bound.argument.nameSpan.start, end: bound.argument.span.end };
}
