// Splitting one text into plain runs and marked runs, from ranges found in it. Ranges that
// overlap an earlier one or fall outside the text are dropped: a mark never nests in a mark.

export interface Range<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

export type Segment<T> = { readonly text: string; readonly value?: undefined } | { readonly text: string; readonly value: T };

export function splitSegments<T>(text: string, ranges: readonly Range<T>[]): Segment<T>[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<T>[] = [];
  let at = 0;
  for (const range of sorted) {
    if (range.start < at || range.end <= range.start || range.end > text.length) continue;
    if (range.start > at) segments.push({ text: text.slice(at, range.start) });
    segments.push({ text: text.slice(range.start, range.end), value: range.value });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
