// The command whose arguments the cursor is among, and what the cmdlet model makes of the rest of
// that command: the parameters already given and the parameter sets still possible. Completion and
// signature help ask this; the element being typed is left out, so a half-written `-Ide` narrows
// nothing.
import { bindCommand, positionalBindings, type Binding } from '../exchange/bind.js';
import type { Cmdlet, CmdletParameter, ParameterSet } from '../exchange/model/cmdlet.js';
import type { CommandView, ParsedScript } from '../powershell/types.js';

export interface CommandAtCursor {
  /** Alias resolved (`gci` → `Get-ChildItem`). */
  readonly name: string;
  /** From the parse; absent when only the line's text shows the command (code being typed is often broken). */
  readonly command?: CommandView;
  /** Parameters written on it, without the dash, lower-case, the one being typed left out. */
  readonly written: readonly string[];
}

const CMDLET_NAME = /[A-Za-z]+-[A-Za-z][A-Za-z0-9]*/g;

/** The command whose arguments `start` is among (the last of a pipeline, the innermost when nested). */
export function commandBefore(script: ParsedScript, start: number): CommandAtCursor | undefined {
  let best: CommandView | undefined;
  for (const command of script.commands) {
    if (command.nameSpan.end > start) continue;
    const between = script.text.slice(command.span.end, start);
    const reaches = command.span.end >= start || /^(?:[ \t]|`\r?\n)*$/.test(between);
    if (reaches && (!best || command.nameSpan.start > best.nameSpan.start)) best = command;
  }
  if (best) {
    const command = withoutElementAt(best, start);
    return { name: command.canonical, command, written: command.parameters.map((parameter) => parameter.name.toLowerCase()) };
  }
  const lineStart = Math.max(script.text.lastIndexOf('\n', start - 1), script.text.lastIndexOf('\r', start - 1)) + 1;
  const statement = script.text.slice(lineStart, start).split(/[|;{(]/).at(-1) ?? '';
  const name = [...statement.matchAll(CMDLET_NAME)][0]?.[0];
  if (!name || !/^\s*[&.]?\s*$/.test(statement.slice(0, statement.indexOf(name)))) return undefined;
  const written = [...statement.matchAll(/(?<=\s)-([A-Za-z][A-Za-z0-9]*)/g)].map((match) => (match[1] ?? '').toLowerCase());
  return { name, written };
}

/** The command as PowerShell would see it without the parameter or argument that starts at `start`. */
function withoutElementAt(command: CommandView, start: number): CommandView {
  const parameters = command.parameters.filter((parameter) => parameter.splat !== undefined || parameter.nameSpan.start !== start);
  const positional = command.positional.filter((value) => value.span.start !== start);
  if (parameters.length === command.parameters.length && positional.length === command.positional.length) return command;
  return Object.create(command, { parameters: { value: parameters }, positional: { value: positional } }) as CommandView;
}

export interface CmdletCall {
  readonly cmdlet: Cmdlet;
  /** Absent for the text fallback. */
  readonly binding?: Binding;
  /** The parameters given, named or (in the first possible set) positionally. */
  readonly given: ReadonlySet<CmdletParameter>;
  /** The sets that can still take what is written; every set when nothing fits (the diagnostics say why). */
  readonly sets: readonly ParameterSet[];
}

export function cmdletCall(cmdlet: Cmdlet, at: CommandAtCursor, text: string): CmdletCall {
  if (!at.command) {
    const given = new Set(at.written.flatMap((written) => resolved(cmdlet, written) ?? []));
    let sets = cmdlet.sets;
    for (const parameter of given) if (!parameter.common && parameter.sets.length > 0) sets = sets.filter((set) => parameter.sets.includes(set.name));
    return { cmdlet, given, sets: sets.length > 0 ? sets : cmdlet.sets };
  }
  const binding = bindCommand(at.command, cmdlet, text);
  const sets = binding.sets.length > 0 ? binding.sets : binding.namedSets.length > 0 ? binding.namedSets : cmdlet.sets;
  const given = new Set(binding.parameters.flatMap((bound) => bound.parameter ?? []));
  if (sets[0]) for (const parameter of positionalBindings(binding, sets[0]).keys()) given.add(parameter);
  return { cmdlet, binding, given, sets };
}

function resolved(cmdlet: Cmdlet, written: string): CmdletParameter | undefined {
  const resolution = cmdlet.resolveParameter(written);
  return resolution.kind === 'unknown' || resolution.kind === 'ambiguous' ? undefined : resolution.parameter;
}
