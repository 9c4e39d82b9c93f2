// The messages between the knowledge panel's webview and the extension host, typed once for both
// sides. The host checks every message from the webview before acting on it (it can insert text
// and open URLs); the webview only renders what the host sends.
import type { ScanCode, SearchItem } from 'exkb-language-server/protocol';
import type { DocBlock } from '@exkb/knowledge/entry-doc';
import { isProductFilter, type ProductFilter } from './product-filter.js';

/** An entry as the panel shows it: the Markdown already turned into the allow-listed tree. */
export interface PanelEntry {
  id: string;
  title: string;
  area: string;
  codes: string[];
  products: string[];
  doc: DocBlock[];
}

export type ResultItem = Pick<SearchItem, 'id' | 'title' | 'summary' | 'codes' | 'matchedCodes' | 'matchedRanges' | 'products'>;

/** `seq` pairs an answer with its question, so a slow answer to an old query is dropped. */
export type WebviewMessage =
  | { type: 'ready' }
  /** `product` keeps entries for that product only; `''` searches every product. */
  | { type: 'search'; seq: number; query: string; product: ProductFilter }
  | { type: 'open'; id: string }
  | { type: 'scan'; seq: number; text: string }
  | { type: 'copy'; text: string }
  | { type: 'insert'; text: string }
  | { type: 'openExternal'; url: string };

export type HostMessage =
  | { type: 'results'; seq: number; query: string; product: ProductFilter; items: ResultItem[] }
  | { type: 'entry'; entry: PanelEntry }
  | { type: 'missing'; id: string }
  | { type: 'scanned'; seq: number; codes: ScanCode[]; totalCodes: number }
  | { type: 'showSearch'; query: string }
  | { type: 'failed'; message: string };

export const LIMITS = {
  query: 1_000,
  /** The server's own limit for `exkb/scan`. */
  scanText: 2_000_000,
  snippet: 100_000,
  url: 2_000,
  id: 200,
} as const;

const ENTRY_ID = /^[a-z0-9][a-z0-9-]*$/;

export type Parsed = { ok: true; message: WebviewMessage } | { ok: false; problem: string };

/** Checks a message from the webview; a problem says which field is wrong and what was expected. */
export function parseWebviewMessage(value: unknown): Parsed {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem('a message must be an object with a type');
  const record = value as Record<string, unknown>;
  const type = record['type'];
  switch (type) {
    case 'ready':
      return { ok: true, message: { type } };
    case 'search': {
      const seq = sequence(record);
      const query = text(record, 'query', LIMITS.query);
      if (typeof seq === 'string') return problem(`search: ${seq}`);
      if (typeof query !== 'string') return problem(`search: ${query.problem}`);
      const product = record['product'] ?? '';
      if (!isProductFilter(product)) return problem(`search: product must be '' (every product) or a product id such as exchange-2010, got ${JSON.stringify(product).slice(0, 80)}`);
      return { ok: true, message: { type, seq, query, product } };
    }
    case 'scan': {
      const seq = sequence(record);
      const scanned = text(record, 'text', LIMITS.scanText);
      if (typeof seq === 'string') return problem(`scan: ${seq}`);
      return typeof scanned === 'string' ? { ok: true, message: { type, seq, text: scanned } } : problem(`scan: ${scanned.problem}`);
    }
    case 'open': {
      const id = text(record, 'id', LIMITS.id);
      if (typeof id !== 'string') return problem(`open: ${id.problem}`);
      return ENTRY_ID.test(id) ? { ok: true, message: { type, id } } : problem(`open: id must be an entry id (lower-case letters, digits and hyphens), got ${JSON.stringify(id)}`);
    }
    case 'copy':
    case 'insert': {
      const snippet = text(record, 'text', LIMITS.snippet);
      return typeof snippet === 'string' ? { ok: true, message: { type, text: snippet } } : problem(`${type}: ${snippet.problem}`);
    }
    case 'openExternal': {
      const url = text(record, 'url', LIMITS.url);
      if (typeof url !== 'string') return problem(`openExternal: ${url.problem}`);
      return /^https?:\/\//i.test(url) && URL.canParse(url) ? { ok: true, message: { type, url } } : problem(`openExternal: only http and https URLs are opened, got ${JSON.stringify(url.slice(0, 80))}`);
    }
    default:
      return problem(`unknown message type ${JSON.stringify(type)}`);
  }
}

function text(record: Record<string, unknown>, field: string, max: number): string | { problem: string } {
  const value = record[field];
  if (typeof value !== 'string') return { problem: `${field} must be a string` };
  if (value.length > max) return { problem: `${field} is ${value.length} characters; at most ${max}` };
  return value;
}

function sequence(record: Record<string, unknown>): number | string {
  const seq = record['seq'];
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 ? seq : 'seq must be a whole number ≥ 0';
}

function problem(message: string): Parsed {
  return { ok: false, problem: message };
}
