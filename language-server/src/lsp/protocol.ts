// exkb's own messages between the language server and its clients, typed once and imported by
// both sides (`exkb-language-server/protocol`), as vscode-eslint shares its `eslint/*` types.
import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';

/** The `workspace/configuration` section the server reads, and the shape of `initializationOptions`. */
export const CONFIGURATION_SECTION = 'exkb';

/**
 * What a client may send as `initializationOptions` and under the `exkb` configuration section.
 * `exchangeVersion`, `rules` and `knowledgeFolders` mean what they mean in `exkb.config.json`.
 */
export interface ClientSettings {
  /** `any` (default), `2007`, `2010`, `2013`, `2016`, `2019`, `se` or `online`. */
  exchangeVersion?: string;
  /** Rule id → `error`, `warning`, `info`, `hint` or `off`. */
  rules?: Record<string, string>;
  /** Extra folders of knowledge entries; relative paths start at the first workspace folder. */
  knowledgeFolders?: string[];
  /**
   * Where a diagnostic's rule link points: `{id}` and `{area}` are replaced, e.g.
   * `https://example.org/kb/{area}/{id}`. Unset: the entry's Markdown file when it is on disk.
   */
  entryLinkTemplate?: string;
  /** The most problems published per file (errors first), plus one line counting the rest; 0: all. Default 500. */
  maxDiagnosticsPerFile?: number;
}

/** The command a "Show knowledge entry" code action carries; arguments: `[entryId]`. The client implements it. */
export const SHOW_ENTRY_COMMAND = 'exkb.showEntry';

/** The code action kind of "fix every fixable exkb problem in the file". */
export const FIX_ALL_KIND = 'source.fixAll.exkb';

export interface SearchParams {
  query: string;
  /** Default 10. */
  limit?: number;
  /** Keep entries for these products only (`exchange-2010`, `exchange-online`, …). */
  products?: string[];
}

export interface SearchItem {
  id: string;
  title: string;
  /** The entry's symptom in plain text, for a result list. */
  summary: string;
  codes: string[];
  /** The products the entry applies to (`exchange-2010`, …), for a result list. */
  products: string[];
  /** Codes of the query this entry lists exactly; they rank it first. */
  matchedCodes: string[];
  /** Ranges this entry lists (`5.7.900-999`) that hold a code of the query (`5.7.950`). */
  matchedRanges: string[];
  score: number;
}

export const SearchRequest = {
  method: 'exkb/search',
  type: new RequestType<SearchParams, SearchItem[], void>('exkb/search'),
} as const;

export interface EntryParams {
  id: string;
}

export interface EntryResult {
  id: string;
  area: string;
  title: string;
  codes: string[];
  symptoms: string[];
  products: string[];
  cmdlets: string[];
  tags: string[];
  references: string[];
  /** The body after the front matter, as written (render it from a parsed tree, never as HTML). */
  markdown: string;
  summary: { symptom: string; cause: string; fix: string };
  /** Ids of the entries this one links to. */
  links: string[];
  /** Where the entry lives: its Markdown file or the configured link; absent when neither is known. */
  href?: string;
}

/** `null` for an unknown id. */
export const EntryRequest = {
  method: 'exkb/entry',
  type: new RequestType<EntryParams, EntryResult | null, void>('exkb/entry'),
} as const;

export interface ScanParams {
  /** An NDR, a message header, an event log line or a saved page (HTML is read as HTML, as `exkb scan` does). */
  text: string;
}

export interface ScanEntry {
  id: string;
  title: string;
  /** The entry's fix in plain text, for the remedy under a code. */
  fix: string;
}

export interface ScanCode {
  /** The code as written in the text (`550 5.2.0`, `STOREDRV.Deliver`, `0x8004010F`). */
  text: string;
  kind: string;
  normalized: string;
  /** 1-based line of the code in the text, and that line (trimmed, at most 300 characters). */
  line: number;
  column: number;
  lineText: string;
  /** The entries for this code, best first; empty when no entry lists it yet. */
  entries: ScanEntry[];
}

export interface ScanResult {
  /** In text order; at most the first 1,000 (a pasted page with more codes is not an NDR). */
  codes: ScanCode[];
  /** How many codes the text holds, when that is more than `codes` lists. */
  totalCodes?: number;
}

/** The codes of a pasted text and their remedies: the code path of `exkb scan`. */
export const ScanRequest = {
  method: 'exkb/scan',
  type: new RequestType<ScanParams, ScanResult, void>('exkb/scan'),
} as const;

/** What one server process holds right now, for clients that show it and for tests that look for leaks. */
export interface ServerStatus {
  /** Documents opened and not closed. */
  openDocuments: number;
  /** Lint results kept for reuse by hover, completion and code actions; one per open document at most. */
  cachedAnalyses: number;
  /** `process.memoryUsage()` after a garbage collection when the process runs with `--expose-gc`. */
  heapUsedBytes: number;
  rssBytes: number;
  /** True when a garbage collection ran just before the numbers were read. */
  collected: boolean;
  uptimeMs: number;
  /** The server's version. */
  version: string;
}

/** No parameters. */
export const ServerStatusRequest = {
  method: 'exkb/serverStatus',
  type: new RequestType0<ServerStatus, void>('exkb/serverStatus'),
} as const;
