// The popup's search: as you type (debounced), results as a listbox driven from the input
// (arrows, Home/End, Enter), a chosen result opens inline with a link to the full entry page.
import browser from 'webextension-polyfill';
import { entryPagePath } from '../shared/files.js';
import type { SearchHit } from '../shared/messages.js';
import { call } from '../shared/rpc.js';
import { byId, copyText, dom } from '../ui/dom.js';
import { renderEntry } from '../ui/render-entry.js';
import { moveSelection, renderResults } from '../ui/results.js';

export const SEARCH_DEBOUNCE_MS = 80;
const RESULT_LIMIT = 20;

export function startSearch(initialQuery: string): void {
  const input = byId('search', HTMLInputElement);
  const list = byId('results', HTMLUListElement);
  const status = byId('search-status', HTMLParagraphElement);
  const searchView = byId('search-view', HTMLElement);
  const entryView = byId('entry-view', HTMLElement);
  const entryHost = byId('entry', HTMLDivElement);
  const openPage = byId('open-entry-page', HTMLAnchorElement);
  const copyStatus = byId('copy-status', HTMLParagraphElement);

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
      const found = await call('search', { query: query.slice(0, 2_000), limit: RESULT_LIMIT });
      if (mine !== sequence) return;
      hits = found;
      list.replaceChildren(...renderResults(dom, hits, (hit) => void openEntry(hit.id)));
      input.setAttribute('aria-expanded', String(hits.length > 0));
      status.textContent = hits.length === 0 ? `Nothing found for “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'}`;
      select(hits.length > 0 ? 0 : -1);
    } catch (error) {
      if (mine !== sequence) return;
      status.textContent = `Search failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  const openEntry = async (id: string) => {
    const entry = await call('entry', { id }).catch(() => null);
    if (entry === null) {
      status.textContent = `The entry “${id}” is not in the knowledge base.`;
      return;
    }
    entryHost.replaceChildren(renderEntry(dom, entry, { copy: (text) => void copyText(text, copyStatus), openEntry: (other) => void openEntry(other) }, { headingLevel: 2 }));
    openPage.href = entryPagePath(id);
    openPage.dataset.exkbEntry = id;
    searchView.hidden = true;
    entryView.hidden = false;
    entryHost.querySelector<HTMLElement>('#entry-title')?.focus();
  };

  const back = () => {
    entryView.hidden = true;
    searchView.hidden = false;
    input.focus();
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
      if (hit) void openEntry(hit.id);
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
  byId('back', HTMLButtonElement).addEventListener('click', back);
  entryView.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      back();
    }
  });
  // The full page opens as a tab of its own (a link's default in a popup is unreliable across browsers).
  openPage.addEventListener('click', (event) => {
    event.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL(openPage.getAttribute('href') ?? '') });
  });

  input.value = initialQuery;
  input.focus();
  if (initialQuery.trim() !== '') void search();
}
