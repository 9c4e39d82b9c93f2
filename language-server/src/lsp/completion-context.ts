// What is being typed at the cursor: a command name where a command starts, a parameter of the
// command at the cursor after `-`, or a value after `-Param `, `-Param:` or a comma of a value list.
// Nothing in comments and strings (a `$( )` in a string is code again).
import type { ParsedScript } from '../powershell/types.js';
import { isInCode } from './code-position.js';
import { commandBefore, type CommandAtCursor } from './command-at.js';

export type CompletionContext =
  | { readonly kind: 'command'; readonly start: number; readonly prefix: string }
  | { readonly kind: 'parameter'; readonly start: number; readonly prefix: string; readonly command: CommandAtCursor }
  | {
      readonly kind: 'value';
      readonly start: number;
      readonly prefix: string;
      readonly command: CommandAtCursor;
      /** As written, without the dash (`AccessRights`, `acc`). */
      readonly parameter: string;
      /** `-Param:value`: how a switch takes `$true`/`$false`. */
      readonly colon: boolean;
      /** Values already in the comma list before this one. */
      readonly listed: readonly string[];
    };

const WORD_CHARACTER = /[\w-]/;
/** Characters after which a new command starts. */
const COMMAND_START = /[|;{(=&\n\r]/;
/** `-Name` or `-Name:` right before `end` (after any blanks), preceded by a blank. */
const PARAMETER_BEFORE = /(?:^|[\s(])-([A-Za-z_][\w]*)(:?)[ \t]*$/;
const LIST_ITEM_BEFORE = /([\w.$'"-]+)[ \t]*,[ \t]*$/;

export function completionContext(script: ParsedScript, offset: number): CompletionContext | undefined {
  if (!isInCode(script, offset)) return undefined;
  const { text } = script;
  let start = offset;
  while (start > 0 && WORD_CHARACTER.test(text.charAt(start - 1))) start--;
  const word = text.slice(start, offset);
  if (word.startsWith('-')) {
    if (start > 0 && !/\s/.test(text.charAt(start - 1))) return undefined;
    const command = commandBefore(script, start);
    return command ? { kind: 'parameter', start, prefix: word.slice(1), command } : undefined;
  }
  const before = text.slice(0, start).replace(/(?:[ \t]|`\r?\n)+$/, '');
  if (before === '' || COMMAND_START.test(before.charAt(before.length - 1))) return { kind: 'command', start, prefix: word };
  return valueContext(script, start, offset);
}

/** `-AccessRights Rev¦`, `-Confirm:¦`, `-AccessRights ReadItems,Cre¦`. */
function valueContext(script: ParsedScript, wordStart: number, offset: number): CompletionContext | undefined {
  const { text } = script;
  const start = text.charAt(wordStart - 1) === '$' ? wordStart - 1 : wordStart;
  const listed: string[] = [];
  let end = start;
  for (;;) {
    const item = LIST_ITEM_BEFORE.exec(text.slice(Math.max(0, end - 200), end));
    if (!item) break;
    listed.unshift(item[1]!.replace(/^['"]|['"]$/g, ''));
    end -= item[0].length;
  }
  const sliceStart = Math.max(0, end - 300);
  // Continued lines are blanks here; the replacement keeps every offset.
  const lineBefore = text.slice(sliceStart, end).replace(/`\r?\n/g, (continuation) => ' '.repeat(continuation.length));
  const parameter = PARAMETER_BEFORE.exec(lineBefore);
  if (!parameter) return undefined;
  const colon = parameter[2] === ':';
  if (!colon && end === start && !/[ \t]/.test(text.charAt(start - 1))) return undefined;
  const nameStart = sliceStart + parameter.index + (parameter[0].startsWith('-') ? 0 : 1);
  const command = commandBefore(script, nameStart);
  if (!command) return undefined;
  return { kind: 'value', start, prefix: text.slice(start, offset), command, parameter: parameter[1]!, colon, listed };
}
