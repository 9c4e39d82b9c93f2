// exkb's own requests: search and one entry, so a client's knowledge panel asks the server instead
// of loading the knowledge base a second time. Bad parameters get an InvalidParams error that says
// what was expected.
import { PRODUCTS } from '@exkb/knowledge';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { guardRequest, isRecord } from './guard.js';
import { entryHref } from './knowledge-state.js';
import { EntryRequest, SearchRequest, type EntryResult, type SearchItem } from './protocol.js';
import type { Session } from './session.js';

const MAX_LIMIT = 100;

export function registerRequests(session: Session, ready: () => Promise<void>): void {
  const { connection, log } = session;
  connection.onRequest(
    SearchRequest.type,
    guardRequest(log, SearchRequest.method, [], async (params: unknown): Promise<SearchItem[]> => {
      if (!isRecord(params) || typeof params['query'] !== 'string') throw invalid(`${SearchRequest.method} needs {query: string, limit?: number, products?: string[]}`);
      const limit = params['limit'] ?? 10;
      if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) throw invalid(`${SearchRequest.method}: limit must be a whole number ≥ 0`);
      const products = params['products'] ?? [];
      if (!Array.isArray(products) || products.some((product) => !(PRODUCTS as readonly unknown[]).includes(product))) {
        throw invalid(`${SearchRequest.method}: products must be a list of ${PRODUCTS.join(', ')}`);
      }
      await ready();
      const { base } = session.knowledge.current;
      return base.search(params['query'], { limit: Math.min(limit, MAX_LIMIT), products }).map((result) => ({
        id: result.id,
        title: result.title,
        summary: base.entry(result.id)?.summary.symptom ?? '',
        codes: result.codes,
        matchedCodes: result.matchedCodes,
        score: result.score,
      }));
    }),
  );
  connection.onRequest(
    EntryRequest.type,
    guardRequest(log, EntryRequest.method, null, async (params: unknown): Promise<EntryResult | null> => {
      if (!isRecord(params) || typeof params['id'] !== 'string') throw invalid(`${EntryRequest.method} needs {id: string}`);
      await ready();
      const knowledge = session.knowledge.current;
      const entry = knowledge.base.entry(params['id']);
      if (!entry) return null;
      const href = entryHref(knowledge, entry.id, session.settings.entryLinkTemplate);
      return {
        id: entry.id,
        area: entry.area,
        title: entry.title,
        codes: entry.codes,
        symptoms: entry.symptoms,
        products: entry.products,
        cmdlets: entry.cmdlets,
        tags: entry.tags,
        references: entry.references,
        markdown: entry.markdown,
        summary: entry.summary,
        links: entry.links,
        ...(href ? { href } : {}),
      };
    }),
  );
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}
