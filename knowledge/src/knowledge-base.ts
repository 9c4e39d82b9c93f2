import { MAX_DETAIL, RangeTable, rangeKey, rangeWidth, type CodeRange } from './codes/code-range.js';
import { findCodes } from './codes/find-codes.js';
import type { FoundCode } from './codes/types.js';
import type { KnowledgeBundle } from './bundle/types.js';
import { bundleProblem } from './bundle/check-bundle.js';
import type { Entry, Product } from './entry/model.js';
import { ImpactIndex } from './search/impact-index.js';
import { countAtMost, lineStarts } from './text-lines.js';

export interface SearchOptions {
  /** At most this many results (default 10). */
  limit?: number;
  /** Keep only entries that apply to at least one of these products. */
  products?: readonly Product[];
  /** Complete the last word as a prefix, for search as you type (default true). */
  prefix?: boolean;
}

export interface SearchResult {
  id: string;
  title: string;
  score: number;
  codes: string[];
  /** Codes of the query that this entry lists exactly. */
  matchedCodes: string[];
  /** Ranges this entry lists (`5.7.900-999`) that hold a code of the query (`5.7.950`). */
  matchedRanges: string[];
}

export interface ScanFinding {
  code: FoundCode;
  /** 1-based line and column of the code in the scanned text. */
  line: number;
  column: number;
  /** Ids of the entries for this code, those listing most of its keys first. */
  entries: string[];
}

export const DEFAULT_LIMIT = 10;
/** Exact-code hits rank above every word match: index scores never come near this. */
const EXACT_CODE_BONUS = 1_000_000;
/**
 * A code found through a range an entry lists ranks above word matches but below any entry that
 * lists the code itself; a narrower range ranks above a wider one (5.7.606-649 above 5.7.500-699).
 */
const RANGE_CODE_BONUS = 10_000;

function rangeBonus(range: CodeRange): number {
  return RANGE_CODE_BONUS * (2 - rangeWidth(range) / (MAX_DETAIL + 1));
}

export class KnowledgeBaseError extends Error {
  override name = 'KnowledgeBaseError';
}

/** The loaded knowledge: entries, their index and the code map. One instance serves every query. */
export class KnowledgeBase {
  readonly entries: readonly Entry[];
  readonly contentHash: string;
  readonly sourceCommit: string | null;
  private readonly byId: Map<string, Entry>;
  private readonly codes: Record<string, string[]>;
  private readonly ranges: RangeTable;
  private readonly index: ImpactIndex;

  private constructor(bundle: KnowledgeBundle, index: ImpactIndex) {
    this.entries = bundle.entries;
    this.contentHash = bundle.contentHash;
    this.sourceCommit = bundle.sourceCommit;
    this.codes = bundle.codes;
    this.ranges = new RangeTable(bundle.ranges);
    this.byId = new Map(bundle.entries.map((entry) => [entry.id, entry]));
    this.index = index;
  }

  /** Loads a bundle as the knowledge build wrote it; a bundle of another format is refused with a clear error. */
  static fromBundle(bundle: unknown): KnowledgeBase {
    const problem = bundleProblem(bundle);
    if (problem !== undefined) throw new KnowledgeBaseError(`exkb: the knowledge bundle is damaged or from another build (${problem}); rebuild it with \`npm run build\``);
    const complete = bundle as KnowledgeBundle;
    let index: ImpactIndex;
    try {
      index = new ImpactIndex(complete.index);
    } catch (error) {
      const detail = (error instanceof Error ? error.message : String(error)).replace(/^exkb: the search index is /, '').replace(/; rebuild the bundle$/, '');
      throw new KnowledgeBaseError(`exkb: the knowledge bundle has a search index that is ${detail}; rebuild it with \`npm run build\``);
    }
    return new KnowledgeBase(complete, index);
  }

