import { enhancedStatus } from './enhanced-status.js';
import { eventId } from './event-id.js';
import { hex } from './hex.js';
import { httpStatus } from './http-status.js';
import { kbArticle } from './kb-article.js';
import { statusWord } from './status-word.js';
import type { FoundCode, Recogniser } from './types.js';

/** Every recogniser, most specific first: on overlap the earlier one wins. */
export const RECOGNISERS: readonly Recogniser[] = [enhancedStatus, statusWord, hex, eventId, httpStatus, kbArticle];

const PRIORITY = new Map(RECOGNISERS.map((recogniser, index) => [recogniser.kind, index]));

/**
 * All codes in `text`, in text order, without overlaps. Where two recognisers claim the same
 * characters, the longer match wins, then the more specific recogniser.
 */
export function findCodes(text: string): FoundCode[] {
  const all = RECOGNISERS.flatMap((recogniser) => recogniser.find(text));
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || (PRIORITY.get(a.kind) ?? 0) - (PRIORITY.get(b.kind) ?? 0));
  const kept: FoundCode[] = [];
  let coveredUntil = 0;
  for (const code of all) {
    if (code.start < coveredUntil) continue;
    kept.push(code);
    coveredUntil = code.end;
  }
  return kept;
}

/** The one code that `text` consists of (surrounding spaces aside), or undefined. Used for the `codes` field of entries. */
export function parseCode(text: string): FoundCode | undefined {
  const trimmed = text.trim();
  const codes = findCodes(trimmed);
  const only = codes[0];
  return codes.length === 1 && only !== undefined && only.start === 0 && only.end === trimmed.length ? only : undefined;
}
