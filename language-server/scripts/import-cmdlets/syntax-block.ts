// One SYNTAX block of a reference page, in PowerShell's syntax-diagram notation:
//   Set-Thing [-Identity] <T>        positional, mandatory      -Name <T>      named, mandatory
//             [[-Identity] <T>]      positional, optional       [-Name <T>]    named, optional
//             -Force                 switch, mandatory          [-Force]       switch, optional
//             [<CommonParameters>]   ignored
// The block is tokenised and its brackets matched, so a parameter may sit anywhere on any line.
// Slips (a missing `<` or `-`, a stray `]`) are reported and read the way they were meant.

import { COMMON_PARAMETERS } from '../../src/exchange/model/common-parameters.js';
import type { LineProblem } from './problems.js';

export interface SyntaxParameter {
  /** Without the dash, as the block writes it. */
  readonly name: string;
  /** The `<T>` after the name; absent for a switch. */
  readonly type?: string;
  readonly mandatory: boolean;
  readonly positional: boolean;
  /** 1-based page line. */
  readonly line: number;
}

export interface SyntaxBlock {
  /** The command the block starts with. */
  readonly cmdlet: string;
  readonly parameters: readonly SyntaxParameter[];
}

export interface SyntaxBlockResult {
  readonly block: SyntaxBlock;
  readonly problems: LineProblem[];
}

interface OpenToken {
  readonly kind: 'open';
  readonly line: number;
}
interface CloseToken {
  readonly kind: 'close';
  readonly line: number;
}
interface TextToken {
  readonly kind: 'name' | 'type' | 'word';
  readonly text: string;
  readonly line: number;
}
type Token = OpenToken | CloseToken | TextToken;
interface Group {
  readonly kind: 'group';
  readonly items: Item[];
  readonly line: number;
}
type Item = TextToken | Group;

const COMMON_NAMES = new Set(COMMON_PARAMETERS.map((parameter) => parameter.name.toLowerCase()));
const NAME_CHAR = /[A-Za-z0-9_]/;
const WORD_END = /[\s[\]<>]/;

/** `firstLine` is the page line of the block's first text line (the one after the fence). */
export function parseSyntaxBlock(text: string, firstLine: number): SyntaxBlockResult {
  const problems: LineProblem[] = [];
  const report = (line: number, message: string) => problems.push({ line, kind: 'syntax', message });
  const tokens = tokenize(text, firstLine, report);

  const first = tokens[0];
  let cmdlet = '';
  if (first?.kind === 'word') {
    cmdlet = first.text;
    tokens.shift();
  } else {
    report(first?.line ?? firstLine, 'the block does not start with the cmdlet name');
  }

  const parameters: SyntaxParameter[] = [];
  const seen = new Set<string>();
  const add = (parameter: SyntaxParameter) => {
    const key = parameter.name.toLowerCase();
    if (COMMON_NAMES.has(key)) {
      report(parameter.line, `-${parameter.name} is a common parameter; it is not listed in the model`);
    } else if (seen.has(key)) {
      report(parameter.line, `-${parameter.name} appears twice in the block; the first is used`);
    } else {
      seen.add(key);
      parameters.push(parameter);
    }
  };
  interpret(group(tokens, firstLine, report), false, add, report);
  return { block: { cmdlet, parameters }, problems };
}

