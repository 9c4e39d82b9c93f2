// An entry as elements, through a two-method DOM (`DomLike`): the pages pass one built on
// createElement and text nodes (dom.ts), the tests one that records the tree. The body is the
// shared renderer (`@exkb/knowledge/render-doc`); this file adds what the browser shows around
// it (the header, the "Imported by your team" line, the references) and where its links go.
import { entryDoc, type DocBlock } from '@exkb/knowledge/entry-doc';
import { chips, elementMaker, languageLabel, productLabel, renderDoc, type Attributes, type DocHost, type DomLike } from '@exkb/knowledge/render-doc';
import { entryPagePath } from '../shared/files.js';
import type { EntryView } from '../shared/messages.js';

// Re-exported: the pages import them from here.
export { productLabel, type DomLike };

export interface EntryActions {
  copy(text: string): void;
  /** When set (the popup), links to other entries open here instead of navigating to entry.html. */
  openEntry?: (id: string) => void;
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
  const h = elementMaker(dom);
  const header = h(
    'header',
    { class: 'exkb-entry-header' },
    h(`h${options.headingLevel ?? 1}`, { class: 'exkb-entry-title', id: 'entry-title', tabindex: '-1' }, entry.title),
    ...(entry.origin === 'imported' ? [h('p', { class: 'exkb-origin', 'data-exkb-origin': 'imported' }, 'Imported by your team')] : []),
    ...chips(dom, 'Codes', entry.codes, 'exkb-chip exkb-chip-code'),
    ...chips(dom, 'Products', entry.products.map(productLabel), 'exkb-chip'),
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
  return renderDoc(dom, blocks, browserHost(actions));
}

/** Entry links go to entry.html (or open in place, in the popup); external links open in a new tab; code offers Copy only. */
function browserHost(actions: EntryActions): DocHost {
  const { openEntry } = actions;
  return {
    entryLink: (id) => ({ href: entryPagePath(id), attributes: { 'data-exkb-link': id }, ...(openEntry ? { onClick: () => openEntry(id) } : {}) }),
    externalLink: (url) => ({ href: url, attributes: { target: '_blank', rel: 'noopener noreferrer' } }),
    codeLabel: (block) => {
      const language = languageLabel(block.lang);
      return block.wrong ? `Wrong${language ? ` (${language})` : ''}: do not run this` : language;
    },
    snippetButtons: (block) => [{
      text: 'Copy',
      ariaLabel: `Copy ${block.wrong ? 'wrong example' : languageLabel(block.lang) || 'code'}`,
      attributes: { class: 'exkb-button exkb-copy', 'data-exkb-copy': '' },
      run: (snippet) => actions.copy(snippet),
    }],
    codeAttributes: (block): Attributes => (block.wrong ? { 'data-exkb-wrong': '' } : {}),
  };
}
