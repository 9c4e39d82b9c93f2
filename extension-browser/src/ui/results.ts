// The search result list shared by the popup and the entry page's "not found" search, and the
// keyboard model of a listbox: arrows move, Home/End jump, Enter chooses.
import { findCodes } from '@exkb/knowledge';
import type { DomLike } from '@exkb/knowledge/render-doc';
import type { SearchHit } from '../shared/messages.js';

/** The index selected after `key`, or undefined when the key is not a list key. */
export function moveSelection(current: number, key: string, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return current <= 0 ? 0 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** One option per hit: title, the codes (matched ones marked), ranges the query's code fell in, one line of summary. */
export function renderResults<E>(dom: DomLike<E>, hits: readonly SearchHit[], choose: (hit: SearchHit) => void, query = ''): E[] {
  const h = (tag: string, attributes: Readonly<Record<string, string>>, ...children: Array<E | string>) => dom.element(tag, attributes, children);
  return hits.map((hit, index) => {
    const codes = [
      ...hit.matchedRanges.map((range) => h('li', { class: 'exkb-chip exkb-chip-code exkb-chip-matched exkb-chip-range', 'data-exkb-range': range }, rangeChipText(query, range))),
      ...hit.codes.filter((code) => !hit.matchedRanges.includes(code)).map((code) => h('li', { class: isMatched(code, hit.matchedCodes) ? 'exkb-chip exkb-chip-code exkb-chip-matched' : 'exkb-chip exkb-chip-code' }, code)),
    ];
    const option = h(
      'li',
      { role: 'option', id: `result-${index}`, class: 'exkb-result', 'data-exkb-result': hit.id, 'aria-selected': 'false' },
      h('span', { class: 'exkb-result-title' }, hit.title),
      ...(codes.length > 0 ? [h('ul', { class: 'exkb-chips', 'aria-label': 'Codes' }, ...codes)] : []),
      ...(hit.summary ? [h('span', { class: 'exkb-result-summary' }, hit.summary)] : []),
    );
    dom.onClick(option, () => choose(hit));
    return option;
  });
}

/** Whether an entry's code (`550 5.7.1`) is one the query named (`5.7.1`, normalised): whole codes, never substrings. */
export function isMatched(code: string, matchedCodes: readonly string[]): boolean {
  return matchedCodes.length > 0 && findCodes(code).some((found) => matchedCodes.includes(found.normalized));
}

/** `5.7.950 in 5.7.900-999`: the query's code that an entry answers through a range it lists; `in 5.7.900-999` when none is named. */
export function rangeChipText(query: string, range: string): string {
  const parts = /^(\d\.\d{1,3})\.(\d{1,3})-(\d{1,3})$/.exec(range);
  if (!parts) return `in ${range}`;
  const [, prefix = '', low = '', high = ''] = parts;
  const inside = findCodes(query).find((found) => {
    const detail = found.normalized.startsWith(`${prefix}.`) ? found.normalized.slice(prefix.length + 1) : '';
    return /^\d{1,3}$/.test(detail) && Number(detail) >= Number(low) && Number(detail) <= Number(high);
  });
  return inside ? `${inside.normalized} in ${range}` : `in ${range}`;
}

/** "3 results", "1 result" or "Nothing found for “x”." with an optional scope (" for Exchange 2010"). */
export function describeHits(query: string, hits: readonly SearchHit[], scope = ''): string {
  return hits.length === 0 ? `Nothing found${scope} for “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'}${scope}`;
}
