import { findCodes } from '../codes/find-codes.js';
import type { Entry } from './model.js';

/** Symptom sets this alike (Jaccard of normalised phrases) do not tell two entries with a code apart. */
export const SYMPTOM_OVERLAP_LIMIT = 0.5;
/** Bodies this alike (Jaccard of word shingles) are reported as near duplicates. */
export const NEAR_DUPLICATE_BODY = 0.5;
/** Words per shingle when bodies are compared. */
export const SHINGLE_WORDS = 5;

/** Two entries listing the same code that a reader cannot tell apart by title or symptoms. */
export interface CodeClash {
  /** The entries, `first` before `second` by id. */
  first: string;
  second: string;
  /** Code keys both list, sorted. */
  codes: string[];
  sameTitle: boolean;
  /** Jaccard of the normalised symptom phrases, 0..1. */
  symptomOverlap: number;
}

/** Two entries whose bodies are nearly the same text. */
export interface NearDuplicate {
  first: string;
  second: string;
  /** Jaccard of the bodies' word shingles, 0..1. */
  similarity: number;
}

type Comparable = Pick<Entry, 'id' | 'title' | 'codes' | 'symptoms'>;

/**
 * Pairs of entries sharing a code key whose titles are the same words or whose symptom phrases
 * overlap at `SYMPTOM_OVERLAP_LIMIT` or more. Sorted by first id, then second.
 */
export function findCodeClashes(entries: readonly Comparable[]): CodeClash[] {
  const byKey = new Map<string, Comparable[]>();
  for (const entry of entries) {
    for (const key of codeKeysOf(entry)) {
      let listing = byKey.get(key);
      if (listing === undefined) byKey.set(key, (listing = []));
      listing.push(entry);
    }
  }
  const shared = new Map<string, { first: Comparable; second: Comparable; codes: Set<string> }>();
  for (const [key, listing] of byKey) {
    for (let i = 0; i < listing.length; i++) {
      for (let j = i + 1; j < listing.length; j++) {
        const [first, second] = ordered(listing[i]!, listing[j]!);
        const pairKey = `${first.id}\n${second.id}`;
        let pair = shared.get(pairKey);
        if (pair === undefined) shared.set(pairKey, (pair = { first, second, codes: new Set() }));
        pair.codes.add(key);
      }
    }
  }
  const clashes: CodeClash[] = [];
  for (const { first, second, codes } of shared.values()) {
    const sameTitle = sameWords(first.title, second.title);
    const symptomOverlap = jaccard(new Set(first.symptoms.map(normalisePhrase)), new Set(second.symptoms.map(normalisePhrase)));
    if (sameTitle || symptomOverlap >= SYMPTOM_OVERLAP_LIMIT) {
      clashes.push({ first: first.id, second: second.id, codes: [...codes].sort(), sameTitle, symptomOverlap });
    }
  }
  return clashes.sort((a, b) => a.first.localeCompare(b.first) || a.second.localeCompare(b.second));
}

/**
 * Pairs of entries whose Markdown bodies share at least `threshold` of their word shingles
 * (Jaccard). Shingles are indexed, so only pairs that share one are ever compared: the cost
 * follows how much text entries have in common, not the square of their number.
 * Sorted most similar first, then by ids.
 */
export function findNearDuplicateBodies(entries: readonly Pick<Entry, 'id' | 'markdown'>[], threshold: number = NEAR_DUPLICATE_BODY): NearDuplicate[] {
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  const shingleSets = sorted.map((entry) => shingles(entry.markdown));
  const holders = new Map<number, number[]>();
  shingleSets.forEach((set, index) => {
    for (const shingle of set) {
      let list = holders.get(shingle);
      if (list === undefined) holders.set(shingle, (list = []));
      list.push(index);
    }
  });
  // Shared shingles per pair, keyed by first * count + second (first < second).
  const count = sorted.length;
  const sharedCounts = new Map<number, number>();
  for (const list of holders.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = list[i]! * count + list[j]!;
        sharedCounts.set(key, (sharedCounts.get(key) ?? 0) + 1);
      }
    }
  }
  const found: NearDuplicate[] = [];
  for (const [key, sharedCount] of sharedCounts) {
    const first = Math.floor(key / count);
    const second = key % count;
    const union = shingleSets[first]!.size + shingleSets[second]!.size - sharedCount;
    const similarity = sharedCount / union;
    if (similarity >= threshold) found.push({ first: sorted[first]!.id, second: sorted[second]!.id, similarity });
  }
  return found.sort((a, b) => b.similarity - a.similarity || a.first.localeCompare(b.first) || a.second.localeCompare(b.second));
}

/** `a ↔ b 0.62`, the way the build and `exkb stats` print a near duplicate. */
export function formatNearDuplicate(pair: NearDuplicate): string {
  return `${pair.first} ↔ ${pair.second} ${pair.similarity.toFixed(2)}`;
}

/** Lower case words and numbers (dots kept inside codes such as 5.7.1), single spaces. */
export function normalisePhrase(text: string): string {
  return words(text).join(' ');
}

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+(?:[.'][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Titles are the same when they hold the same words, whatever the order and punctuation. */
function sameWords(a: string, b: string): boolean {
  const left = new Set(words(a));
  const right = new Set(words(b));
  return left.size === right.size && [...left].every((word) => right.has(word));
}

function codeKeysOf(entry: Comparable): Set<string> {
  return new Set(entry.codes.flatMap((code) => findCodes(code).flatMap((found) => found.keys)));
}

function ordered(a: Comparable, b: Comparable): [Comparable, Comparable] {
  return a.id.localeCompare(b.id) <= 0 ? [a, b] : [b, a];
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The body's word `SHINGLE_WORDS`-grams, hashed (FNV-1a, 32 bits) to keep the index small. */
function shingles(markdown: string): Set<number> {
  const tokens = words(markdown);
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i++) set.add(fnv1a(tokens.slice(i, i + SHINGLE_WORDS).join(' ')));
  return set;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
