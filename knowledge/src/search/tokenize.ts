import { stemmer } from 'stemmer';
import { findCodes } from '../codes/find-codes.js';

/*
 * One tokenizer for documents and queries. Codes are found first and kept whole (`5.7.1` must not
 * become `5`, `7`, `1` and so match 5.7.15); what is left is split into words. Cmdlet and
 * parameter names are kept whole and also split at hyphens and capitals, so
 * `RequireSenderAuthenticationEnabled` is found by its name and by "sender authentication".
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}_]*(?:-[\p{L}\p{N}_]+)*/gu;
const CAMEL_BOUNDARY = /(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let rest = '';
  let from = 0;
  for (const code of findCodes(text)) {
    tokens.push(...code.keys);
    // Event IDs and HTTP statuses are also typed bare: "9373", "owa 440".
    if (code.kind === 'event-id' || code.kind === 'http-status') tokens.push(code.normalized.replace(/^\D+/, ''));
    rest += `${text.slice(from, code.start)} `;
    from = code.end;
  }
  rest += text.slice(from);
  for (const match of rest.matchAll(WORD)) {
    const word = match[0];
    tokens.push(word.toLowerCase());
    const parts = word.split('-').flatMap((part) => part.split(CAMEL_BOUNDARY));
    if (parts.length > 1) for (const part of parts) if (part !== '') tokens.push(part.toLowerCase());
  }
  return tokens;
}

/** Words too common to rank by. Short on purpose: "not", "no" and "after" carry meaning in symptoms. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'i', 'in', 'is', 'it', 'its',
  'me', 'my', 'of', 'on', 'or', 'our', 'so', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'this',
  'to', 'was', 'we', 'were', 'what', 'when', 'which', 'why', 'will', 'with', 'you', 'your', 'how', 'do', 'does', 'get', 'gets',
]);

/** True for a term that is a code key (`5.7.1`, `0x8004010f`, `event 9373`, `storedrv.deliver`), which is never stemmed or fuzzed. */
export function isCodeTerm(term: string): boolean {
  return /[.\s]/.test(term) || /^0x[0-9a-f]{8}$/.test(term) || /^kb\d{6,7}$/.test(term);
}

/** Lower-cases, drops stop words and stems plain words; names and codes pass unchanged. */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (STOP_WORDS.has(lower)) return null;
  return /^[a-z]{4,}$/.test(lower) ? stemmer(lower) : lower;
}
