import { codeKey, type FoundCode, type Recogniser } from './types.js';

/*
 * `Event ID 9328`, `EventID: 9373`, `event 1009`, and lists: `Event IDs 9328 and 9373`,
 * `events 1009, 1010 or 1011`. Each ID in a list becomes its own code.
 */
// Each run of blanks follows the word it pads (`events? ids?`, not `events?[ \t]*(?:ids?)?[ \t]*`):
// two runs that meet split a long run of blanks every possible way before failing (quadratic).
const EVENT = /\bevents?[ \t]*(?:ids?[ \t]*)?(?:[:#=][ \t]*)?(\d{1,5})((?:[ \t]*(?:,|\/|&|\band\b|\bor\b)[ \t]*(?:(?:and|or)[ \t]+)?\d{1,5}(?!\d))*)(?![\w.])/gi;
const LISTED_ID = /\d{1,5}/g;

/** Windows event IDs are 16-bit. */
const MAX_EVENT_ID = 65535;

function eventCode(id: string, text: string, start: number, end: number): FoundCode | undefined {
  const value = Number(id);
  if (value === 0 || value > MAX_EVENT_ID) return undefined;
  const normalized = `Event ${value}`;
  return { kind: 'event-id', text: text.slice(start, end), normalized, keys: [codeKey(normalized)], start, end };
}

export const eventId: Recogniser = {
  kind: 'event-id',
  find(text) {
    const found: FoundCode[] = [];
    for (const match of text.matchAll(EVENT)) {
      const [whole, first = '', rest = ''] = match;
      const restStart = match.index + whole.length - rest.length;
      const firstCode = eventCode(first, text, match.index, restStart);
      if (firstCode) found.push(firstCode);
      for (const listed of rest.matchAll(LISTED_ID)) {
        const start = restStart + listed.index;
        const code = eventCode(listed[0], text, start, start + listed[0].length);
        if (code) found.push(code);
      }
    }
    return found;
  },
};
