// The knowledge panel in the webview: search as you type, a keyboard-driven result list, the entry
// rendered from its tree, and the paste box. Everything it shows arrives from the host; everything
// it does goes back as a message.
import type { ScanCode } from 'exkb-language-server/protocol';
import type { HostMessage, PanelEntry, ResultItem } from '../messages.js';
import type { ProductFilter } from '../product-filter.js';
import { rangeChipText } from '../range-chip.js';
import { scanSummary } from '../scan-summary.js';
import { productLabel, renderEntry, type EntryActions } from '../render-entry.js';
import { byId, dom, h } from './dom.js';
import { loadState, onHostMessage, saveState, send, type PanelState } from './host.js';

const SEARCH_DELAY_MS = 150;

const query = byId('exkb-query', HTMLInputElement);
const productFilter = byId('exkb-product', HTMLSelectElement);
const status = byId('exkb-status', HTMLParagraphElement);
const results = byId('exkb-results', HTMLUListElement);
const entryView = byId('exkb-entry', HTMLElement);
const paste = byId('exkb-paste', HTMLTextAreaElement);
const scanButton = byId('exkb-scan-button', HTMLButtonElement);
const scanStatus = byId('exkb-scan-status', HTMLParagraphElement);
const scanResults = byId('exkb-scan-results', HTMLDivElement);
const tabs = { search: byId('exkb-tab-search', HTMLButtonElement), scan: byId('exkb-tab-scan', HTMLButtonElement) };
const panels = { search: byId('exkb-search-panel', HTMLElement), scan: byId('exkb-scan-panel', HTMLElement) };

let state: PanelState = loadState();
let searchSeq = 0;
let scanSeq = 0;
let searchTimer: ReturnType<typeof setTimeout> | undefined;
let items: ResultItem[] = [];
let active = -1;
/** Entries opened through links, for the Back button. */
const history: string[] = [];

const actions: EntryActions = {
  openEntry: (id) => openEntry(id, true),
  openExternal: (url) => send({ type: 'openExternal', url }),
  copy: (text) => send({ type: 'copy', text }),
  insert: (text) => send({ type: 'insert', text }),
};

function remember(change: Partial<PanelState>): void {
  state = { ...state, ...change };
  if (change.entryId === undefined && 'entryId' in change) delete state.entryId;
  saveState(state);
}

// Search

function scheduleSearch(): void {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(runSearch, SEARCH_DELAY_MS);
}

function runSearch(): void {
  clearTimeout(searchTimer);
  remember({ query: query.value });
  searchSeq += 1;
  if (query.value.trim() === '') {
    showResults([]);
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  // The select only offers '' and product ids; the host checks the value again.
  send({ type: 'search', seq: searchSeq, query: query.value, product: productFilter.value as ProductFilter });
}

/** "3 entries for Exchange 2010", or "3 entries" when every product is searched. */
function countText(count: number, product: ProductFilter): string {
  const chosen = product === '' ? undefined : [...productFilter.options].find((option) => option.value === product);
  const scope = chosen ? ` for ${chosen.text}` : '';
  return count === 0 ? `No entries${scope} match` : `${count} entr${count === 1 ? 'y' : 'ies'}${scope}.`;
}

function showResults(found: ResultItem[]): void {
  items = found;
  active = found.length > 0 ? 0 : -1;
  results.replaceChildren(...found.map(resultRow));
  query.setAttribute('aria-expanded', String(found.length > 0));
  highlight();
}

function resultRow(item: ResultItem, index: number): HTMLElement {
  const codes = item.matchedCodes.length > 0 ? item.matchedCodes : item.codes.slice(0, 3);
  const row = h(
    'li',
    { id: `exkb-result-${index}`, role: 'option', class: 'exkb-result', 'aria-selected': 'false', 'data-entry': item.id },
    h('span', { class: 'exkb-result-title' }, item.title),
    h(
      'span',
      { class: 'exkb-result-meta' },
      ...codes.map((code) => h('code', { class: 'exkb-chip exkb-chip-code' }, code)),
      ...item.matchedRanges.map((range) => h('span', { class: 'exkb-chip exkb-chip-range', title: `The query's code falls in the range ${range} this entry lists` }, rangeChipText(state.query, range))),
      ...item.products.slice(0, 4).map((product) => h('span', { class: 'exkb-chip' }, productLabel(product)))),
    h('span', { class: 'exkb-result-summary' }, item.summary),
  );
  row.addEventListener('click', () => openEntry(item.id, false));
  row.addEventListener('mousemove', () => {
    if (active !== index) {
      active = index;
      highlight();
    }
  });
  return row;
}

function highlight(): void {
  [...results.children].forEach((row, index) => row.setAttribute('aria-selected', String(index === active)));
  const current = results.children[active];
  if (current) {
    query.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else query.removeAttribute('aria-activedescendant');
}

query.addEventListener('input', scheduleSearch);
productFilter.addEventListener('change', () => {
  remember({ product: productFilter.value });
  runSearch();
});
query.addEventListener('keydown', (event) => {
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp':
      if (items.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      highlight();
      return;
    case 'Enter': {
      event.preventDefault();
      // Enter before the debounce fired searches now rather than opening a stale result.
      if (searchTimer !== undefined && state.query !== query.value) return runSearch();
      const item = items[active];
      if (item) openEntry(item.id, false);
      return;
    }
    case 'Escape':
      if (query.value === '') return;
      event.preventDefault();
      query.value = '';
      runSearch();
      return;
  }
});

// Entries

function openEntry(id: string, fromLink: boolean): void {
  if (fromLink && state.entryId) history.push(state.entryId);
  if (!fromLink) history.length = 0;
  remember({ entryId: id });
  entryView.setAttribute('aria-busy', 'true');
  send({ type: 'open', id });
}

function showEntry(entry: PanelEntry): void {
  const back = h('button', { type: 'button', class: 'exkb-button exkb-back', 'aria-label': history.length > 0 ? 'Back to the previous entry' : 'Back to the results' }, '← Back');
  back.addEventListener('click', goBack);
  entryView.replaceChildren(h('nav', { class: 'exkb-entry-nav' }, back), renderEntry(dom, entry, actions));
  entryView.removeAttribute('aria-busy');
  document.body.classList.add('exkb-reading');
  entryView.querySelector<HTMLElement>('.exkb-entry-title')?.focus();
}

function goBack(): void {
  const previous = history.pop();
  if (previous) {
    remember({ entryId: previous });
    send({ type: 'open', id: previous });
    return;
  }
  closeEntry();
}

function closeEntry(): void {
  remember({ entryId: undefined });
  entryView.replaceChildren();
  document.body.classList.remove('exkb-reading');
  (state.tab === 'scan' ? paste : query).focus();
}

entryView.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    goBack();
  }
});

