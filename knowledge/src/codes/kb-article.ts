import { codeKey, type FoundCode, type Recogniser } from './types.js';

/*
 * `KB953467`, `KB 953467`, `kb953467`, and support links (`support.microsoft.com/kb/953467`,
 * `support.microsoft.com/help/953467`). Six or seven digits: older articles have six.
 */
const KB_NUMBER = /(?<![\w])(?:KB[ \t-]?|kb)(\d{6,7})(?!\d)/g;
const KB_LINK = /\bsupport\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?(?:kb|help)\/(\d{6,7})(?!\d)/gi;

export const kbArticle: Recogniser = {
  kind: 'kb-article',
  find(text) {
    const found: FoundCode[] = [];
    for (const pattern of [KB_NUMBER, KB_LINK]) {
      for (const match of text.matchAll(pattern)) {
        const normalized = `KB${match[1] ?? ''}`;
        const end = match.index + match[0].length;
        found.push({ kind: 'kb-article', text: match[0], normalized, keys: [codeKey(normalized)], start: match.index, end });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
