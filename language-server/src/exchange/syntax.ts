// A parameter set written the way `Get-Command -Syntax` and the reference write it:
// `Set-Mailbox [-Identity] <MailboxIdParameter> [-Name <String>] [<CommonParameters>]`. Hover shows
// it wrapped in a code block; signature help needs each parameter's place in the line.
import type { Cmdlet, ParameterSet, SetParameter } from './model/cmdlet.js';

export interface SyntaxParameter {
  readonly entry: SetParameter;
  /** UTF-16 offsets of the parameter's part of `text`. */
  readonly start: number;
  readonly end: number;
}

export interface SetSyntax {
  readonly text: string;
  /** In the set's order (the order of the reference's SYNTAX block). */
  readonly parameters: readonly SyntaxParameter[];
}

export const COMMON_PARAMETERS_SYNTAX = '[<CommonParameters>]';
/** Continuation lines of a wrapped syntax start with this. */
const INDENT = '    ';

/** `[-Identity] <T>` when positional; `[…]` around it when optional; no `<T>` for a switch. */
export function parameterSyntax(entry: SetParameter): string {
  const { parameter, mandatory, position } = entry;
  const name = position === undefined ? `-${parameter.name}` : `[-${parameter.name}]`;
  const written = parameter.switch ? name : `${name} <${parameter.type}>`;
  return mandatory ? written : `[${written}]`;
}

/**
 * The set as one line, or wrapped before a parameter that would pass `width` columns (a
 * parameter longer than the width gets a line of its own; nothing is ever cut).
 */
export function setSyntax(cmdlet: Cmdlet, set: ParameterSet, width = Number.POSITIVE_INFINITY): SetSyntax {
  let text = cmdlet.name;
  let lineStart = 0;
  const parameters: SyntaxParameter[] = [];
  const append = (part: string): number => {
    if (text.length - lineStart + 1 + part.length > width) {
      lineStart = text.length + 1;
      text += `\n${INDENT}`;
    } else {
      text += ' ';
    }
    const start = text.length;
    text += part;
    return start;
  };
  for (const entry of set.parameters) {
    const part = parameterSyntax(entry);
    const start = append(part);
    parameters.push({ entry, start, end: start + part.length });
  }
  append(COMMON_PARAMETERS_SYNTAX);
  return { text, parameters };
}
