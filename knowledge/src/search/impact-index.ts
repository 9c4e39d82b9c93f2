import { editDistance } from '../entry/suggest.js';
import { bytesOf, decodeBase64, encodeBase64, toUint16, toUint32 } from './base64.js';
import { isCodeTerm, processTerm, tokenize } from './tokenize.js';

/*
 * exkb's search index. minisearch (measured in `npm run bench`) answers 1–3-word queries over
 * 20,000 entries at p99 ≈ 150 ms and loads such an index in seconds, because it scores every
 * document of every posting list through Maps. Here each (term, document) pair carries one
 * precomputed BM25F impact, postings are stored impact-first in typed arrays, and a query
 * touches at most MAX_POSTINGS_PER_TERM postings per term.
 */

/** BM25 saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;
/** Impacts are stored as 16-bit fractions of the largest one. */
const IMPACT_LEVELS = 65535;
/** The best postings of a very common term are enough to rank; the rest would only add noise and time. */
export const MAX_POSTINGS_PER_TERM = 2000;
/** How much an expanded term counts next to the word itself. */
const PREFIX_WEIGHT = 0.4;
const FUZZY_WEIGHT = 0.45;
const MAX_PREFIX_EXPANSIONS = 64;
const FUZZY_MIN_LENGTH = 5;

export const INDEX_FORMAT = 'exkb-impact-1';

export interface SerializedIndex {
  format: typeof INDEX_FORMAT;
  documentCount: number;
  /** Sorted terms joined by `\n`. */
  terms: string;
  /** base64 Uint32Array: postings of term i are [offsets[i], offsets[i+1]). */
  offsets: string;
  /** base64 Uint32Array: document numbers, each term's best impact first. */
  documents: string;
  /** base64 Uint16Array: impacts, parallel to `documents`. */
  impacts: string;
  /** The largest impact, which IMPACT_LEVELS stands for. */
  maxImpact: number;
}

export interface IndexField<D> {
  boost: number;
  text(document: D): string;
}

export interface QueryOptions {
  /** Complete the last word as a prefix (search as you type). */
  prefix?: boolean;
  /** Only documents for which this returns true. */
  accept?: (document: number) => boolean;
  limit: number;
}

export interface Hit {
  document: number;
  score: number;
}

/** Builds the serialised index of `documents`; document numbers are their positions. */
export function buildImpactIndex<D>(documents: readonly D[], fields: readonly IndexField<D>[]): SerializedIndex {
  const termCounts = documents.map((document) => fields.map((field) => countTerms(field.text(document))));
  const averageLength = fields.map((_, f) => termCounts.reduce((sum, counts) => sum + lengthOf(counts[f] ?? new Map()), 0) / Math.max(1, documents.length) || 1);
  const postings = new Map<string, Array<[number, number]>>();
  let maxImpact = 0;
  termCounts.forEach((counts, document) => {
    const impacts = new Map<string, number>();
    counts.forEach((fieldCounts, f) => {
      const length = lengthOf(fieldCounts);
      const field = fields[f];
      if (field === undefined) return;
      for (const [term, tf] of fieldCounts) {
        const weight = (field.boost * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * length) / (averageLength[f] ?? 1)));
        impacts.set(term, (impacts.get(term) ?? 0) + weight);
      }
    });
    for (const [term, impact] of impacts) {
      let list = postings.get(term);
      if (list === undefined) postings.set(term, (list = []));
      list.push([document, impact]);
      if (impact > maxImpact) maxImpact = impact;
    }
  });
  const terms = [...postings.keys()].sort();
  const offsets = new Uint32Array(terms.length + 1);
  const total = terms.reduce((sum, term) => sum + (postings.get(term)?.length ?? 0), 0);
  const documentsOut = new Uint32Array(total);
  const impactsOut = new Uint16Array(total);
  let at = 0;
  terms.forEach((term, index) => {
    offsets[index] = at;
    const list = (postings.get(term) ?? []).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [document, impact] of list) {
      documentsOut[at] = document;
      impactsOut[at] = Math.max(1, Math.round((impact / (maxImpact || 1)) * IMPACT_LEVELS));
      at++;
    }
  });
  offsets[terms.length] = at;
  return {
    format: INDEX_FORMAT,
    documentCount: documents.length,
    terms: terms.join('\n'),
    offsets: encodeBase64(bytesOf(offsets)),
    documents: encodeBase64(bytesOf(documentsOut)),
    impacts: encodeBase64(bytesOf(impactsOut)),
    maxImpact,
  };
}

function countTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term !== null && term !== '') counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

function lengthOf(counts: Map<string, number>): number {
  let length = 0;
  for (const count of counts.values()) length += count;
  return length;
}

function decodeArray<A>(text: string, name: string, width: number, toArray: (bytes: Uint8Array) => A): A {
  const bytes = decodeBase64(text);
  if (bytes.byteLength % width !== 0) throw new Error(`exkb: the search index is damaged (${name} holds ${bytes.byteLength} bytes, not a multiple of ${width}); rebuild the bundle`);
  return toArray(bytes);
}

