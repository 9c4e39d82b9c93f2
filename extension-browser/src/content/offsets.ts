// A range of a block's whole text (what a parser saw) as ranges of the text nodes it is made of:
// a PowerShell finding can start in one highlighted span and end in another.

export interface NodeRange {
  /** Index of the text in the list. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

export function mapRange(texts: readonly string[], start: number, end: number): NodeRange[] {
  const ranges: NodeRange[] = [];
  let base = 0;
  texts.forEach((text, index) => {
    const from = Math.max(start, base);
    const to = Math.min(end, base + text.length);
    if (from < to) ranges.push({ index, start: from - base, end: to - base });
    base += text.length;
  });
  return ranges;
}
