// The popup's search: as you type (debounced), results as a listbox driven from the input
// (arrows, Home/End, Enter), a chosen result opens inline with a link to the full entry page.
import browser from 'webextension-polyfill';
import { entryPagePath } from '../shared/files.js';
import { call } from '../shared/rpc.js';
import { DEFAULT_SEARCH_PRODUCT, normalizeSettings, SEARCH_PRODUCTS, type Settings } from '../shared/settings.js';
import { loadSettings, saveSettings } from '../shared/settings-store.js';
import { byId, copyText, dom } from '../ui/dom.js';
import { productLabel, renderEntry } from '../ui/render-entry.js';
import { describeHits } from '../ui/results.js';
import { attachSearchBox } from '../ui/search-box.js';

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

  const box = attachSearchBox({
    input,
    list,
    status,
    find: (query) => {
      const product = selectedProduct();
      return call('search', { query: query.slice(0, 2_000), limit: RESULT_LIMIT, ...(product === '' ? {} : { products: [product] }) });
    },
    choose: (hit) => void openEntry(hit.id),
    describe: (query, hits) => {
      const product = selectedProduct();
      return describeHits(query, hits, product === '' ? '' : ` for ${productLabel(product)}`);
    },
  });

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
    void (product === DEFAULT_SEARCH_PRODUCT ? browser.storage.local.remove('searchProduct') : saveSettings(browser.storage.local, { searchProduct: product }));
    void box.search();
  });

  input.value = initialQuery;
  input.focus();
  // The remembered filter is read before the first search, so a prefilled query (`?q=`) honours it.
  void loadSettings(browser.storage.local, ['searchProduct'])
    .then((settings) => {
      productSelect.value = settings.searchProduct ?? DEFAULT_SEARCH_PRODUCT;
    })
    .catch(() => undefined)
    .finally(() => {
      if (input.value.trim() !== '') void box.search();
    });
}
