/*
 * Ranges of enhanced status codes, as Microsoft's NDR tables write them: `5.7.900-999`,
 * `4.7.500-699`. Accepted spellings of the one range 5.7.900-999:
 *   `5.7.900-999`, `5.7.900–999` (en dash), `5.7.900 - 999`, `5.7.900-5.7.999`, `5.7.900 – 5.7.999`.
 * A shortened upper end (`-999`) must have as many digits as the lower detail, the way page ranges
 * are written, so `5.7.1 - 550` in an NDR sentence is never read as a range; the full form
 * (`5.1.1-5.1.20`) has no such limit. Both ends share class and subject, the lower end comes
 * first, and a range holds at least two codes. "5.7.900 through 5.7.999" stays two codes.
 */

/** One range of enhanced status codes: every `prefix.detail` with low ≤ detail ≤ high. */
export interface CodeRange {
  /** Class and subject, `5.7`. */
  prefix: string;
  low: number;
  high: number;
}

/** The highest detail RFC 3463 codes reach in Exchange (three digits). */
export const MAX_DETAIL = 999;

/** The range's canonical spelling and code-map key: `5.7.900-999`. */
export function rangeKey(range: CodeRange): string {
  return `${range.prefix}.${range.low}-${range.high}`;
}

/** How many codes the range holds; narrower ranges describe a code more precisely. */
export function rangeWidth(range: CodeRange): number {
  return range.high - range.low + 1;
}

/** Hyphen, en dash, minus sign; spaces around it allowed (one line only). */
const DASH = String.raw`[ \t]*[-\u2013\u2212][ \t]*`;
const UPPER_END = new RegExp(String.raw`${DASH}(?:([245])\.([0-7])\.)?(\d{1,3})(?![\w\u2013\u2212-]|\.\d)`, 'y');

/** The upper end of a range written right after a code's detail at `index`, if a valid one is there. */
export function rangeEndAt(text: string, index: number, cls: string, subject: string, lowDetail: string): { range: CodeRange; end: number } | undefined {
  UPPER_END.lastIndex = index;
  const match = UPPER_END.exec(text);
  if (match === null) return undefined;
  const [whole, highClass, highSubject, highDetail = ''] = match;
  const full = highClass !== undefined;
  if (full && (highClass !== cls || Number(highSubject) !== Number(subject))) return undefined;
  if (!full && highDetail.length !== lowDetail.length) return undefined;
  const range = { prefix: `${cls}.${Number(subject)}`, low: Number(lowDetail), high: Number(highDetail) };
  if (range.high <= range.low) return undefined;
  return { range, end: index + whole.length };
}

/** `5.7.950` → its prefix and detail; undefined for anything that is not one enhanced status code. */
export function splitEnhancedCode(normalized: string): { prefix: string; detail: number } | undefined {
  const match = /^([245]\.[0-7])\.(\d{1,3})$/.exec(normalized);
  return match === null ? undefined : { prefix: match[1] ?? '', detail: Number(match[2]) };
}

const ATTEMPTED_RANGE = /^(?:#?[245]\d\d[ -])?\s*([245])\.(\d)\.(\d{1,3})\s*([-\u2013\u2014\u2212]|\.\.|~)\s*(.*)$/s;

/**
 * Why `text`, which looks like an attempt at a code range, is not one; undefined when it does not
 * look like a range at all. Entry validation puts this in its message, so a reversed or
 * malformed range says what to write instead.
 */
export function rangeProblem(text: string): string | undefined {
  const match = ATTEMPTED_RANGE.exec(text.trim());
  if (match === null) return undefined;
  const [, cls = '', subject = '', lowDetail = '', dash = '', upper = ''] = match;
  const prefix = `${cls}.${Number(subject)}`;
  const low = Number(lowDetail);
  const upperMatch = /^(?:([245])\.(\d)\.)?(\d+)$/.exec(upper.trim());
  const example = `write it as ${prefix}.${low}-${Math.min(MAX_DETAIL, low < 100 ? low + 9 : low + 99)} or ${prefix}.${low}-${prefix}.${Math.min(MAX_DETAIL, low < 100 ? low + 9 : low + 99)}`;
  if (Number(subject) > 7) return `the range's subject ${subject} is not an enhanced status code subject (0 to 7)`;
  if (!/^[-\u2013\u2212]$/.test(dash)) return `write the range with a hyphen or an en dash, not "${dash}"; ${example}`;
  if (upperMatch === null) return `the upper end "${upper.trim()}" of the range is not a number or a code; ${example}`;
  const [, highClass, highSubject, highDetail = ''] = upperMatch;
  if (highClass !== undefined && `${highClass}.${Number(highSubject)}` !== prefix) {
    return `both ends of a range must share class and subject, but ${prefix}.${low} and ${highClass}.${Number(highSubject)}.${Number(highDetail)} do not`;
  }
  const high = Number(highDetail);
  if (high > MAX_DETAIL) return `the upper end ${high} is above ${MAX_DETAIL}, the highest detail of an enhanced status code`;
  if (highClass === undefined && highDetail.length !== lowDetail.length) {
    return `a shortened upper end needs as many digits as the lower one (${lowDetail}); write the full upper code, such as ${prefix}.${low}-${prefix}.${high}`;
  }
  if (high === low) return `the range ${prefix}.${low}-${high} holds a single code; write ${prefix}.${low}`;
  if (high < low) return `the range is reversed (${low} is above ${high}); write the lower end first: ${prefix}.${high}-${low}`;
  return undefined;
}

/**
 * Ranges sorted by prefix, then low end: for a code, the ranges that hold it, narrowest first.
 * Built once per knowledge base from the bundle's range list.
 */
export class RangeTable {
  private readonly ranges: readonly CodeRange[];

  constructor(ranges: readonly CodeRange[]) {
    this.ranges = [...ranges].sort(compareRanges);
  }

  /** The ranges holding the enhanced status code `normalized` (`5.7.950`), narrowest first. */
  containing(normalized: string): CodeRange[] {
    const code = splitEnhancedCode(normalized);
    if (code === undefined) return [];
    // The last range starting at or below the code; every earlier range of the prefix may still hold it.
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const range = this.ranges[mid] as CodeRange;
      if (range.prefix < code.prefix || (range.prefix === code.prefix && range.low <= code.detail)) lo = mid + 1;
      else hi = mid;
    }
    const holding: CodeRange[] = [];
    for (let index = lo - 1; index >= 0; index--) {
      const range = this.ranges[index] as CodeRange;
      if (range.prefix !== code.prefix) break;
      if (range.high >= code.detail) holding.push(range);
    }
    return holding.sort((a, b) => rangeWidth(a) - rangeWidth(b) || compareRanges(a, b));
  }
}

export function compareRanges(a: CodeRange, b: CodeRange): number {
  return a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : a.low - b.low || a.high - b.high;
}
