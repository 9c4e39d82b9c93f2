// The characters of a quoted or bareword argument as they stand in the script, so a rule can point
// at, or rewrite, part of a value (`http` in `'http://mail.contoso.com/owa'`).
import type { ArgumentValue, Span } from '../../powershell/types.js';

// PowerShell also accepts typographic quotes, as Word and web pages produce them.
const SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";
const DOUBLE_QUOTES = '"\u201C\u201D\u201E';

export interface LiteralText {
  /** The characters between the quotes (or the whole bareword), exactly as written. */
  readonly raw: string;
  /** The script offset of `raw[0]`. */
  readonly start: number;
  readonly quote: 'single' | 'double' | 'none';
  /** True when `raw` is the value itself: no escapes or doubled quotes, so offsets in `raw` are offsets in the value. */
  readonly verbatim: boolean;
  /** True when the value contains variables or subexpressions (double-quoted or bareword `$`). */
  readonly expandable: boolean;
}

/** A string or bareword argument's text; `undefined` for other kinds and here-strings. */
export function literalText(value: ArgumentValue | undefined): LiteralText | undefined {
  if (!value || (value.kind !== 'string' && value.kind !== 'bareword')) return undefined;
  const { text } = value;
  const first = text.charAt(0);
  if (first === '@') return undefined;
  const quote = SINGLE_QUOTES.includes(first) ? 'single' : DOUBLE_QUOTES.includes(first) ? 'double' : 'none';
  if (quote === 'none') {
    return { raw: text, start: value.span.start, quote, verbatim: !text.includes('`'), expandable: text.includes('$') };
  }
  const quotes = quote === 'single' ? SINGLE_QUOTES : DOUBLE_QUOTES;
  const closed = text.length >= 2 && quotes.includes(text.charAt(text.length - 1));
  const raw = text.slice(1, closed ? -1 : undefined);
  const hasQuote = [...raw].some((char) => quotes.includes(char));
  const verbatim = !hasQuote && (quote === 'single' || !raw.includes('`'));
  return { raw, start: value.span.start + 1, quote, verbatim, expandable: quote === 'double' && raw.includes('$') };
}

/** The script span of `raw.slice(from, to)`. */
export function spanIn(literal: LiteralText, from: number, to: number): Span {
  return { start: literal.start + from, end: literal.start + to };
}

/** The script span of the whole of `raw`. */
export function rawSpan(literal: LiteralText): Span {
  return spanIn(literal, 0, literal.raw.length);
}

/** A new list item written the way `like` is written: quoted with its quote character, or bare. */
export function quoteLike(like: LiteralText | undefined, text: string): string {
  if (!like || like.quote === 'none') return text;
  return like.quote === 'single' ? `'${text}'` : `"${text}"`;
}
