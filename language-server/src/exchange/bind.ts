// Binds a command of the script to a cmdlet of the model the way PowerShell would: each written
// parameter resolved (exact, alias or unique prefix), switch/value pairing corrected with the
// model's types, positional arguments given to the positions of the sets that remain possible.
// Rules read the binding; they never redo the resolution.
import type { ArgumentValue, CommandView, ParameterArgument } from '../powershell/types.js';
import type { Cmdlet, CmdletParameter, ParameterResolution, ParameterSet, SetParameter } from './model/cmdlet.js';

export interface BoundParameter {
  readonly argument: ParameterArgument;
  readonly resolution: ParameterResolution;
  /** The parameter it names, when it names exactly one. */
  readonly parameter?: CmdletParameter;
  /** The value PowerShell binds to it (`-Name value`, `-Name:value`, or the value the parser left positional after a value parameter it took for a switch). */
  readonly value?: ArgumentValue;
  /** A switch written `-Confirm $false`: the value is not the switch's, it is a positional argument. */
  readonly strayValue?: ArgumentValue;
}

export interface Binding {
  readonly command: CommandView;
  readonly cmdlet: Cmdlet;
  readonly parameters: readonly BoundParameter[];
  /** Positional arguments as PowerShell sees them, in source order. */
  readonly positional: readonly ArgumentValue[];
  /** False when a splat could not be read: unknown parameters may be bound, so absence proves nothing. */
  readonly complete: boolean;
  /** The sets that contain every named parameter (all sets when none narrows them). */
  readonly namedSets: readonly ParameterSet[];
  /** Of `namedSets`, those with room for every positional argument. */
  readonly sets: readonly ParameterSet[];
  /** Parameters that may arrive from the pipeline because the command is fed by one. */
  readonly fromPipeline: boolean;
}

export function bindCommand(command: CommandView, cmdlet: Cmdlet, text: string): Binding {
  const positional = [...command.positional];
  const taken = new Set<ArgumentValue>();
  const parameters: BoundParameter[] = command.parameters.map((argument) => {
    const resolution = cmdlet.resolveParameter(argument.name);
    const parameter = resolution.kind === 'exact' || resolution.kind === 'alias' || resolution.kind === 'prefix' ? resolution.parameter : undefined;
    const bound: { -readonly [K in keyof BoundParameter]: BoundParameter[K] } = { argument, resolution };
    if (parameter) bound.parameter = parameter;
    if (argument.value) {
      if (parameter?.switch && !argument.colon && !argument.splat) {
        bound.strayValue = argument.value;
        positional.push(argument.value);
      } else {
        bound.value = argument.value;
      }
    } else if (parameter && !argument.splat && !argument.colon) {
      // The parser pairs only names it doesn't take for switches; the model knows better.
      const next = positional.find((value) => value.span.start >= argument.span.end && !taken.has(value));
      const adjacent = next && /^\s*$/.test(text.slice(argument.span.end, next.span.start).replace(/`\r?\n/g, ''));
      if (adjacent && !parameter.switch) {
        taken.add(next);
        bound.value = next;
      } else if (adjacent && next.kind === 'bool') {
        bound.strayValue = next;
      }
    }
    return bound;
  });
  const remaining = positional.filter((value) => !taken.has(value)).sort((a, b) => a.span.start - b.span.start);
  const namedSets = setsWithNamed(cmdlet, parameters);
  const boundByName = new Set(parameters.flatMap((bound) => (bound.parameter ? [bound.parameter] : [])));
  const sets = namedSets.filter((set) => positionalSlots(set, boundByName).length >= remaining.length);
  return {
    command,
    cmdlet,
    parameters,
    positional: remaining,
    complete: command.splats.every((splat) => splat.resolved),
    namedSets,
    sets,
    fromPipeline: command.pipelineIndex > 0,
  };
}

/** The positional parameters of a set not already bound by name, in binding order. */
export function positionalSlots(set: ParameterSet, boundByName: ReadonlySet<CmdletParameter>): SetParameter[] {
  return set.parameters
    .filter((entry) => entry.position !== undefined && !boundByName.has(entry.parameter))
    .sort((a, b) => a.position! - b.position!);
}

/** What each positional argument binds to in a set. */
export function positionalBindings(binding: Binding, set: ParameterSet): Map<CmdletParameter, ArgumentValue> {
  const boundByName = new Set(binding.parameters.flatMap((bound) => (bound.parameter ? [bound.parameter] : [])));
  const slots = positionalSlots(set, boundByName);
  const result = new Map<CmdletParameter, ArgumentValue>();
  binding.positional.forEach((value, index) => {
    const slot = slots[index];
    if (slot) result.set(slot.parameter, value);
  });
  return result;
}

/** Mandatory parameters of a set that nothing binds: not named, not positional, not from the pipeline. */
export function missingMandatory(binding: Binding, set: ParameterSet): CmdletParameter[] {
  const bound = new Set(binding.parameters.flatMap((entry) => (entry.parameter ? [entry.parameter] : [])));
  for (const parameter of positionalBindings(binding, set).keys()) bound.add(parameter);
  return set.parameters
    .filter((entry) => entry.mandatory && !bound.has(entry.parameter) && !(binding.fromPipeline && entry.parameter.pipeline))
    .map((entry) => entry.parameter);
}

function setsWithNamed(cmdlet: Cmdlet, parameters: readonly BoundParameter[]): ParameterSet[] {
  let sets = [...cmdlet.sets];
  for (const bound of parameters) {
    const parameter = bound.parameter;
    // Common parameters are in every set; a parameter no syntax block names can't narrow them.
    if (!parameter || parameter.common || parameter.sets.length === 0) continue;
    sets = sets.filter((set) => parameter.sets.includes(set.name));
  }
  return sets;
}
