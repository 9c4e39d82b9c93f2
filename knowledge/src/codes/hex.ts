import { codeKey, type FoundCode, type Recogniser } from './types.js';

/*
 * HRESULTs, MAPI and Win32 errors are written as 0x plus eight hex digits (`0x8004010F`,
 * `0x0000007E`). Shorter forms (`0x7E`) count only right after a word that says "error", because
 * scripts and docs are full of small hex flags. Longer runs are addresses or hashes.
 */
const HEX = /0[xX]([0-9A-Fa-f]{1,8})(?![0-9A-Za-z_])/g;
const ERROR_WORD_BEFORE = /\b(?:error|code|hresult|hr|status|failure)(?:\s+code)?\s*[:=]?\s*$/i;
const FULL_LENGTH = 8;
/** How far back the error word is looked for. */
const LOOKBEHIND_CHARS = 24;

export function normalizeHex(digits: string): string {
  return `0x${digits.toUpperCase().padStart(8, '0')}`;
}

export const hex: Recogniser = {
  kind: 'hex',
  find(text) {
    const found: FoundCode[] = [];
    // The regex starts with a literal so the engine can skip ahead; the context is checked here.
    for (const match of text.matchAll(HEX)) {
      const start = match.index;
      if (start > 0 && /\w/.test(text[start - 1] ?? '')) continue;
      const digits = match[1] ?? '';
      if (digits.length < FULL_LENGTH && !ERROR_WORD_BEFORE.test(text.slice(Math.max(0, start - LOOKBEHIND_CHARS), start))) continue;
      const normalized = normalizeHex(digits);
      found.push({ kind: 'hex', text: match[0], normalized, keys: [codeKey(normalized)], start, end: start + match[0].length });
    }
    return found;
  },
};
