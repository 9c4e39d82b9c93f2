/**
 * A quick well-formedness check for PowerShell snippets in entries: strings, here-strings, block
 * comments and brackets must close. It is deliberately small; the language server's parser does
 * the full check once the linter runs over the knowledge base.
 */
import { countAtMost, lineStarts } from '../text-lines.js';

export interface SnippetProblem {
  /** 0-based line and column within the snippet. */
  line: number;
  column: number;
  message: string;
}

/** Enough to find the first; a pasted script with thousands of open brackets gets one summary line more. */
const MAX_UNCLOSED_REPORTED = 10;

const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);
const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E']);
const CLOSER_OF: Readonly<Record<string, string>> = { '{': '}', '(': ')', '[': ']' };
const OPENER_OF: Readonly<Record<string, string>> = { '}': '{', ')': '(', ']': '[' };

interface Open {
  char: string;
  offset: number;
  /** True for `$(` inside a double-quoted string: closing it returns to the string. */
  inString: boolean;
}

export function checkPowerShellSnippet(code: string): SnippetProblem[] {
  const stack: Open[] = [];
  const problems: SnippetProblem[] = [];
  let starts: number[] | undefined;
  // Line starts are computed once, when the first problem needs them: a snippet of 20,000 unclosed
  // brackets would otherwise walk the text from its start for each one.
  const position = (offset: number) => {
    starts ??= lineStarts(code);
    const line = countAtMost(starts, offset) - 1;
    return { line, column: offset - (starts[line] ?? 0) };
  };
  const at = (offset: number, message: string): SnippetProblem => ({ ...position(offset), message });
  let i = 0;
  let inDoubleString = false;
  let stringStart = 0;

  while (i < code.length) {
    const char = code[i] ?? '';
    if (inDoubleString) {
      if (char === '`') i += 2;
      else if (char === '$' && code[i + 1] === '(') {
        stack.push({ char: '(', offset: i + 1, inString: true });
        inDoubleString = false;
        i += 2;
      } else if (DOUBLE_QUOTES.has(char)) {
        if (DOUBLE_QUOTES.has(code[i + 1] ?? '')) i += 2;
        else {
          inDoubleString = false;
          i++;
        }
      } else i++;
      continue;
    }
    if (char === '`') {
      i += 2;
    } else if (char === '<' && code[i + 1] === '#') {
      const close = code.indexOf('#>', i + 2);
      if (close < 0) return [at(i, 'block comment <# is never closed with #>')];
      i = close + 2;
    } else if (char === '#' && startsToken(code, i)) {
      i = lineEnd(code, i);
    } else if (char === '@' && (SINGLE_QUOTES.has(code[i + 1] ?? '') || DOUBLE_QUOTES.has(code[i + 1] ?? '')) && restOfLineBlank(code, i + 2)) {
      const quote = SINGLE_QUOTES.has(code[i + 1] ?? '') ? SINGLE_QUOTES : DOUBLE_QUOTES;
      const close = findHereStringEnd(code, lineEnd(code, i), quote);
      if (close < 0) return [at(i, 'here-string is never closed: its closing quote and @ must start a line')];
      i = close + 2;
    } else if (SINGLE_QUOTES.has(char)) {
      const close = findSingleQuoteEnd(code, i + 1);
      if (close < 0) return [at(i, 'single-quoted string is never closed')];
      i = close + 1;
    } else if (DOUBLE_QUOTES.has(char)) {
      inDoubleString = true;
      stringStart = i;
      i++;
    } else if (CLOSER_OF[char] !== undefined) {
      stack.push({ char, offset: i, inString: false });
      i++;
    } else if (OPENER_OF[char] !== undefined) {
      const open = stack.pop();
      if (open === undefined) return [at(i, `'${char}' has no matching '${OPENER_OF[char]}'`)];
      if (open.char !== OPENER_OF[char]) return [at(i, `'${char}' closes '${open.char}' opened at line ${position(open.offset).line + 1}`)];
      if (open.inString) inDoubleString = true;
      i++;
    } else i++;
  }
  if (inDoubleString) problems.push(at(stringStart, 'double-quoted string is never closed'));
  for (const open of stack.slice(0, MAX_UNCLOSED_REPORTED)) problems.push(at(open.offset, `'${open.char}' is never closed with '${CLOSER_OF[open.char] ?? ''}'`));
  if (stack.length > MAX_UNCLOSED_REPORTED) problems.push(at(stack[MAX_UNCLOSED_REPORTED]?.offset ?? 0, `and ${stack.length - MAX_UNCLOSED_REPORTED} more brackets are never closed`));
  return problems;
}

/** `#` starts a comment only where a token may start: `a#b` is one word in PowerShell. */
function startsToken(code: string, index: number): boolean {
  const before = code[index - 1];
  return before === undefined || /[\s;({[|,=]/.test(before);
}

function lineEnd(code: string, index: number): number {
  const end = code.indexOf('\n', index);
  return end < 0 ? code.length : end;
}

function restOfLineBlank(code: string, index: number): boolean {
  return code.slice(index, lineEnd(code, index)).trim() === '';
}

function findHereStringEnd(code: string, from: number, quotes: ReadonlySet<string>): number {
  let lineStart = from + 1;
  while (lineStart < code.length) {
    let first = lineStart;
    while (code[first] === ' ' || code[first] === '\t') first++;
    if (quotes.has(code[first] ?? '') && code[first + 1] === '@') return first;
    lineStart = lineEnd(code, lineStart) + 1;
  }
  return -1;
}

function findSingleQuoteEnd(code: string, from: number): number {
  for (let i = from; i < code.length; i++) {
    if (SINGLE_QUOTES.has(code[i] ?? '')) {
      if (SINGLE_QUOTES.has(code[i + 1] ?? '')) i++;
      else return i;
    }
  }
  return -1;
}
