import { codeKey, type FoundCode, type Recogniser } from './types.js';

/**
 * The components that prefix Exchange NDR status words (`STOREDRV.Deliver`,
 * `RESOLVER.ADR.ExRecipNotFound`, `SMTPSEND.DNS.NonExistentDomain`). A fixed list keeps
 * `ASP.NET` or `IPM.Note` from passing as status words.
 */
export const STATUS_WORD_COMPONENTS = ['STOREDRV', 'RESOLVER', 'SMTPSEND', 'SMTPRECEIVE', 'QUEUE', 'ROUTING', 'CAT', 'DSN'] as const;

const STATUS_WORD_SOURCE = String.raw`(?<![\w.])(?:${STATUS_WORD_COMPONENTS.join('|')})(?:\.[A-Za-z][A-Za-z0-9]*)+(?![\w])`;
const STATUS_WORD = new RegExp(STATUS_WORD_SOURCE, 'g');
const STATUS_WORD_HERE = new RegExp(STATUS_WORD_SOURCE, 'y');

/** The status word starting exactly at `index`, if one does. Used by the enhanced-status recogniser. */
export function statusWordAt(text: string, index: number): string | undefined {
  STATUS_WORD_HERE.lastIndex = index;
  return STATUS_WORD_HERE.exec(text)?.[0];
}

export const statusWord: Recogniser = {
  kind: 'status-word',
  find(text) {
    const found: FoundCode[] = [];
    for (const match of text.matchAll(STATUS_WORD)) {
      const word = match[0];
      found.push({ kind: 'status-word', text: word, normalized: word, keys: [codeKey(word)], start: match.index, end: match.index + word.length });
    }
    return found;
  },
};
