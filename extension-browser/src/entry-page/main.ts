// The full entry: `entry.html?id=<id>`, opened from the popover, the popup and other entries.
// An unknown id says so and offers a search instead.
import { entryPagePath } from '../shared/files.js';
import { call } from '../shared/rpc.js';
import { byId, copyText, dom, h } from '../ui/dom.js';
import { renderEntry } from '../ui/render-entry.js';
import { describeHits } from '../ui/results.js';
import { attachSearchBox } from '../ui/search-box.js';

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
  const box = attachSearchBox({
    input,
    list: byId('results', HTMLUListElement),
    status: byId('search-status', HTMLParagraphElement),
    find: (query) => call('search', { query, limit: 20 }),
    choose: (hit) => location.assign(entryPagePath(hit.id)),
    describe: (query, hits) => describeHits(query, hits),
  });
  // An id that looks like words is a good first query.
  input.value = id.replace(/-/g, ' ').slice(0, 200);
  input.focus();
  if (input.value.trim() !== '') void box.search();
}

void show(new URLSearchParams(location.search).get('id') ?? '').catch((error: unknown) => {
  status.textContent = `exkb could not load the entry: ${error instanceof Error ? error.message : String(error)}`;
  status.classList.add('exkb-error');
  main.dataset.exkbPageState = 'error';
});
