import type { CodeRange } from './code-range.js';

/** The kinds of error code exkb recognises in free text. */
export type CodeKind = 'enhanced-status' | 'status-word' | 'hex' | 'event-id' | 'http-status' | 'kb-article';

/** One code found in a text. Offsets are UTF-16 indices into the scanned text, end exclusive. */
export interface FoundCode {
  kind: CodeKind;
  /** The text as it appears, e.g. `#550 5.2.0 STOREDRV.Deliver`. */
  text: string;
  /** The canonical spelling, e.g. `5.2.0`, `0x8004010F`, `Event 9373`, `HTTP 440`, `KB953467`. */
  normalized: string;
  /**
   * Code-map keys this finding can be looked up by, most specific first. An enhanced status code
   * seen with its status word yields both (`5.2.0`, `storedrv.deliver`).
   */
  keys: string[];
  start: number;
  end: number;
  /** The SMTP reply code seen before an enhanced status code (`550`), when there was one. */
  reply?: string;
  /** Set when an enhanced status code is a range (`5.7.900-999`); `normalized` is then the range. */
  range?: CodeRange;
}

/** A recogniser finds one kind of code; it never throws and returns matches in text order. */
export interface Recogniser {
  kind: CodeKind;
  find(text: string): FoundCode[];
}

/** The code-map key of a normalised code: case folded, so `STOREDRV.Deliver` and `storedrv.deliver` meet. */
export function codeKey(normalized: string): string {
  return normalized.toLowerCase();
}