// Paste box

function runScan(): void {
  scanSeq += 1;
  if (paste.value.trim() === '') {
    scanResults.replaceChildren();
    scanStatus.textContent = '';
    return;
  }
  scanStatus.textContent = 'Looking for codes…';
  send({ type: 'scan', seq: scanSeq, text: paste.value });
}

function showScan(codes: ScanCode[], totalCodes: number): void {
  const matched = codes.filter((code) => code.entries.length > 0).length;
  scanStatus.textContent = scanSummary(codes.length, matched, totalCodes);
  scanResults.replaceChildren(
    ...codes.map((code) => {
      const remedies = code.entries.map((entry) => {
        const link = h('a', { href: `exkb:${entry.id}`, class: 'exkb-entry-link' }, entry.title);
        dom.onClick(link, () => openEntry(entry.id, false));
        return h('li', {}, link, h('p', { class: 'exkb-remedy' }, entry.fix));
      });
      return h(
        'section',
        { class: 'exkb-scan-code', 'aria-label': `Code ${code.text}` },
        h('h2', {}, h('code', {}, code.text), ' ', h('span', { class: 'exkb-chip' }, `${code.kind} ${code.normalized}`)),
        h('p', { class: 'exkb-scan-line' }, h('span', { class: 'exkb-scan-line-number' }, `line ${code.line}`), ' ', code.lineText),
        remedies.length > 0 ? h('ul', { class: 'exkb-remedies' }, ...remedies) : h('p', { class: 'exkb-muted' }, 'No entry for this code yet.'),
      );
    }),
  );
}

scanButton.addEventListener('click', runScan);
paste.addEventListener('paste', () => setTimeout(runScan, 0));
paste.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    runScan();
  }
});

// Tabs: arrows move between them, as the ARIA tabs pattern says.

function selectTab(tab: PanelState['tab'], focus: boolean): void {
  for (const name of ['search', 'scan'] as const) {
    const selected = name === tab;
    tabs[name].setAttribute('aria-selected', String(selected));
    tabs[name].tabIndex = selected ? 0 : -1;
    panels[name].hidden = !selected;
  }
  remember({ tab });
  if (focus) tabs[tab].focus();
}

for (const name of ['search', 'scan'] as const) {
  tabs[name].addEventListener('click', () => {
    selectTab(name, false);
    (name === 'scan' ? paste : query).focus();
  });
  tabs[name].addEventListener('keydown', (event) => {
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      selectTab(name === 'search' ? 'scan' : 'search', true);
    }
  });
}

// Messages from the host

onHostMessage((message: HostMessage) => {
  switch (message.type) {
    case 'results':
      if (message.seq !== searchSeq) return;
      status.textContent = message.items.length === 0 ? `${countText(0, message.product)} “${message.query}”.` : `${countText(message.items.length, message.product)} Use ↑ ↓ and Enter.`;
      showResults(message.items);
      return;
    case 'entry':
      showEntry(message.entry);
      return;
    case 'missing':
      entryView.removeAttribute('aria-busy');
      status.textContent = `There is no entry “${message.id}”.`;
      if (state.entryId === message.id) remember({ entryId: undefined });
      return;
    case 'scanned':
      if (message.seq === scanSeq) showScan(message.codes, message.totalCodes);
      return;
    case 'showSearch':
      closeEntry();
      selectTab('search', false);
      // No query (the palette command): keep what the box holds, ready to be typed over.
      if (message.query !== '') query.value = message.query;
      query.focus();
      query.select();
      runSearch();
      return;
    case 'failed':
      entryView.removeAttribute('aria-busy');
      (state.tab === 'scan' ? scanStatus : status).textContent = message.message;
      return;
  }
});

selectTab(state.tab, false);
// A remembered choice wins over the workspace's version; one the select no longer offers is dropped.
if (state.product !== undefined && [...productFilter.options].some((option) => option.value === state.product)) productFilter.value = state.product;
query.value = state.query;
if (state.query !== '') runSearch();
if (state.entryId) openEntry(state.entryId, false);
send({ type: 'ready' });
