// The popover's content, built with createElement and textContent only: entry text and page text
// are never parsed as HTML.
import type { EntryView } from '../../shared/messages.js';
import { firstFixSnippet } from './first-snippet.js';

export interface LintFacts {
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
}

export interface ViewActions {
  readonly titleOf: (id: string) => string | undefined;
  readonly entryUrl: (id: string) => string;
  readonly showEntry: (id: string) => void;
  readonly copy: (text: string) => Promise<boolean>;
}

export const TITLE_ID = 'exkb-popover-title';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

function paragraph(label: string, text: string): HTMLParagraphElement {
  const p = el('p');
  p.append(el('span', `${label}: `, 'label'), text);
  return p;
}

export function renderLoading(root: HTMLElement, lint: LintFacts | undefined): void {
  root.replaceChildren(...lintBox(lint), Object.assign(el('h2', 'Looking up…'), { id: TITLE_ID }));
}

function lintBox(lint: LintFacts | undefined): HTMLElement[] {
  if (!lint) return [];
  const box = el('div', undefined, 'lint');
  box.append(el('p', lint.message), el('p', `${lint.severity} · exkb/${lint.rule}`, 'rule'));
  return [box];
}

export function renderEntry(root: HTMLElement, id: string, entry: EntryView | null, others: readonly string[], lint: LintFacts | undefined, actions: ViewActions): void {
  const title = Object.assign(el('h2', entry?.title ?? `No entry "${id}"`), { id: TITLE_ID });
  const parts: HTMLElement[] = [...lintBox(lint), title];
  if (entry) {
    parts.push(paragraph('Cause', entry.summary.cause), paragraph('Fix', entry.summary.fix));
    const snippet = firstFixSnippet(entry.snippets);
    if (snippet !== undefined) parts.push(codeBlock(snippet, actions));
    const link = el('a', 'Open full entry');
    link.href = actions.entryUrl(id);
    link.target = '_blank';
    link.rel = 'noopener';
    const linkLine = el('p');
    linkLine.append(link);
    parts.push(linkLine);
  }
  const rest = others.filter((other) => other !== id);
  if (rest.length > 0) {
    parts.push(el('p', 'Other entries:', 'label'));
    const list = el('ul', undefined, 'others');
    for (const other of rest) {
      const button = el('button', actions.titleOf(other) ?? other);
      button.type = 'button';
      button.dataset.exkbEntry = other;
      button.addEventListener('click', () => actions.showEntry(other));
      const item = el('li');
      item.append(button);
      list.append(item);
    }
    parts.push(list);
  }
  const status = el('p', '', 'status');
  status.setAttribute('role', 'status');
  parts.push(status);
  root.replaceChildren(...parts);
}

function codeBlock(code: string, actions: ViewActions): HTMLElement {
  const wrapper = el('div', undefined, 'code');
  const pre = el('pre');
  pre.append(el('code', code));
  const button = el('button', 'Copy', 'copy');
  button.type = 'button';
  button.addEventListener('click', () => {
    void actions.copy(code).then((copied) => {
      const status = wrapper.parentElement?.querySelector('p.status');
      if (status) status.textContent = copied ? 'Copied' : 'Copy failed: select the code and copy it';
      button.textContent = copied ? 'Copied' : 'Copy';
    });
  });
  wrapper.append(pre, button);
  return wrapper;
}
