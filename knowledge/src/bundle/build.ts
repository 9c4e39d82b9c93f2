import { compareRanges, rangeKey, type CodeRange } from '../codes/code-range.js';
import { findCodes } from '../codes/find-codes.js';
import type { Entry } from '../entry/model.js';
import { buildImpactIndex, type SerializedIndex } from '../search/impact-index.js';
import { ENTRY_FIELDS } from '../search/options.js';
import { BUNDLE_FORMAT, type KnowledgeBundle } from './types.js';

/** Code key → ids of the entries listing that code, ids sorted. */
export function buildCodeMap(entries: readonly Entry[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const code of entry.codes) {
      for (const found of findCodes(code)) {
        for (const key of found.keys) {
          let ids = map.get(key);
          if (ids === undefined) map.set(key, (ids = new Set()));
          ids.add(entry.id);
        }
      }
    }
  }
  return Object.fromEntries([...map.keys()].sort().map((key) => [key, [...(map.get(key) ?? [])].sort()]));
}

/** Every distinct range the entries list, sorted by prefix, low and high end. */
export function buildRangeList(entries: readonly Entry[]): CodeRange[] {
  const byKey = new Map<string, CodeRange>();
  for (const entry of entries) {
    for (const code of entry.codes) {
      for (const found of findCodes(code)) if (found.range !== undefined) byKey.set(rangeKey(found.range), found.range);
    }
  }
  return [...byKey.values()].sort(compareRanges);
}

/** The search index over entries in bundle order: document n is entries[n]. */
export function buildIndex(entries: readonly Entry[]): SerializedIndex {
  return buildImpactIndex(entries, ENTRY_FIELDS);
}

/** Builds the bundle; hashing and the commit come from the caller, which knows the platform. */
export function buildBundle(entries: readonly Entry[], provenance: { contentHash: string; sourceCommit: string | null; builtAt: string }): KnowledgeBundle {
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  return {
    format: BUNDLE_FORMAT,
    ...provenance,
    entries: sorted,
    index: buildIndex(sorted),
    codes: buildCodeMap(sorted),
    ranges: buildRangeList(sorted),
  };
}