function tokenize(text: string, firstLine: number, report: (line: number, message: string) => void): Token[] {
  const tokens: Token[] = [];
  let line = firstLine;
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '\n') {
      line++;
      index++;
    } else if (/\s/.test(char)) {
      index++;
    } else if (char === '[' || char === ']') {
      tokens.push(char === '[' ? { kind: 'open', line } : { kind: 'close', line });
      index++;
    } else if (char === '<') {
      // A type ends at its `>` (`<Byte[]>` has brackets of its own); a slip without one ends at
      // the `]` that closes the parameter, or the line's end.
      let end = index + 1;
      for (let depth = 0; end < text.length; end++) {
        const inType = text[end] as string;
        if (inType === '>' || inType === '\n' || (inType === ']' && depth === 0)) break;
        if (inType === '[') depth++;
        if (inType === ']') depth--;
      }
      const type = text.slice(index + 1, end).trim();
      if (text[end] === '>') end++;
      else report(line, `the type "<${type}" has no closing ">"`);
      tokens.push({ kind: 'type', text: type, line });
      index = end;
    } else if (char === '>') {
      report(line, 'a stray ">"');
      index++;
    } else if (char === '-' && NAME_CHAR.test(text[index + 1] ?? '')) {
      let end = index + 1;
      while (end < text.length && NAME_CHAR.test(text[end] as string)) end++;
      tokens.push({ kind: 'name', text: text.slice(index + 1, end), line });
      index = end;
    } else {
      let end = index;
      while (end < text.length && !WORD_END.test(text[end] as string)) end++;
      const word = text.slice(index, end);
      if (text[end] === '>') {
        report(line, `the type "${word}>" has no opening "<"`);
        tokens.push({ kind: 'type', text: word, line });
        end++;
      } else {
        tokens.push({ kind: 'word', text: word, line });
      }
      index = end;
    }
  }
  return tokens;
}

/** Matches the brackets; an unmatched `]` is dropped and an unclosed `[` closed at the end. */
function group(tokens: readonly Token[], firstLine: number, report: (line: number, message: string) => void): Item[] {
  const root: Group = { kind: 'group', items: [], line: firstLine };
  const stack: Group[] = [root];
  for (const token of tokens) {
    const top = stack[stack.length - 1] as Group;
    if (token.kind === 'open') {
      const opened: Group = { kind: 'group', items: [], line: token.line };
      top.items.push(opened);
      stack.push(opened);
    } else if (token.kind === 'close') {
      if (stack.length > 1) stack.pop();
      else report(token.line, 'a "]" without its "["');
    } else {
      top.items.push(token);
    }
  }
  for (const unclosed of stack.slice(1)) report(unclosed.line, 'a "[" that is never closed');
  return root.items;
}

function interpret(items: readonly Item[], optional: boolean, add: (parameter: SyntaxParameter) => void, report: (line: number, message: string) => void): void {
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Item;
    const next = items[index + 1];
    const typeAfter = next?.kind === 'type' ? next.text : undefined;
    if (item.kind === 'group') {
      const [only, ...rest] = item.items;
      if (only?.kind === 'name' && rest.length === 0 && typeAfter !== undefined) {
        // `[-Name] <T>`: the name may be left out, so the value is positional.
        add({ name: only.text, type: typeAfter, mandatory: !optional, positional: true, line: only.line });
        index++;
      } else if (only?.kind === 'type' && rest.length === 0 && only.text === 'CommonParameters') {
        // `[<CommonParameters>]`
      } else if (only?.kind === 'group' && rest.length === 0 && nameAndType(only.items)) {
        // `[[-Name <T>]]` is `[[-Name] <T>]` with its first `]` misplaced: the yaml gives these a position.
        const [name, type] = nameAndType(only.items) as [TextToken, TextToken];
        report(name.line, `"[[-${name.text} <${type.text}>]]" read as "[[-${name.text}] <${type.text}>]"`);
        add({ name: name.text, type: type.text, mandatory: false, positional: true, line: name.line });
      } else {
        interpret(item.items, true, add, report);
      }
    } else if (item.kind === 'name') {
      if (typeAfter !== undefined) index++;
      add({ name: item.text, ...(typeAfter !== undefined ? { type: typeAfter } : {}), mandatory: !optional, positional: false, line: item.line });
    } else if (item.kind === 'word' && typeAfter !== undefined && /^[A-Za-z]\w*$/.test(item.text)) {
      report(item.line, `"${item.text} <${typeAfter}>" lacks the "-" before the parameter name`);
      add({ name: item.text, type: typeAfter, mandatory: !optional, positional: false, line: item.line });
      index++;
    } else if (item.kind === 'word') {
      report(item.line, `"${item.text}" is not part of the syntax notation; ignored`);
    } else {
      report(item.line, `the type <${item.text}> follows no parameter; ignored`);
    }
  }
}

function nameAndType(items: readonly Item[]): [TextToken, TextToken] | undefined {
  const [name, type] = items;
  return items.length === 2 && name?.kind === 'name' && type?.kind === 'type' ? [name, type] : undefined;
}
