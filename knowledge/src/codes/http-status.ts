import { codeKey, type FoundCode, type Recogniser } from './types.js';

/**
 * Reason phrases that identify an HTTP status without the word HTTP (`440 Login Timeout`,
 * `(401) Unauthorized`). A number alone is never a status: `500 mailboxes` is a count.
 */
export const HTTP_REASON_PHRASES: Readonly<Record<string, readonly string[]>> = {
  '400': ['Bad Request'],
  '401': ['Unauthorized', 'Access Denied'],
  '403': ['Forbidden', 'Access Forbidden'],
  '404': ['Not Found', 'File or directory not found'],
  '405': ['Method Not Allowed'],
  '407': ['Proxy Authentication Required'],
  '408': ['Request Timeout', 'Request Time-out'],
  '413': ['Request Entity Too Large', 'Payload Too Large'],
  '440': ['Login Timeout', 'Login Time-out'],
  '449': ['Retry With'],
  '451': ['Redirect'],
  '456': ['Unrecoverable Error'],
  '500': ['Internal Server Error'],
  '501': ['Not Implemented'],
  '502': ['Bad Gateway'],
  '503': ['Service Unavailable', 'Service Temporarily Unavailable', 'The service is unavailable'],
  '504': ['Gateway Timeout', 'Gateway Time-out'],
};

// No two runs of blanks may meet (`[ \t]*[:#]?[ \t]*`): where the optional part between them is
// absent, a long run of blanks is split every possible way before the match fails, which took
// minutes on `HTTP` followed by a few hundred kilobytes of spaces. Each run follows what it pads.
const WITH_HTTP = /\bHTTP(?:\/\d(?:\.\d)?)?[ \t]*(?:(?:status[ \t]+code|status|error|code|response)[ \t]*)?(?:[:#][ \t]*)?\(?([1-5]\d\d)(?:\.\d{1,3})?\)?(?!\w|\.\d)/gi;

const phraseAlternatives = [...new Set(Object.values(HTTP_REASON_PHRASES).flat())]
  .sort((a, b) => b.length - a.length)
  .map((phrase) => phrase.replace(/[-\s]+/g, '[-\\s]?'))
  .join('|');
const WITH_PHRASE = new RegExp(String.raw`(?<![\w.])\(?([1-5]\d\d)(?:\.\d{1,3})?\)?[ \t]*(?:[-:][ \t]*)?(${phraseAlternatives})\b`, 'gi');

function phraseBelongsTo(status: string, phrase: string): boolean {
  const squash = (value: string) => value.toLowerCase().replace(/[-\s]/g, '');
  return (HTTP_REASON_PHRASES[status] ?? []).some((known) => squash(known) === squash(phrase));
}

function httpCode(status: string, text: string, start: number, end: number): FoundCode {
  const normalized = `HTTP ${status}`;
  return { kind: 'http-status', text: text.slice(start, end), normalized, keys: [codeKey(normalized)], start, end };
}

export const httpStatus: Recogniser = {
  kind: 'http-status',
  find(text) {
    const found: FoundCode[] = [];
    for (const match of text.matchAll(WITH_HTTP)) {
      found.push(httpCode(match[1] ?? '', text, match.index, match.index + match[0].length));
    }
    for (const match of text.matchAll(WITH_PHRASE)) {
      const status = match[1] ?? '';
      if (!phraseBelongsTo(status, match[2] ?? '')) continue;
      found.push(httpCode(status, text, match.index, match.index + match[0].length));
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
