// An entry's allow-listed tree (entry-doc.ts) as elements, through a two-method DOM (`DomLike`),
// for every host: the browser extension's pages, the VS Code panel's webview and tests that record
// the tree. Every string from an entry becomes a text node; tags and attributes come from this file
// and the host's `DocHost` only. No DOM globals and no Node APIs: it runs wherever its DomLike does.
import type { DocBlock, DocInline } from './entry-doc.js';

export interface DomLike<E> {
  /** An element with attributes and children; string children are text nodes, never markup. */
  element(tag: string, attributes: Attributes, children: ReadonlyArray<E | string>): E;
  /** Runs `handler` on click (and on Enter/Space for buttons and links, as the browser does), default prevented. */
  onClick(element: E, handler: () => void): void;
}

export type Attributes = Readonly<Record<string, string>>;
export type CodeBlock = Extract<DocBlock, { type: 'code' }>;

/** A link as one host wants it: where it points, the attributes after its class, and what a click does (none: follow the href). */
export interface LinkRendering {
  href: string;
  attributes: Attributes;
  onClick?: () => void;
}

/** A button in a code block's bar (Copy, Insert at cursor). */
export interface SnippetButton {
  text: string;
  /** Says which snippet, for screen readers. */
  ariaLabel: string;
  /** After `type` and before `aria-label`; a `class` here replaces the plain `exkb-button`. */
  attributes?: Attributes;
  run(snippet: string): void;
}

/** What differs between hosts: where links go and what the code blocks offer. */
export interface DocHost {
  entryLink(id: string): LinkRendering;
  externalLink(url: string): LinkRendering;
  codeLabel(block: CodeBlock): string;
  snippetButtons(block: CodeBlock, label: string): SnippetButton[];
  /** Attributes of a code block's frame after its class. */
  codeAttributes?(block: CodeBlock): Attributes;
}

/** `h(tag, attributes, ...children)` over a DomLike. */
export function elementMaker<E>(dom: DomLike<E>): (tag: string, attributes?: Attributes, ...children: Array<E | string>) => E {
  return (tag, attributes = {}, ...children) => dom.element(tag, attributes, children);
}

const PRODUCT_NAMES: Readonly<Record<string, string>> = { 'exchange-online': 'Exchange Online', 'exchange-se': 'Exchange SE' };

/** `exchange-2016` → `Exchange 2016`. */
export function productLabel(product: string): string {
  return PRODUCT_NAMES[product] ?? product.replace(/^exchange-/, 'Exchange ');
}

const LANGUAGES: Readonly<Record<string, string>> = { powershell: 'PowerShell', ps1: 'PowerShell', pwsh: 'PowerShell', posh: 'PowerShell', text: 'Text', xml: 'XML', json: 'JSON', cmd: 'Command prompt' };

/** `ps1` → `PowerShell`; an unknown language as written. */
export function languageLabel(lang: string): string {
  return LANGUAGES[lang.toLowerCase()] ?? lang;
}

/** The header's chip list (codes, products); nothing when there are no values. */
export function chips<E>(dom: DomLike<E>, label: string, values: readonly string[], className: string): E[] {
  const h = elementMaker(dom);
  return values.length === 0 ? [] : [h('ul', { class: 'exkb-chips', 'aria-label': label }, ...values.map((value) => h('li', { class: className }, value)))];
}

export function renderDoc<E>(dom: DomLike<E>, blocks: readonly DocBlock[], host: DocHost): E[] {
  const h = elementMaker(dom);
  const link = (rendering: LinkRendering, className: string, children: Array<E | string>): E => {
    const element = h('a', { href: rendering.href, class: className, ...rendering.attributes }, ...children);
    const { onClick } = rendering;
    if (onClick) dom.onClick(element, onClick);
    return element;
  };
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
          return target.kind === 'entry'
            ? link(host.entryLink(target.id), 'exkb-entry-link', inline(node.children))
            : link(host.externalLink(target.url), 'exkb-external-link', inline(node.children));
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
        return codeBlock(dom, node, host);
    }
  };
  return blocks.map(block);
}

function codeBlock<E>(dom: DomLike<E>, node: CodeBlock, host: DocHost): E {
  const h = elementMaker(dom);
  const label = host.codeLabel(node);
  const buttons = host.snippetButtons(node, label).map((button) => {
    const element = h('button', { type: 'button', class: 'exkb-button', ...button.attributes, 'aria-label': button.ariaLabel }, button.text);
    dom.onClick(element, () => button.run(node.value));
    return element;
  });
  return h(
    'div',
    { class: node.wrong ? 'exkb-code exkb-code-wrong' : 'exkb-code', ...host.codeAttributes?.(node) },
    h('div', { class: 'exkb-code-bar' }, h('span', { class: 'exkb-code-label' }, label), ...buttons),
    // tabindex: a long line scrolls, and keyboard users must be able to scroll it too.
    h('pre', { tabindex: '0' }, h('code', node.lang ? { 'data-lang': node.lang } : {}, node.value)),
  );
}
