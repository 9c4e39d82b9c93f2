// exkb's own requests: search, one entry and scan, so a client's knowledge panel asks the server
// instead of loading the knowledge base a second time. Bad parameters get an InvalidParams error that says
// what was expected.
import { countAtMost, lineStarts, PRODUCTS, type KnowledgeBase } from '@exkb/knowledge';
import { ErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { throwIfCancelled } from './cancellation.js';
import { guardRequest, isRecord } from './guard.js';
import { entryHref } from './knowledge-state.js';
import { htmlText, looksLikeHtml, plainText } from '../page-text.js';
import { EntryRequest, ScanRequest, SearchRequest, type EntryResult, type ScanCode, type ScanResult, type SearchItem } from './protocol.js';
import type { Session } from './session.js';

const MAX_LIMIT = 100;
/** A pasted NDR is a few KB; a whole saved mailbox export is not what the panel is for. */
const MAX_SCAN_CHARS = 2_000_000;
const MAX_LINE_TEXT = 300;
/**
 * Each code carries its entries' fixes: 16,000 codes made an 86 MB answer, and 200,000 (a 2 MB text
 * of codes) one longer than a JavaScript string can be, which failed after 15 s of work.
 */
export const MAX_SCAN_CODES = 1_000;

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
      return base.search(params['query'], { limit: Math.min(limit, MAX_LIMIT), products }).map((result) => {
        const entry = base.entry(result.id);
        return {
          id: result.id,
          title: result.title,
          summary: entry?.summary.symptom ?? '',
          codes: result.codes,
          products: entry?.products ?? [],
          matchedCodes: result.matchedCodes,
          matchedRanges: result.matchedRanges,
          score: result.score,
        };
      });
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
  connection.onRequest(
    ScanRequest.type,
    guardRequest(log, ScanRequest.method, { codes: [] }, async (params: unknown, token?: CancellationToken): Promise<ScanResult> => {
      if (!isRecord(params) || typeof params['text'] !== 'string') throw invalid(`${ScanRequest.method} needs {text: string}`);
      const text = params['text'];
      if (text.length > MAX_SCAN_CHARS) throw invalid(`${ScanRequest.method}: text is ${text.length} characters; scan at most ${MAX_SCAN_CHARS} at a time`);
      await ready();
      throwIfCancelled(token, ScanRequest.method, 'while it ran');
      return scanText(session.knowledge.current.base, text);
    }),
  );
}

/** What `exkb scan` does (HTML read as HTML, lines of the source), with each code's line and remedies. */
function scanText(base: KnowledgeBase, raw: string): ScanResult {
  const page = looksLikeHtml(raw) ? htmlText(raw) : plainText(raw);
  const starts = lineStarts(page.text);
  const found = base.scan(page.text);
  const codes = found.slice(0, MAX_SCAN_CODES).map(({ code, column, entries }): ScanCode => {
    const lineStart = starts[countAtMost(starts, code.start) - 1] ?? 0;
    const newline = page.text.indexOf('\n', code.end);
    return {
      text: code.text,
      kind: code.kind,
      normalized: code.normalized,
      line: page.lineOf(code.start),
      column,
      lineText: lineAround(page.text, lineStart, newline < 0 ? page.text.length : newline, code.start, code.end),
      entries: entries.flatMap((id) => {
        const entry = base.entry(id);
        return entry ? [{ id, title: entry.title, fix: entry.summary.fix }] : [];
      }),
    };
  });
  return found.length > MAX_SCAN_CODES ? { codes, totalCodes: found.length } : { codes };
}

/** The line holding a code, trimmed; a long line is cut to a window that keeps the code in view. */
function lineAround(text: string, lineStart: number, lineEnd: number, codeStart: number, codeEnd: number): string {
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  if (line.length <= MAX_LINE_TEXT) return line.trim();
  const before = Math.max(0, Math.floor((MAX_LINE_TEXT - (codeEnd - codeStart)) / 3));
  const from = Math.max(lineStart, codeStart - before);
  const to = Math.min(lineStart + line.length, from + MAX_LINE_TEXT);
  return `${from > lineStart ? '…' : ''}${text.slice(from, to).trim()}${to < lineStart + line.length ? '…' : ''}`;
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}
