// Reading argument values as rules need them: through a variable the script assigns once to a
// constant, arrays flattened to strings, and `undefined` whenever the value can't be known without
// running the script (so a rule that needs the value stays quiet).
import type { ArgumentValue, CommandView, ParameterArgument } from '../../powershell/types.js';

/** The value, or the constant a variable holds when the script assigns it exactly once. */
export function resolveValue(value: ArgumentValue | undefined): ArgumentValue | undefined {
  if (value?.kind === 'variable' && value.assigned) return value.assigned;
  return value;
}

/** A string, bareword or number known without running the script. */
export function constantString(value: ArgumentValue | undefined): string | undefined {
  const resolved = resolveValue(value);
  if (!resolved?.constant) return undefined;
  if ((resolved.kind === 'string' || resolved.kind === 'bareword') && resolved.string !== undefined) return resolved.string;
  if (resolved.kind === 'number') return resolved.text;
  return undefined;
}

/** Every string of a constant value, arrays flattened; `undefined` when any part is unknown. */
export function constantStrings(value: ArgumentValue | undefined): string[] | undefined {
  const resolved = resolveValue(value);
  if (!resolved?.constant) return undefined;
  if (resolved.kind === 'array') {
    const strings: string[] = [];
    for (const item of resolved.items ?? []) {
      const inner = constantStrings(item);
      if (!inner) return undefined;
      for (const string of inner) strings.push(string);
    }
    return strings;
  }
  const single = constantString(resolved);
  return single === undefined ? undefined : [single];
}

/**
 * The names in a constant list value, also when one string holds several
 * (`'ExchangeUsers, ExchangeServers'` binds to a flags enum just like the array).
 */
export function constantNames(value: ArgumentValue | undefined): string[] | undefined {
  return constantStrings(value)
    ?.flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}

/** `$true` / `$false`, directly or through a variable assigned once. */
export function constantBool(value: ArgumentValue | undefined): boolean | undefined {
  const resolved = resolveValue(value);
  return resolved?.kind === 'bool' && resolved.constant ? resolved.bool : undefined;
}

/** A switch is on when written bare or as `-Name:$true`; `-Name:$false` turns it off; unknown counts as on. */
export function switchIsOn(parameter: ParameterArgument | undefined): boolean {
  if (!parameter) return false;
  if (!parameter.value) return true;
  return constantBool(parameter.value) !== false;
}

/**
 * The object a command acts on: `-Identity`, else its first positional argument. `undefined`
 * when neither is written (the object may come from the pipeline).
 */
export function identityArgument(command: CommandView): ArgumentValue | undefined {
  const named = command.parameter('Identity');
  if (named) return named.value;
  return command.positional[0];
}

/** How a message names an object: its constant name in double quotes, else `fallback` (`the group`). */
export function quotedName(value: ArgumentValue | undefined, fallback: string): string {
  const name = constantString(value);
  return name ? `"${name}"` : fallback;
}

/** Where a report about a parameter points: its value, or the parameter itself when it has none. */
export function argumentSpan(parameter: ParameterArgument): ParameterArgument['span'] {
  return parameter.value?.span ?? parameter.span;
}

/** True when every splat of the command was found, so `parameters` is complete. */
export function parametersAreKnown(command: CommandView): boolean {
  return command.splats.every((splat) => splat.resolved);
}
