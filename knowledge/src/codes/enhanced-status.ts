import { rangeEndAt, rangeKey } from './code-range.js';
import { statusWordAt } from './status-word.js';
import { codeKey, type FoundCode, type Recogniser } from './types.js';

/*
 * RFC 3463: class.subject.detail. Class 2, 4 or 5; subjects 0-7 are the only ones defined, which
 * already keeps most version and section numbers out. Exchange uses details up to 999 (5.7.900).
 * The optional SMTP reply before it (`550 `, `550-`, `#550 `) is kept for display. A range
 * (`5.7.900-999`, see code-range.ts) is one code whose key is the range.
 */
const ENHANCED = /([245])\.([0-7])\.(\d{1,3})(?!\w|\.\d)/g;
/** The SMTP reply right before a code: `550 `, `550-`, `#550 `. */
const REPLY_BEFORE = /(?:^|[^\w.])(#?([245]\d\d))[ -]$/;

/** Words that, right before a dotted number, say it is a section or a version, not a status code. */
const NOT_A_CODE_BEFORE = /(?:\b(?:section|sections|chapter|step|steps|paragraph|clause|part|appendix|figure|table|version|ver|release|build|rfc|v)\.?\s*|§\s*)$/i;

/** How far back the exclusion words are looked for. */
const LOOKBEHIND_CHARS = 16;

export const enhancedStatus: Recogniser = {
  kind: 'enhanced-status',
  find(text) {
    const found: FoundCode[] = [];
    // The upper end of a range written in full (`5.7.900-5.7.999`) is part of the range, not a code of its own.
    let coveredUntil = 0;
    // The regex starts at the code's first digit so the engine can skip ahead; the context is checked here.
    for (const match of text.matchAll(ENHANCED)) {
      const [whole, cls = '', subject = '', detail = ''] = match;
      const codeStart = match.index;
      if (codeStart < coveredUntil) continue;
      if (codeStart > 0 && /[\w.]/.test(text[codeStart - 1] ?? '')) continue;
      const before = text.slice(Math.max(0, codeStart - LOOKBEHIND_CHARS), codeStart);
      const replyMatch = REPLY_BEFORE.exec(before);
      const replySeen = replyMatch?.[2];
      // A reply of another class (`550 4.4.7`) is not this code's reply; the code still counts.
      const reply = replySeen !== undefined && replySeen[0] === cls ? replySeen : undefined;
      const start = reply === undefined ? codeStart : codeStart - (replyMatch?.[1]?.length ?? 0) - 1;
      if (NOT_A_CODE_BEFORE.test(text.slice(Math.max(0, start - LOOKBEHIND_CHARS), start))) continue;
      // Success codes only count as codes inside an SMTP reply (`250 2.1.5`): bare 2.x.y is too often a section number.
      if (cls === '2' && reply === undefined) continue;
      let end = codeStart + whole.length;
      const ranged = rangeEndAt(text, end, cls, subject, detail);
      const normalized = ranged === undefined ? `${cls}.${Number(subject)}.${Number(detail)}` : rangeKey(ranged.range);
      if (ranged !== undefined) end = ranged.end;
      const keys = [codeKey(normalized)];
      const wordStart = skipSpaces(text, end);
      const word = wordStart > end ? statusWordAt(text, wordStart) : undefined;
      if (word !== undefined) {
        keys.push(codeKey(word));
        end = wordStart + word.length;
      }
      coveredUntil = end;
      found.push({ kind: 'enhanced-status', text: text.slice(start, end), normalized, keys, start, end, ...(reply === undefined ? {} : { reply }), ...(ranged === undefined ? {} : { range: ranged.range }) });
    }
    return found;
  },
};

/** How much white space may stand between a code and its status word: a wrapped line included. */
const MAX_GAP = 8;

function skipSpaces(text: string, index: number): number {
  let i = index;
  let newlines = 0;
  while (i < text.length && i - index < MAX_GAP && /\s/.test(text[i] ?? '')) {
    if (text[i] === '\n' && ++newlines > 1) break;
    i++;
  }
  return i;
}
