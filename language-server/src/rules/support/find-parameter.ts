// Finding a parameter the way PowerShell binds it: the full name or an abbreviation of it. A rule
// gives the shortest abbreviation that is unambiguous among the cmdlet's parameters, because
// `CommandView.parameter()` also matches one-letter prefixes that PowerShell would refuse or bind
// to another parameter (`-S` on New-ExchangeCertificate could be -Server, -Services, -SubjectName).
import type { ArgumentValue, CommandView, ParameterArgument } from '../../powershell/types.js';

export interface ParameterName {
  /** The full name, e.g. `DomainName`. */
  readonly name: string;
  /** The shortest abbreviation PowerShell accepts for it on this cmdlet; defaults to the full name. */
  readonly shortest?: number;
  /** Other names the parameter answers to (PowerShell aliases), matched in full. */
  readonly aliases?: readonly string[];
}

/** The last parameter written as `name`, an allowed abbreviation of it, or an alias. */
export function findParameter(command: CommandView, parameter: ParameterName | string): ParameterArgument | undefined {
  const { name, shortest = name.length, aliases = [] } = typeof parameter === 'string' ? { name: parameter } : parameter;
  const full = name.toLowerCase();
  const alternatives = aliases.map((alias) => alias.toLowerCase());
  let found: ParameterArgument | undefined;
  for (const candidate of command.parameters) {
    const written = candidate.name.toLowerCase();
    if ((written.length >= shortest && full.startsWith(written)) || alternatives.includes(written)) found = candidate;
  }
  return found;
}

export interface PositionalParameter extends ParameterName {
  /** False for a parameter that can only be named. */
  readonly positional?: boolean;
}

/**
 * The values of parameters that may also be given by position, in their position order
 * (`Set-ItemProperty [-Path] [-Name] [-Value]`): a named one wins, otherwise the next unnamed
 * argument binds to it, as PowerShell does.
 */
export function bindArguments(command: CommandView, parameters: readonly PositionalParameter[]): Map<string, ArgumentValue> {
  const bound = new Map<string, ArgumentValue>();
  let next = 0;
  for (const parameter of parameters) {
    const named = findParameter(command, parameter);
    if (named) {
      if (named.value) bound.set(parameter.name, named.value);
      continue;
    }
    if (parameter.positional === false) continue;
    const value = command.positional[next++];
    if (value) bound.set(parameter.name, value);
  }
  return bound;
}
