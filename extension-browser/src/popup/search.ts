// The popup's search: as you type (debounced), results as a listbox driven from the input
// (arrows, Home/End, Enter), a chosen result opens inline with a link to the full entry page.
import browser from 'webextension-polyfill';
import { entryPagePath } from '../shared/files.js';
import type { SearchHit } from '../shared/messages.js';
import { call } from '../shared/rpc.js';
import { DEFAULT_SEARCH_PRODUCT, normalizeSettings, SEARCH_PRODUCTS, type Settings } from '../shared/settings.js';
import { byId, copyText, dom } from '../ui/dom.js';
import { productLabel, renderEntry } from '../ui/render-entry.js';
import { moveSelection, renderResults } from '../ui/results.js';

export const SEARCH_DEBOUNCE_MS = 80;
const RESULT_LIMIT = 20;

export function startSearch(initialQuery: string): void {
  const input = byId('search', HTMLInputElement);
  const list = byId('results', HTMLUListElement);
  const status = byId('search-status', HTMLParagraphElement);
  const productSelect = byId('search-product', HTMLSelectElement);
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
    const product = selectedProduct();
    const scope = product === '' ? '' : ` for ${productLabel(product)}`;
    try {
      const found = await call('search', { query: query.slice(0, 2_000), limit: RESULT_LIMIT, ...(product === '' ? {} : { products: [product] }) });
      if (mine !== sequence) return;
      hits = found;
      list.replaceChildren(...renderResults(dom, hits, (hit) => void openEntry(hit.id), query));
      input.setAttribute('aria-expanded', String(hits.length > 0));
      status.textContent = hits.length === 0 ? `Nothing found${scope} for “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'}${scope}`;
      select(hits.length > 0 ? 0 : -1);
    } catch (error) {
      if (mine !== sequence) return;
      status.textContent = `Search failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  /** The select's product, or `''` for every product. */
  const selectedProduct = (): NonNullable<Settings['searchProduct']> | typeof DEFAULT_SEARCH_PRODUCT => normalizeSettings({ searchProduct: productSelect.value }).searchProduct ?? DEFAULT_SEARCH_PRODUCT;

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

  productSelect.append(...SEARCH_PRODUCTS.map((product) => new Option(productLabel(product), product)));
  productSelect.addEventListener('change', () => {
    const product = selectedProduct();
    void (product === DEFAULT_SEARCH_PRODUCT ? browser.storage.local.remove('searchProduct') : browser.storage.local.set({ searchProduct: product }));
    clearTimeout(timer);
    void search();
  });

  input.value = initialQuery;
  input.focus();
  // The remembered filter is read before the first search, so a prefilled query (`?q=`) honours it.
  void browser.storage.local
    .get('searchProduct')
    .then((stored) => {
      productSelect.value = normalizeSettings(stored).searchProduct ?? DEFAULT_SEARCH_PRODUCT;
    })
    .catch(() => undefined)
    .finally(() => {
      if (input.value.trim() !== '') void search();
    });
}
