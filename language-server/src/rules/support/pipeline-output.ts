// Whether a command's output is put to use (piped on, assigned, looped over, passed as an argument)
// rather than only printed, where Exchange's warnings would at least be seen.
import type { CommandView } from '../../powershell/types.js';

/** `$x =`, `$x +=`, `(`, `$(`, `@(`, `foreach ($x in`, `return`, `,` right before the pipeline. */
const CONSUMED_BEFORE = /(?:[=(,]|\bin|\breturn)\s*$/i;

export function firstInPipeline(command: CommandView): CommandView {
  let first = command;
  while (first.previous) first = first.previous;
  return first;
}

export function outputIsUsed(command: CommandView, text: string): boolean {
  if (command.next) return true;
  const start = firstInPipeline(command).span.start;
  // Line continuations (backtick, newline) don't separate an assignment from its pipeline.
  const before = text.slice(Math.max(0, start - 200), start).replace(/`\r?\n/g, ' ');
  return CONSUMED_BEFORE.test(before);
}
