// What "exkb: Look up selection" searches for: the selected text, or the word at the cursor, where
// an error code (`5.2.0`, `0x8004010F`, `STOREDRV.Deliver`, `KB953467`) or a cmdlet name counts as
// one word. Pure, so the cases are a table.

/** Longer selections (a whole NDR) are cut here: the search box is for a query, the paste box for a page. */
export const MAX_QUERY_LENGTH = 500;

/** Letters, digits and the punctuation inside codes and cmdlet names. */
const WORD = /[\p{L}\p{N}_.#-]+/gu;
/** Sentence punctuation around a word is not part of it (`5.7.1.` at the end of a sentence). */
const EDGES = /^[.#]+|[.#-]+$/g;

export interface LookUpSource {
  /** The selected text; empty when the selection is a cursor. */
  readonly selection: string;
  /** The cursor's line, and its UTF-16 column in that line. */
  readonly line: string;
  readonly character: number;
}

export function lookUpQuery({ selection, line, character }: LookUpSource): string {
  const selected = selection.replace(/\s+/g, ' ').trim();
  if (selected !== '') return selected.slice(0, MAX_QUERY_LENGTH).trim();
  for (const match of line.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    // A cursor just after a word (the usual place after double-click or typing) is on it.
    if (character >= start && character <= end) return match[0].replace(EDGES, '');
  }
  return '';
}
