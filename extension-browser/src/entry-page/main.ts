// The full entry: `entry.html?id=<id>`, opened from the popover, the popup and other entries.
// An unknown id says so and offers a search instead.
import { entryPagePath } from '../shared/files.js';
import type { SearchHit } from '../shared/messages.js';
import { call } from '../shared/rpc.js';
import { byId, copyText, dom, h } from '../ui/dom.js';
import { renderEntry } from '../ui/render-entry.js';
import { moveSelection, renderResults } from '../ui/results.js';

const SEARCH_DEBOUNCE_MS = 80;

const main = byId('main', HTMLElement);
const status = byId('page-status', HTMLParagraphElement);
const copyStatus = byId('copy-status', HTMLParagraphElement);

async function show(id: string): Promise<void> {
  const entry = id === '' ? null : await call('entry', { id: id.slice(0, 200) });
  if (entry === null) {
    notFound(id);
    return;
  }
  document.title = `${entry.title} · exkb`;
  byId('entry', HTMLDivElement).replaceChildren(renderEntry(dom, entry, { copy: (text) => void copyText(text, copyStatus) }));
  status.textContent = '';
  status.hidden = true;
  main.dataset.exkbPageState = 'entry';
  await showRelated(entry.links);
}

async function showRelated(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const entries = await Promise.all(ids.map((id) => call('entry', { id }).catch(() => null)));
  const items = entries.flatMap((entry) => (entry === null ? [] : [h('li', { 'data-exkb-related': entry.id }, h('a', { href: entryPagePath(entry.id) }, entry.title))]));
  if (items.length === 0) return;
  byId('related-list', HTMLUListElement).replaceChildren(...items);
  byId('related', HTMLElement).hidden = false;
}

function notFound(id: string): void {
  document.title = 'Entry not found · exkb';
  status.hidden = true;
  main.dataset.exkbPageState = 'not-found';
  byId('not-found', HTMLElement).hidden = false;
  byId('not-found-text', HTMLParagraphElement).textContent = id === '' ? 'No entry was named.' : `There is no entry “${id}” in the knowledge base. It may have been renamed, or it was an imported entry that has been removed.`;
  const input = byId('search', HTMLInputElement);
  const list = byId('results', HTMLUListElement);
  const searchStatus = byId('search-status', HTMLParagraphElement);
  let hits: SearchHit[] = [];
  let selected = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const open = (hit: SearchHit) => location.assign(entryPagePath(hit.id));
  const select = (index: number) => {
    selected = index;
    [...list.children].forEach((option, at) => option.setAttribute('aria-selected', String(at === index)));
    const option = list.children[index];
    if (option) input.setAttribute('aria-activedescendant', option.id);
  };
  const search = async () => {
    const mine = ++sequence;
    const query = input.value.trim();
    const found = query === '' ? [] : await call('search', { query, limit: 20 }).catch(() => []);
    if (mine !== sequence) return;
    hits = found;
    list.replaceChildren(...renderResults(dom, hits, open));
    input.setAttribute('aria-expanded', String(hits.length > 0));
    searchStatus.textContent = query === '' ? '' : hits.length === 0 ? `Nothing found for “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'}`;
    select(hits.length > 0 ? 0 : -1);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), SEARCH_DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[Math.max(selected, 0)];
      if (hit) open(hit);
      return;
    }
    if ((event.key === 'Home' || event.key === 'End') && !event.ctrlKey) return;
    const next = moveSelection(selected, event.key, hits.length);
    if (next === undefined) return;
    event.preventDefault();
    select(next);
  });
  // An id that looks like words is a good first query.
  input.value = id.replace(/-/g, ' ').slice(0, 200);
  input.focus();
  if (input.value.trim() !== '') void search();
}

void show(new URLSearchParams(location.search).get('id') ?? '').catch((error: unknown) => {
  status.textContent = `exkb could not load the entry: ${error instanceof Error ? error.message : String(error)}`;
  status.classList.add('exkb-error');
  main.dataset.exkbPageState = 'error';
});
