// Cutting page text into `scan` requests: a huge text node becomes pieces (cut at whitespace so a
// code is not split), pieces are grouped into batches small enough for one cheap message and
// always inside the background's LIMITS.
import { LIMITS } from '../shared/messages.js';

/** One piece of a source text; `offset` is where it starts in the source. */
export interface Piece {
  readonly source: number;
  readonly offset: number;
  readonly text: string;
}

export interface BatchLimits {
  /** Characters per piece, and per batch. */
  readonly pieceChars: number;
  readonly batchChars: number;
  readonly batchTexts: number;
}

/** Well under LIMITS: one answer takes the background a few milliseconds. */
export const DEFAULT_BATCH_LIMITS: BatchLimits = {
  pieceChars: 50_000,
  batchChars: Math.min(200_000, LIMITS.scanChars),
  batchTexts: Math.min(500, LIMITS.scanTexts),
};

/** How far back from a hard cut we look for whitespace. */
const CUT_WINDOW = 200;

export function cutText(text: string, max: number): Array<{ offset: number; text: string }> {
  const pieces: Array<{ offset: number; text: string }> = [];
  let start = 0;
  while (text.length - start > max) {
    let end = start + max;
    const floor = Math.max(start + 1, end - CUT_WINDOW);
    while (end > floor && !/\s/.test(text[end - 1] ?? '')) end--;
    if (end === floor) end = start + max;
    pieces.push({ offset: start, text: text.slice(start, end) });
    start = end;
  }
  pieces.push({ offset: start, text: text.slice(start) });
  return pieces;
}

export function makeBatches(texts: readonly string[], limits: BatchLimits = DEFAULT_BATCH_LIMITS): Piece[][] {
  const batches: Piece[][] = [];
  let current: Piece[] = [];
  let chars = 0;
  texts.forEach((text, source) => {
    for (const piece of cutText(text, Math.min(limits.pieceChars, limits.batchChars))) {
      if (current.length > 0 && (current.length >= limits.batchTexts || chars + piece.text.length > limits.batchChars)) {
        batches.push(current);
        current = [];
        chars = 0;
      }
      current.push({ source, offset: piece.offset, text: piece.text });
      chars += piece.text.length;
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}