  entry(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  /** Ids of the entries listing this code key, e.g. `5.2.0` or `storedrv.deliver`. */
  entriesForCode(key: string): readonly string[] {
    // Own keys only: `constructor` or `__proto__` must not reach Object.prototype.
    return Object.hasOwn(this.codes, key) ? (this.codes[key] ?? []) : [];
  }

  /** Keys of the listed ranges that hold the enhanced status code `normalized` (`5.7.950`), narrowest first. */
  rangesForCode(normalized: string): readonly string[] {
    return this.ranges.containing(normalized).map(rangeKey);
  }

  /**
   * Best first. Entries listing a code the query contains come first (more matched codes
   * first); then entries listing a range that holds one of them (narrower ranges first); then
   * word matches by score. Ties break by id, so the order is always the same.
   */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (query.trim() === '' || limit <= 0) return [];
    const products = options.products === undefined || options.products.length === 0 ? undefined : new Set<string>(options.products);
    const applies = (entry: Entry) => products === undefined || entry.products.some((product) => products.has(product));

    const matchedCodes = new Map<string, string[]>();
    const matchedRanges = new Map<string, CodeRange[]>();
    for (const code of findCodes(query)) {
      for (const key of code.keys) {
        for (const id of this.entriesForCode(key)) {
          const codes = matchedCodes.get(id) ?? [];
          if (!codes.includes(code.normalized)) codes.push(code.normalized);
          matchedCodes.set(id, codes);
        }
      }
      if (code.kind !== 'enhanced-status' || code.range !== undefined) continue;
      for (const range of this.ranges.containing(code.normalized)) {
        for (const id of this.entriesForCode(rangeKey(range))) {
          const ranges = matchedRanges.get(id) ?? [];
          if (!ranges.includes(range)) ranges.push(range);
          matchedRanges.set(id, ranges);
        }
      }
    }
    const scores = new Map<string, number>();
    const accept = products === undefined ? undefined : (document: number) => applies(this.entries[document] as Entry);
    for (const hit of this.index.search(query, { limit: limit + matchedCodes.size + matchedRanges.size, prefix: options.prefix ?? true, ...(accept ? { accept } : {}) })) {
      const entry = this.entries[hit.document];
      if (entry) scores.set(entry.id, hit.score);
    }
    for (const [id, codes] of matchedCodes) scores.set(id, (scores.get(id) ?? 0) + EXACT_CODE_BONUS * codes.length);
    for (const [id, ranges] of matchedRanges) scores.set(id, (scores.get(id) ?? 0) + ranges.reduce((sum, range) => sum + rangeBonus(range), 0));

    const results: SearchResult[] = [];
    for (const [id, score] of scores) {
      const entry = this.byId.get(id);
      if (entry === undefined || !applies(entry)) continue;
      results.push({ id, title: entry.title, score, codes: entry.codes, matchedCodes: matchedCodes.get(id) ?? [], matchedRanges: (matchedRanges.get(id) ?? []).map(rangeKey) });
    }
    results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return results.slice(0, limit);
  }

  /** Every code in `text` with the entries that match it: the code path of `exkb scan` and of the browser extension. */
  scan(text: string): ScanFinding[] {
    const starts = lineStarts(text);
    return findCodes(text).map((code) => {
      const line = countAtMost(starts, code.start);
      return { code, line, column: code.start - (starts[line - 1] ?? 0) + 1, entries: this.entriesForFound(code) };
    });
  }

  private entriesForFound(code: FoundCode): string[] {
    const hits = new Map<string, number>();
    code.keys.forEach((key, rank) => {
      for (const id of this.entriesForCode(key)) hits.set(id, (hits.get(id) ?? 0) + (code.keys.length - rank) * 2 + 1);
    });
    // Below 1, so entries listing the code or its status word always come before those listing a range that holds it.
    if (code.kind === 'enhanced-status' && code.range === undefined) {
      this.ranges.containing(code.normalized).forEach((range, rank) => {
        for (const id of this.entriesForCode(rangeKey(range))) hits.set(id, (hits.get(id) ?? 0) + 0.5 / (rank + 1));
      });
    }
    return [...hits].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  }
}
