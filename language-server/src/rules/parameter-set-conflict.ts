import type { BoundParameter } from '../exchange/bind.js';
import { defineRule } from './rule.js';
import { exchangeBindings } from './support/exchange-bindings.js';

export default defineRule({
  meta: {
    id: 'parameter-set-conflict',
    description: 'Named parameters of an Exchange cmdlet that belong to different parameter sets, so PowerShell cannot choose one and runs nothing.',
    severity: 'error',
    entries: ['parameter-set-cannot-be-resolved'],
    fixable: false,
  },
  check(context) {
    // The reference starts at Exchange 2010: the sets of 2007's cmdlets are not known.
    if (context.settings.exchangeVersion === '2007') return;
    for (const binding of exchangeBindings(context)) {
      // A splat nobody can read only adds parameters, which can only narrow the sets further, so
      // a conflict among the written ones stands.
      if (binding.cmdlet.sets.length === 0 || binding.namedSets.length > 0) continue;
      const conflict = firstConflict(binding.parameters);
      if (!conflict) continue;
      const { later, earlier } = conflict;
      const name = `-${later.parameter.name}`;
      const others = earlier.map((bound) => `-${bound.parameter.name}`);
      context.report({
        span: later.bound.argument.nameSpan,
        message:
          `${binding.cmdlet.name} stops with "Parameter set cannot be resolved using the specified named parameters" because ${name} (${setList(later.parameter.sets)}) ` +
          `${earlier.length === 1 ? `cannot be used with ${others[0]} (${setList(earlier[0]!.parameter.sets)})` : `cannot be used with ${others.join(' and ')} together`}. ` +
          `Keep the parameters of one set and drop the others, or run ${binding.cmdlet.name} once for each.`,
        related: earlier.map((bound) => ({ span: bound.bound.argument.nameSpan, message: `-${bound.parameter.name} is in ${setList(bound.parameter.sets)}.` })),
      });
    }
  },
});

interface Narrowing {
  readonly bound: BoundParameter;
  readonly parameter: NonNullable<BoundParameter['parameter']>;
}

/**
 * The first parameter, in source order, after which no set is left, and the earlier ones it
 * clashes with: one that shares no set with it when there is one, else all of them.
 */
function firstConflict(parameters: readonly BoundParameter[]): { later: Narrowing; earlier: Narrowing[] } | undefined {
  const narrowing: Narrowing[] = parameters.flatMap((bound) =>
    bound.parameter && !bound.parameter.common && bound.parameter.sets.length > 0 ? [{ bound, parameter: bound.parameter }] : [],
  );
  let remaining: readonly string[] | undefined;
  const seen: Narrowing[] = [];
  for (const entry of narrowing) {
    const next: readonly string[] = remaining ? remaining.filter((set) => entry.parameter.sets.includes(set)) : entry.parameter.sets;
    if (next.length === 0) {
      const disjoint = seen.find((earlier) => !earlier.parameter.sets.some((set) => entry.parameter.sets.includes(set)));
      const earlier = disjoint ? [disjoint] : distinct(seen).filter((other) => other.parameter !== entry.parameter);
      return { later: entry, earlier };
    }
    remaining = next;
    seen.push(entry);
  }
  return undefined;
}

function distinct(entries: readonly Narrowing[]): Narrowing[] {
  const seen = new Set<Narrowing['parameter']>();
  return entries.filter((entry) => !seen.has(entry.parameter) && seen.add(entry.parameter));
}

function setList(sets: readonly string[]): string {
  if (sets.length === 1) return `set ${sets[0]}`;
  return sets.length <= 3 ? `sets ${sets.join(', ')}` : `sets ${sets.slice(0, 3).join(', ')} and ${sets.length - 3} more`;
}
