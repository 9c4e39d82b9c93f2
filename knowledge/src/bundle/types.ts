import type { CodeRange } from '../codes/code-range.js';
import type { Entry } from '../entry/model.js';
import type { SerializedIndex } from '../search/impact-index.js';

/** Bumped whenever the bundle's shape changes; loaders refuse other formats. */
export const BUNDLE_FORMAT = 3;

/** The one artifact the knowledge build writes (`knowledge/dist/knowledge.json`) and every face loads. */
export interface KnowledgeBundle {
  format: typeof BUNDLE_FORMAT;
  /** sha256 of the entries as bundled: two bundles with the same hash hold the same knowledge. */
  contentHash: string;
  /** The git commit the entries were built from, or null outside a git checkout. */
  sourceCommit: string | null;
  builtAt: string;
  entries: Entry[];
  /** The search index over `entries` (document n is entries[n]), loaded without re-indexing. */
  index: SerializedIndex;
  /** Code key (`5.2.0`, `storedrv.deliver`, `event 9373`) → ids of the entries that list it. */
  codes: Record<string, string[]>;
  /**
   * Every code range that entries list (`5.7.900-999`), sorted by prefix, low and high end; its
   * key (`rangeKey`) is in `codes`. A code with no entry of its own is still found through the
   * ranges holding it, without a code-map key per code of the range. Added in format 3.
   */
  ranges: CodeRange[];
}