/** What makes the postings unusable, if anything: a damaged bundle must fail at load, not mid-search. */
function postingsDamage(termCount: number, offsets: Uint32Array, documents: Uint32Array, impacts: Uint16Array, documentCount: number): string | undefined {
  if (!Number.isSafeInteger(documentCount) || documentCount < 0) return 'documentCount is not a count';
  if (offsets.length !== termCount + 1) return `${offsets.length} offsets for ${termCount} terms`;
  if (documents.length !== impacts.length) return `${documents.length} postings but ${impacts.length} impacts`;
  if (offsets[0] !== 0 || offsets[termCount] !== documents.length) return 'the offsets do not span the postings';
  for (let i = 1; i <= termCount; i++) {
    if ((offsets[i] ?? 0) < (offsets[i - 1] ?? 0)) return `offset ${i} goes backwards`;
  }
  for (const document of documents) {
    if (document >= documentCount) return `a posting names document ${document} of ${documentCount}`;
  }
  return undefined;
}

/** A loaded index: typed arrays and a sorted term list, nothing rebuilt. */
export class ImpactIndex {
  private readonly terms: string[];
  private readonly offsets: Uint32Array;
  private readonly documents: Uint32Array;
  private readonly impacts: Uint16Array;
  private readonly unit: number;
  private readonly documentCount: number;
  /** Scratch space reused by every query: scores by document, and which documents were touched. */
  private readonly scores: Float64Array;
  private readonly touched: Uint32Array;

  constructor(serialized: SerializedIndex) {
    if (serialized.format !== INDEX_FORMAT) throw new Error(`exkb: search index format "${String(serialized.format)}" is not ${INDEX_FORMAT}; rebuild the bundle`);
    this.terms = serialized.terms === '' ? [] : serialized.terms.split('\n');
    this.offsets = decodeArray(serialized.offsets, 'offsets', 4, toUint32);
    this.documents = decodeArray(serialized.documents, 'documents', 4, toUint32);
    this.impacts = decodeArray(serialized.impacts, 'impacts', 2, toUint16);
    this.unit = serialized.maxImpact / IMPACT_LEVELS;
    this.documentCount = serialized.documentCount;
    const damage = postingsDamage(this.terms.length, this.offsets, this.documents, this.impacts, this.documentCount);
    if (damage !== undefined) throw new Error(`exkb: the search index is damaged (${damage}); rebuild the bundle`);
    this.scores = new Float64Array(this.documentCount);
    this.touched = new Uint32Array(this.documentCount);
  }

  /** Best first; ties by document number, so the order never changes between runs. */
  search(query: string, options: QueryOptions): Hit[] {
    const weighted = this.expand(query, options.prefix ?? false);
    let touchedCount = 0;
    const { scores, touched, documents, impacts, offsets } = this;
    for (const [termIndex, weight] of weighted) {
      const start = offsets[termIndex] ?? 0;
      const documentFrequency = (offsets[termIndex + 1] ?? 0) - start;
      const end = start + Math.min(documentFrequency, MAX_POSTINGS_PER_TERM);
      const idf = Math.log(1 + (this.documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
      const factor = weight * idf * this.unit;
      for (let p = start; p < end; p++) {
        const document = documents[p] ?? 0;
        if (scores[document] === 0) touched[touchedCount++] = document;
        scores[document] = (scores[document] ?? 0) + (impacts[p] ?? 0) * factor;
      }
    }
    const hits: Hit[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const document = touched[i] ?? 0;
      const score = scores[document] ?? 0;
      scores[document] = 0;
      if (options.accept !== undefined && !options.accept(document)) continue;
      insertTop(hits, { document, score }, options.limit);
    }
    return hits;
  }

  /** Query terms → (term index, weight): the words themselves, prefix completions of the last, and typo corrections of unknown words. */
  private expand(query: string, prefix: boolean): Map<number, number> {
    const weighted = new Map<number, number>();
    const add = (index: number, weight: number) => weighted.set(index, Math.max(weighted.get(index) ?? 0, weight));
    const processed = tokenize(query)
      .map((token) => processTerm(token))
      .filter((term): term is string => term !== null && term !== '');
    const unique = [...new Set(processed)];
    unique.forEach((term, position) => {
      const exact = this.find(term);
      if (exact >= 0) add(exact, 1);
      if (isCodeTerm(term)) return;
      if (prefix && position === unique.length - 1 && term.length >= 2) {
        let index = lowerBound(this.terms, term);
        for (let n = 0; n < MAX_PREFIX_EXPANSIONS && index < this.terms.length && (this.terms[index] ?? '').startsWith(term); n++, index++) {
          if (index !== exact) add(index, PREFIX_WEIGHT);
        }
      }
      if (exact < 0 && /^[a-z]+$/.test(term) && term.length >= FUZZY_MIN_LENGTH) {
        const maxEdits = term.length >= 6 ? 2 : 1;
        this.terms.forEach((candidate, index) => {
          if (Math.abs(candidate.length - term.length) > maxEdits || isCodeTerm(candidate)) return;
          const distance = editDistance(term, candidate);
          if (distance <= maxEdits) add(index, FUZZY_WEIGHT * (1 - distance / term.length));
        });
      }
    });
    return weighted;
  }

  private find(term: string): number {
    const index = lowerBound(this.terms, term);
    return this.terms[index] === term ? index : -1;
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Keeps `hits` as the best `limit` so far, best first, ties by lower document number. */
function insertTop(hits: Hit[], hit: Hit, limit: number): void {
  const before = (a: Hit, b: Hit) => a.score > b.score || (a.score === b.score && a.document < b.document);
  if (hits.length >= limit) {
    const last = hits[hits.length - 1];
    if (last === undefined || !before(hit, last)) return;
    hits.pop();
  }
  let index = hits.length;
  while (index > 0 && before(hit, hits[index - 1] as Hit)) index--;
  hits.splice(index, 0, hit);
}
