// The background's whole RPC surface: one request type per handler. Content scripts and the
// extension's pages send `{ type, params }` with `browser.runtime.sendMessage`; the background
// answers `{ ok: true, result }` or `{ ok: false, error }`. Params are checked on arrival
// (`isRequest`), because a content script runs beside page code and is not trusted blindly.
import type { Entry, Product } from '@exkb/knowledge';

/** Where an entry came from: the bundled knowledge base or the user's imported files. */
export type EntryOrigin = 'bundled' | 'imported';

export interface SearchHit {
  id: string;
  title: string;
  codes: string[];
  matchedCodes: string[];
  /** Ranges the entry lists (`5.7.900-999`) that hold a code of the query (`5.7.950`). */
  matchedRanges: string[];
  summary: string;
}

export interface EntryView extends Entry {
  origin: EntryOrigin;
}

/** One code found in one of the scanned texts, with the entries that match it (best first). */
export interface TextFinding {
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  /** The code's canonical spelling: `5.2.0`, `0x8004010F`, `Event 9373`, `KB953467`. */
  code: string;
  kind: string;
  entries: string[];
}

export interface ScanResult {
  /** `findings[i]` are the codes of `texts[i]`, in text order. */
  findings: TextFinding[][];
  /** Titles of every entry named in `findings`. */
  titles: Record<string, string>;
}

export interface Requests {
  search: { params: { query: string; limit?: number; products?: Product[] }; result: SearchHit[] };
  entry: { params: { id: string }; result: EntryView | null };
  scan: { params: { texts: string[] }; result: ScanResult };
}

export type RequestType = keyof Requests;
export type Request<T extends RequestType = RequestType> = { [K in T]: { type: K; params: Requests[K]['params'] } }[T];
export type Response<T extends RequestType> = { ok: true; result: Requests[T]['result'] } | { ok: false; error: string };

/** Caps that keep one message from a page cheap to answer. */
export const LIMITS = { queryLength: 2_000, searchResults: 50, scanTexts: 5_000, scanChars: 2_000_000, idLength: 200 } as const;

export function isRequest(message: unknown): message is Request {
  if (typeof message !== 'object' || message === null) return false;
  const { type, params } = message as { type?: unknown; params?: unknown };
  if (typeof params !== 'object' || params === null) return false;
  const p = params as Record<string, unknown>;
  switch (type) {
    case 'search':
      return typeof p.query === 'string' && p.query.length <= LIMITS.queryLength
        && (p.limit === undefined || (Number.isInteger(p.limit) && (p.limit as number) > 0 && (p.limit as number) <= LIMITS.searchResults))
        && (p.products === undefined || (Array.isArray(p.products) && p.products.every((product) => typeof product === 'string')));
    case 'entry':
      return typeof p.id === 'string' && p.id.length <= LIMITS.idLength;
    case 'scan': {
      if (!Array.isArray(p.texts) || p.texts.length > LIMITS.scanTexts) return false;
      let chars = 0;
      for (const text of p.texts) {
        if (typeof text !== 'string') return false;
        chars += text.length;
      }
      return chars <= LIMITS.scanChars;
    }
    default:
      return false;
  }
}

/**
 * Messages the extension's pages send to a tab's content script (not part of the background's
 * RPC): `rescan` asks it to scan now (an explicit request, which wins over a switched-off
 * built-in site); `status` asks where it runs and how far it got, answered with `PageStatus`.
 * The popup needs `status` where the browser hides the tab's URL (no activeTab grant).
 */
export const TAB_MESSAGES = { rescan: 'exkb-rescan', status: 'exkb-status' } as const;

export interface PageStatus {
  url: string;
  status: 'scanning' | 'idle' | 'off';
  marks: number;
}
