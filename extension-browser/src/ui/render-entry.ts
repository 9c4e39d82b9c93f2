// An entry as elements, through a two-method DOM (`DomLike`): the pages pass one built on
// createElement and text nodes (dom.ts), the tests one that records the tree. The Markdown goes
// through entryDoc's allow-list first; every string from an entry becomes a text node, and tags
// and attributes come from this file only.
import { entryDoc, type DocBlock, type DocInline } from '@exkb/knowledge/entry-doc';
import { entryPagePath } from '../shared/files.js';
import type { EntryView } from '../shared/messages.js';

export interface DomLike<E> {
  /** An element with attributes and children; string children are text nodes, never markup. */
  element(tag: string, attributes: Readonly<Record<string, string>>, children: ReadonlyArray<E | string>): E;
  /** Runs `handler` on click (Enter on links and buttons clicks too), default prevented. */
  onClick(element: E, handler: () => void): void;
}

export interface EntryActions {
  copy(text: string): void;
  /** When set (the popup), links to other entries open here instead of navigating to entry.html. */
  openEntry?: (id: string) => void;
}

const PRODUCT_NAMES: Readonly<Record<string, string>> = { 'exchange-online': 'Exchange Online', 'exchange-se': 'Exchange SE' };

/** `exchange-2016` → `Exchange 2016`. */
export function productLabel(product: string): string {
  return PRODUCT_NAMES[product] ?? product.replace(/^exchange-/, 'Exchange ');
}

/** `KB953467` → its support article; an https reference as it is; anything else: no link. */
export function referenceHref(reference: string): string | undefined {
  const kb = /^KB(\d{6,7})$/.exec(reference);
  if (kb) return `https://support.microsoft.com/help/${kb[1]}`;
  try {
    const url = new URL(reference);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function renderEntry<E>(dom: DomLike<E>, entry: EntryView, actions: EntryActions, options: { headingLevel?: 1 | 2 } = {}): E {
  const h = (tag: string, attributes: Readonly<Record<string, string>>, ...children: Array<E | string>) => dom.element(tag, attributes, children);
  const chips = (label: string, values: readonly string[], className: string) =>
    values.length === 0 ? [] : [h('ul', { class: 'exkb-chips', 'aria-label': label }, ...values.map((value) => h('li', { class: className }, value)))];
  const header = h(
    'header',
    { class: 'exkb-entry-header' },
    h(`h${options.headingLevel ?? 1}`, { class: 'exkb-entry-title', id: 'entry-title', tabindex: '-1' }, entry.title),
    ...(entry.origin === 'imported' ? [h('p', { class: 'exkb-origin', 'data-exkb-origin': 'imported' }, 'Imported by your team')] : []),
    ...chips('Codes', entry.codes, 'exkb-chip exkb-chip-code'),
    ...chips('Products', entry.products.map(productLabel), 'exkb-chip'),
  );
  const references = entry.references.length === 0 ? [] : [
    h('section', { class: 'exkb-references', 'aria-labelledby': 'entry-references' },
      h('h2', { id: 'entry-references' }, 'References'),
      h('ul', {}, ...entry.references.map((reference) => {
        const href = referenceHref(reference);
        return h('li', {}, href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, reference) : reference);
      })),
    ),
  ];
  return h('article', { class: 'exkb-entry', 'aria-labelledby': 'entry-title', 'data-exkb-entry-id': entry.id }, header, ...renderBlocks(dom, entryDoc(entry.markdown), actions), ...references);
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
          if (target.kind === 'external') return h('a', { href: target.url, class: 'exkb-external-link', target: '_blank', rel: 'noopener noreferrer' }, ...inline(node.children));
          const link = h('a', { href: entryPagePath(target.id), class: 'exkb-entry-link', 'data-exkb-link': target.id }, ...inline(node.children));
          const open = actions.openEntry;
          if (open) dom.onClick(link, () => open(target.id));
          return link;
        }
      }
    });
  const block = (node: DocBlock): E => {
    switch (node.type) {
      case 'heading':
        // The entry title is the page's heading; the entry's own headings start one level below.
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

const LANGUAGES: Readonly<Record<string, string>> = { powershell: 'PowerShell', ps1: 'PowerShell', pwsh: 'PowerShell', posh: 'PowerShell', text: 'Text', xml: 'XML', json: 'JSON', cmd: 'Command prompt' };

export function languageLabel(lang: string): string {
  return LANGUAGES[lang.toLowerCase()] ?? lang;
}

function codeBlock<E>(dom: DomLike<E>, node: Extract<DocBlock, { type: 'code' }>, actions: EntryActions): E {
  const h = (tag: string, attributes: Readonly<Record<string, string>>, ...children: Array<E | string>) => dom.element(tag, attributes, children);
  const language = languageLabel(node.lang);
  const label = node.wrong ? `Wrong${language ? ` (${language})` : ''}: do not run this` : language;
  const copy = h('button', { type: 'button', class: 'exkb-button exkb-copy', 'data-exkb-copy': '', 'aria-label': `Copy ${node.wrong ? 'wrong example' : language || 'code'}` }, 'Copy');
  dom.onClick(copy, () => actions.copy(node.value));
  return h(
    'div',
    { class: node.wrong ? 'exkb-code exkb-code-wrong' : 'exkb-code', ...(node.wrong ? { 'data-exkb-wrong': '' } : {}) },
    h('div', { class: 'exkb-code-bar' }, h('span', { class: 'exkb-code-label' }, label), copy),
    // tabindex: a long line scrolls, and keyboard users must be able to scroll it too.
    h('pre', { tabindex: '0' }, h('code', node.lang ? { 'data-lang': node.lang } : {}, node.value)),
  );
}
