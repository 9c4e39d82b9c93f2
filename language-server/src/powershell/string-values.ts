// The value of a string literal or bareword as PowerShell sees it: quotes removed, doubled quotes
// and backtick escapes resolved. `$var` and `$(…)` stay as written (they need running).
import { isDoubleQuote, isNewline, isSingleQuote, isWhitespace } from './chars.js';
import type { StringQuote } from './ast.js';

const ESCAPES: Readonly<Record<string, string>> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

export function stringValue(text: string, start: number, end: number, quote: StringQuote): string {
  switch (quote) {
    case 'single':
      return singleQuoted(text, start + 1, closes(text, end, isSingleQuote, start) ? end - 1 : end);
    case 'double':
      return expandable(text, start + 1, closes(text, end, isDoubleQuote, start) ? end - 1 : end, true);
    case 'here-single': {
      const [from, to] = hereBody(text, start, end, isSingleQuote);
      return text.slice(from, to);
    }
    case 'here-double': {
      const [from, to] = hereBody(text, start, end, isDoubleQuote);
      return expandable(text, from, to, false);
    }
    case 'bare':
      return bareword(text, start, end);
  }
}

function closes(text: string, end: number, isQuote: (code: number) => boolean, start: number): boolean {
  return end - start >= 2 && isQuote(text.charCodeAt(end - 1));
}

function singleQuoted(text: string, from: number, to: number): string {
  let result = '';
  let chunk = from;
  for (let index = from; index < to; index++) {
    if (isSingleQuote(text.charCodeAt(index)) && index + 1 < to && isSingleQuote(text.charCodeAt(index + 1))) {
      result += text.slice(chunk, index + 1);
      index++;
      chunk = index + 1;
    }
  }
  return chunk === from ? text.slice(from, to) : result + text.slice(chunk, to);
}

/** Backtick escapes, and (inside `"…"`) doubled double quotes. */
function expandable(text: string, from: number, to: number, doubledQuotes: boolean): string {
  let result = '';
  let chunk = from;
  for (let index = from; index < to; index++) {
    const c = text.charCodeAt(index);
    if (c === 96 && index + 1 < to) {
      result += text.slice(chunk, index);
      const [value, length] = escape(text, index + 1, to);
      result += value;
      index += length;
      chunk = index + 1;
    } else if (doubledQuotes && isDoubleQuote(c) && index + 1 < to && isDoubleQuote(text.charCodeAt(index + 1))) {
      result += text.slice(chunk, index + 1);
      index++;
      chunk = index + 1;
    }
  }
  return chunk === from ? text.slice(from, to) : result + text.slice(chunk, to);
}

/** The character after a backtick: its value and how many characters it took. */
function escape(text: string, at: number, to: number): [string, number] {
  const c = text[at]!;
  if (c === 'u' && text[at + 1] === '{') {
    const close = text.indexOf('}', at + 2);
    if (close > 0 && close < to) {
      const code = Number.parseInt(text.slice(at + 2, close), 16);
      if (Number.isFinite(code) && code <= 0x10ffff) return [String.fromCodePoint(code), close - at + 1];
    }
  }
  return [ESCAPES[c] ?? c, 1];
}

function hereBody(text: string, start: number, end: number, isQuote: (code: number) => boolean): [number, number] {
  let from = start + 2;
  while (from < end && isWhitespace(text.charCodeAt(from))) from++;
  if (text.charCodeAt(from) === 13 && text.charCodeAt(from + 1) === 10) from += 2;
  else if (isNewline(text.charCodeAt(from))) from++;
  let to = end;
  if (end - 2 >= from && isQuote(text.charCodeAt(end - 2)) && text.charCodeAt(end - 1) === 64) {
    to = end - 2;
    if (to > from && text.charCodeAt(to - 1) === 10) to--;
    if (to > from && text.charCodeAt(to - 1) === 13) to--;
  }
  return [from, Math.max(from, to)];
}

/** A command-mode bareword: escapes resolved, quoted parts joined (`a'b c'` → `ab c`). */
function bareword(text: string, start: number, end: number): string {
  let plain = true;
  for (let index = start; index < end; index++) {
    const c = text.charCodeAt(index);
    if (c === 96 || isSingleQuote(c) || isDoubleQuote(c)) {
      plain = false;
      break;
    }
  }
  if (plain) return text.slice(start, end);
  let result = '';
  let index = start;
  while (index < end) {
    const c = text.charCodeAt(index);
    if (c === 96 && index + 1 < end) {
      const [value, length] = escape(text, index + 1, end);
      result += value;
      index += 1 + length;
    } else if (isSingleQuote(c)) {
      let close = index + 1;
      while (close < end && !(isSingleQuote(text.charCodeAt(close)) && !isSingleQuote(text.charCodeAt(close + 1)))) close += isSingleQuote(text.charCodeAt(close)) ? 2 : 1;
      result += singleQuoted(text, index + 1, Math.min(close, end));
      index = close + 1;
    } else if (isDoubleQuote(c)) {
      let close = index + 1;
      while (close < end && !(isDoubleQuote(text.charCodeAt(close)) && !isDoubleQuote(text.charCodeAt(close + 1)))) {
        close += text.charCodeAt(close) === 96 || isDoubleQuote(text.charCodeAt(close)) ? 2 : 1;
      }
      result += expandable(text, index + 1, Math.min(close, end), true);
      index = close + 1;
    } else {
      result += text[index];
      index++;
    }
  }
  return result;
}
