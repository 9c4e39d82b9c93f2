// The background's whole RPC surface: one handler per request type of shared/messages.ts, over
// the loaded knowledge. Pure, so the tests run it against the real bundle in Node.
import { type RequestType, type Requests, type SearchHit, type TextFinding } from '../shared/messages.js';
import type { KnowledgeState } from './knowledge-state.js';

export type Handlers = { [K in RequestType]: (params: Requests[K]['params']) => Requests[K]['result'] };

/** Result lists show one line of summary. */
export const SUMMARY_LENGTH = 160;

export function createHandlers(state: KnowledgeState): Handlers {
  const { base } = state;
  return {
    search({ query, limit, products }) {
      return base.search(query, { limit: limit ?? 10, ...(products ? { products } : {}) }).map((result): SearchHit => {
        const entry = base.entry(result.id);
        return { id: result.id, title: result.title, codes: result.codes, matchedCodes: result.matchedCodes, matchedRanges: result.matchedRanges, summary: shorten(entry?.summary.symptom || entry?.summary.cause || '') };
      });
    },
    entry({ id }) {
      const entry = base.entry(id);
      return entry === undefined ? null : { ...entry, origin: state.origin(id) };
    },
    scan({ texts }) {
      const titles: Record<string, string> = {};
      const findings = texts.map((text) =>
        base.scan(text).flatMap((finding): TextFinding[] => {
          if (finding.entries.length === 0) return [];
          for (const id of finding.entries) titles[id] ??= base.entry(id)?.title ?? id;
          return [{ start: finding.code.start, end: finding.code.end, code: finding.code.normalized, kind: finding.code.kind, entries: finding.entries }];
        }),
      );
      return { findings, titles };
    },
  };
}

export function shorten(text: string, length: number = SUMMARY_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

