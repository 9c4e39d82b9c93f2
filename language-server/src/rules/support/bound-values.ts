// The values a command gives the parameters of its cmdlet, however they are written: `-Name value`,
// `-Name:value`, a splatted key, or a positional argument. A positional argument counts only when
// every parameter set still possible binds it to the same parameter, so a rule never checks a
// value against a parameter PowerShell might not give it to.
import { positionalBindings, type BoundParameter, type Binding } from '../../exchange/bind.js';
import type { CmdletParameter } from '../../exchange/model/cmdlet.js';
import type { ArgumentValue } from '../../powershell/types.js';

export interface BoundValue {
  readonly parameter: CmdletParameter;
  /** As written: a variable stays a variable (`resolveValue` reads what it was assigned). */
  readonly value: ArgumentValue;
  /** The named argument the value belongs to; absent for a positional argument. */
  readonly bound?: BoundParameter;
}

export function boundValues(binding: Binding): BoundValue[] {
  const values: BoundValue[] = [];
  for (const bound of binding.parameters) {
    if (bound.parameter && bound.value) values.push({ parameter: bound.parameter, value: bound.value, bound });
  }
  for (const [value, parameter] of positionalTargets(binding)) values.push({ parameter, value });
  return values.sort((a, b) => a.value.span.start - b.value.span.start);
}

/** Positional arguments that bind to the same parameter in every set still possible. */
export function positionalTargets(binding: Binding): Map<ArgumentValue, CmdletParameter> {
  const targets = new Map<ArgumentValue, CmdletParameter>();
  if (binding.sets.length === 0 || binding.positional.length === 0) return targets;
  const perSet = binding.sets.map((set) => positionalBindings(binding, set));
  for (const value of binding.positional) {
    const parameters = new Set(perSet.map((bindings) => [...bindings].find(([, bound]) => bound === value)?.[0]));
    const [only] = parameters;
    if (parameters.size === 1 && only) targets.set(value, only);
  }
  return targets;
}
