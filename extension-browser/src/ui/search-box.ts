// Search as you type over a listbox of results, the one behaviour of the popup and of the entry
// page's "not found" search: debounced input, newest answer wins, arrows/Ctrl+Home/Ctrl+End move
// the selection, Enter chooses it (or searches at once when there is none).
import type { SearchHit } from '../shared/messages.js';
import { dom } from './dom.js';
import { moveSelection, renderResults } from './results.js';

export const SEARCH_DEBOUNCE_MS = 80;

export interface SearchBoxOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  status: HTMLElement;
  /** Asks the background; the query is trimmed and never empty. */
  find(query: string): Promise<SearchHit[]>;
  choose(hit: SearchHit): void;
  /** The status line for an answer, e.g. "3 results" (the scope of a filter is the caller's). */
  describe(query: string, hits: readonly SearchHit[]): string;
}

export interface SearchBox {
  /** Searches now (cancelling a pending debounced search). */
  search(): Promise<void>;
}

export function attachSearchBox({ input, list, status, find, choose, describe }: SearchBoxOptions): SearchBox {
  let hits: SearchHit[] = [];
  let selected = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const select = (index: number) => {
    selected = index;
    list.querySelectorAll<HTMLElement>('[data-exkb-result]').forEach((option, at) => option.setAttribute('aria-selected', String(at === index)));
    const option = list.children[index] as HTMLElement | undefined;
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const search = async () => {
    clearTimeout(timer);
    const query = input.value.trim();
    const mine = ++sequence;
    if (query === '') {
      hits = [];
      list.replaceChildren();
      input.setAttribute('aria-expanded', 'false');
      status.textContent = '';
      return;
    }
    try {
      const found = await find(query);
      if (mine !== sequence) return;
      hits = found;
      list.replaceChildren(...renderResults(dom, hits, choose, query));
      input.setAttribute('aria-expanded', String(hits.length > 0));
      status.textContent = describe(query, hits);
      select(hits.length > 0 ? 0 : -1);
    } catch (error) {
      if (mine !== sequence) return;
      status.textContent = `Search failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), SEARCH_DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      const hit = hits[selected >= 0 ? selected : 0];
      if (hit) choose(hit);
      else void search();
      return;
    }
    // Home/End move the caret in a text box; with Ctrl they move through the list.
    if ((event.key === 'Home' || event.key === 'End') && !event.ctrlKey) return;
    const next = moveSelection(selected, event.key, hits.length);
    if (next === undefined) return;
    event.preventDefault();
    select(next);
  });
  return { search };
}
