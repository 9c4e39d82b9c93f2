// Renders an entry's allow-listed tree through a two-method DOM: the webview passes one built on
// `document.createElement` and text nodes, the tests one that records the tree. Every string from
// an entry becomes a text node; tags and attributes come from this file only.
import type { DocBlock, DocInline } from '@exkb/knowledge/entry-doc';
import type { PanelEntry } from './messages.js';

export interface DomLike<E> {
  /** An element with attributes and children; string children are text nodes, never markup. */
  element(tag: string, attributes: Readonly<Record<string, string>>, children: ReadonlyArray<E | string>): E;
  /** Runs `handler` on click (and on Enter/Space for buttons and links, as the browser does), default prevented. */
  onClick(element: E, handler: () => void): void;
}

export interface EntryActions {
  openEntry(id: string): void;
  openExternal(url: string): void;
  copy(text: string): void;
  insert(text: string): void;
}

const PRODUCT_NAMES: Readonly<Record<string, string>> = {
  'exchange-online': 'Exchange Online',
  'exchange-se': 'Exchange SE',
};

/** `exchange-2016` → `Exchange 2016`. */
export function productLabel(product: string): string {
  return PRODUCT_NAMES[product] ?? product.replace(/^exchange-/, 'Exchange ');
}

export function renderEntry<E>(dom: DomLike<E>, entry: PanelEntry, actions: EntryActions): E {
  const h = (tag: string, attributes: Readonly<Record<string, string>>, ...children: Array<E | string>) => dom.element(tag, attributes, children);
  const header = h(
    'header',
    { class: 'exkb-entry-header' },
    h('h1', { class: 'exkb-entry-title', tabindex: '-1' }, entry.title),
    ...(entry.codes.length > 0 ? [h('ul', { class: 'exkb-chips', 'aria-label': 'Codes' }, ...entry.codes.map((code) => h('li', { class: 'exkb-chip exkb-chip-code' }, code)))] : []),
    ...(entry.products.length > 0 ? [h('ul', { class: 'exkb-chips', 'aria-label': 'Products' }, ...entry.products.map((product) => h('li', { class: 'exkb-chip' }, productLabel(product))))] : []),
  );
  return h('article', { class: 'exkb-entry', 'aria-label': entry.title, 'data-entry': entry.id }, header, ...renderBlocks(dom, entry.doc, actions));
}

export function renderBlocks<E>(dom: DomLike<E>, blocks: readonly DocBlock[], actions: EntryActions): E[] {
  const h = (tag: string, attributes: Readonly<Record<string, string>>, ...children: Array<E | string>) => dom.element(tag, attributes, children);
  const inline = (nodes: readonly DocInline[]): Array<E | string> =>
    nodes.map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'code':
          return h('code', {}, node.value);
        case 'emphasis':
          return h('em', {}, ...inline(node.children));
        case 'strong':
          return h('strong', {}, ...inline(node.children));
        case 'break':
          return h('br', {});
        case 'link': {
          const { target } = node;
          if (target.kind === 'entry') {
            const link = h('a', { href: `exkb:${target.id}`, class: 'exkb-entry-link', title: `Open entry ${target.id}` }, ...inline(node.children));
            dom.onClick(link, () => actions.openEntry(target.id));
            return link;
          }
          const link = h('a', { href: target.url, class: 'exkb-external-link', title: target.url }, ...inline(node.children));
          dom.onClick(link, () => actions.openExternal(target.url));
          return link;
        }
      }
    });
  const block = (node: DocBlock): E => {
    switch (node.type) {
      case 'heading':
        // The entry title is the page's h1; the entry's own headings start one level below it.
        return h(`h${Math.min(Math.max(node.depth, 2), 6)}`, {}, ...inline(node.children));
      case 'paragraph':
        return h('p', {}, ...inline(node.children));
      case 'list': {
        const items = node.items.map((item) => h('li', {}, ...item.map(block)));
        return node.ordered ? h('ol', node.start === 1 ? {} : { start: String(node.start) }, ...items) : h('ul', {}, ...items);
      }
      case 'quote':
        return h('blockquote', {}, ...node.children.map(block));
      case 'rule':
        return h('hr', {});
      case 'code':
        return codeBlock(dom, node, actions);
    }
  };
  return blocks.map(block);
}

function codeBlock<E>(dom: DomLike<E>, node: Extract<DocBlock, { type: 'code' }>, actions: EntryActions): E {
  const h = (tag: string, attributes: Readonly<Record<string, string>>, ...children: Array<E | string>) => dom.element(tag, attributes, children);
  const label = [languageLabel(node.lang), node.wrong ? 'wrong example' : ''].filter(Boolean).join(' · ');
  const copy = h('button', { type: 'button', class: 'exkb-button', 'aria-label': `Copy ${label || 'code'}` }, 'Copy');
  dom.onClick(copy, () => actions.copy(node.value));
  const buttons = [copy];
  if (!node.wrong) {
    const insert = h('button', { type: 'button', class: 'exkb-button', 'aria-label': `Insert ${label || 'code'} at the cursor` }, 'Insert at cursor');
    dom.onClick(insert, () => actions.insert(node.value));
    buttons.push(insert);
  }
  return h(
    'div',
    { class: node.wrong ? 'exkb-code exkb-code-wrong' : 'exkb-code' },
    h('div', { class: 'exkb-code-bar' }, h('span', { class: 'exkb-code-label' }, label), ...buttons),
    // tabindex: a long line scrolls, and keyboard users must be able to scroll it too.
    h('pre', { tabindex: '0' }, h('code', node.lang ? { 'data-lang': node.lang } : {}, node.value)),
  );
}

const LANGUAGES: Readonly<Record<string, string>> = { powershell: 'PowerShell', ps1: 'PowerShell', pwsh: 'PowerShell', posh: 'PowerShell', text: 'Text', xml: 'XML', json: 'JSON', cmd: 'Command prompt' };

function languageLabel(lang: string): string {
  return LANGUAGES[lang.toLowerCase()] ?? lang;
}
