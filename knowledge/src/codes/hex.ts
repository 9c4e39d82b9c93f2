import { codeKey, type FoundCode, type Recogniser } from './types.js';

/*
 * HRESULTs, MAPI and Win32 errors are written as 0x plus eight hex digits (`0x8004010F`,
 * `0x0000007E`). Shorter forms (`0x7E`) count only right after a word that says "error", because
 * scripts and docs are full of small hex flags. Longer runs are addresses or hashes.
 */
const FULL = /(?<![\w])0[xX]([0-9A-Fa-f]{8})(?![0-9A-Za-z_])/g;
const SHORT_AFTER_ERROR_WORD = /\b(?:error|code|hresult|hr|status|failure)(?:\s+code)?\s*[:=]?\s*0[xX]([0-9A-Fa-f]{1,7})(?![0-9A-Za-z_])/gi;

export function normalizeHex(digits: string): string {
  return `0x${digits.toUpperCase().padStart(8, '0')}`;
}

export const hex: Recogniser = {
  kind: 'hex',
  find(text) {
    const found: FoundCode[] = [];
    for (const pattern of [FULL, SHORT_AFTER_ERROR_WORD]) {
      for (const match of text.matchAll(pattern)) {
        const digits = match[1] ?? '';
        const end = match.index + match[0].length;
        const start = end - digits.length - 2;
        const normalized = normalizeHex(digits);
        found.push({ kind: 'hex', text: text.slice(start, end), normalized, keys: [codeKey(normalized)], start, end });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
