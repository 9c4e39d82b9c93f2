// Text arbitraries shared by the fuzzers: hostile characters and code-like fragments, glued into
// strings, plus mutations of real text.
import fc from 'fast-check';

/** Every dash and quote PowerShell treats as its ASCII counterpart, and their ASCII forms. */
export const DASHES = ['-', '\u2013', '\u2014', '\u2015', '\u2010', '\u2011', '\u2012', '\u2212', '\uFE63', '\uFF0D'] as const;
export const QUOTES = ["'", '"', '\u2018', '\u2019', '\u201A', '\u201B', '\u201C', '\u201D', '\u201E', '`'] as const;
const AWKWARD = ['\0', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\uFEFF', '\u200B', '\u00A0', '\r', '\n', '\r\n', '\t', '\u2028', '\u2029', '#', '.', ' '] as const;
const CODE_FRAGMENTS = [
  '550 5.7.1', '5.7.1', '5.7.900-999', '5.7.900', '4.4.7', '5.2.0', '#550', '552', '0x8004010F', '0X8004010f', '8004010F', 'Event 9373',
  'Event ID 1000', 'EventID', 'KB953467', 'KB', 'HTTP 440', 'HTTP/1.1 401', '401 Unauthorized', 'STOREDRV.Deliver', 'SMTPSEND.DNS',
  'RESOLVER.ADR.RecipNotFound', 'storedrv', '999', '1000', '0x', '5.', '.7', '-', '..', '5.7.', '5.7.1-', '-999',
] as const;

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CODE_FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...DASHES, ...QUOTES, ...AWKWARD) },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9]{1,6}$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** Strings made of code-like fragments, awkward characters and arbitrary Unicode. */
export const codeLikeText: fc.Arbitrary<string> = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

/** Any UTF-16 text, lone surrogates included. */
export const anyText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 300 });

/** A long run of one fragment: what catastrophic backtracking would choke on. */
export const longRun: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('5.', '5.7.', '0x', '9', '-', '.', ' ', 'KB', 'Event ', 'STOREDRV.', '\0', '\u2013', '5.7.1-'), fc.integer({ min: 100, max: 5000 }), fc.constantFrom('', '5.7.1', 'x'))
  .map(([unit, count, tail]) => unit.repeat(count) + tail);

/** One edit of a text: cut it, drop or repeat a line, or insert something hostile. */
export type Edit =
  | { kind: 'truncate'; at: number }
  | { kind: 'drop-line'; at: number }
  | { kind: 'repeat-line'; at: number }
  | { kind: 'insert'; at: number; text: string };

export function editArbitrary(insertions: fc.Arbitrary<string>): fc.Arbitrary<Edit> {
  const at = fc.nat();
  return fc.oneof(
    at.map((position): Edit => ({ kind: 'truncate', at: position })),
    at.map((position): Edit => ({ kind: 'drop-line', at: position })),
    at.map((position): Edit => ({ kind: 'repeat-line', at: position })),
    fc.tuple(at, insertions).map(([position, text]): Edit => ({ kind: 'insert', at: position, text })),
  );
}

/** Applies edits in order; positions wrap around the current text, so every edit lands. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const edit of edits) {
    const offset = result.length === 0 ? 0 : edit.at % (result.length + 1);
    if (edit.kind === 'truncate') result = result.slice(0, offset);
    else if (edit.kind === 'insert') result = result.slice(0, offset) + edit.text + result.slice(offset);
    else {
      const lines = result.split('\n');
      const line = edit.at % lines.length;
      if (edit.kind === 'drop-line') lines.splice(line, 1);
      else lines.splice(line, 0, lines[line] ?? '');
      result = lines.join('\n');
    }
  }
  return result;
}
