// An entry in the knowledge panel, through a two-method DOM: the webview passes one built on
// `document.createElement` and text nodes, the tests one that records the tree. The body is the
// shared renderer (`@exkb/knowledge/render-doc`); this file adds the panel's header and its
// actions: links ask the extension to open them, and code can be inserted at the cursor.
import type { DocBlock } from '@exkb/knowledge/entry-doc';
import { chips, elementMaker, languageLabel, productLabel, renderDoc, type DocHost, type DomLike } from '@exkb/knowledge/render-doc';
import type { PanelEntry } from './messages.js';

// Re-exported: the webview imports them from here.
export { productLabel, type DomLike };

export interface EntryActions {
  openEntry(id: string): void;
  openExternal(url: string): void;
  copy(text: string): void;
  insert(text: string): void;
}

export function renderEntry<E>(dom: DomLike<E>, entry: PanelEntry, actions: EntryActions): E {
  const h = elementMaker(dom);
  const header = h(
    'header',
    { class: 'exkb-entry-header' },
    h('h1', { class: 'exkb-entry-title', tabindex: '-1' }, entry.title),
    ...chips(dom, 'Codes', entry.codes, 'exkb-chip exkb-chip-code'),
    ...chips(dom, 'Products', entry.products.map(productLabel), 'exkb-chip'),
  );
  return h('article', { class: 'exkb-entry', 'aria-label': entry.title, 'data-entry': entry.id }, header, ...renderBlocks(dom, entry.doc, actions));
}

export function renderBlocks<E>(dom: DomLike<E>, blocks: readonly DocBlock[], actions: EntryActions): E[] {
  return renderDoc(dom, blocks, panelHost(actions));
}

/** Every link goes through the extension (a webview cannot navigate); code offers Copy, and Insert unless it is the wrong example. */
function panelHost(actions: EntryActions): DocHost {
  return {
    entryLink: (id) => ({ href: `exkb:${id}`, attributes: { title: `Open entry ${id}` }, onClick: () => actions.openEntry(id) }),
    externalLink: (url) => ({ href: url, attributes: { title: url }, onClick: () => actions.openExternal(url) }),
    codeLabel: (block) => [languageLabel(block.lang), block.wrong ? 'wrong example' : ''].filter(Boolean).join(' · '),
    snippetButtons: (block, label) => [
      { text: 'Copy', ariaLabel: `Copy ${label || 'code'}`, run: (snippet) => actions.copy(snippet) },
      ...(block.wrong ? [] : [{ text: 'Insert at cursor', ariaLabel: `Insert ${label || 'code'} at the cursor`, run: (snippet: string) => actions.insert(snippet) }]),
    ],
  };
}
