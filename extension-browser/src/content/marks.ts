// The DOM contract's marks, and the one place that changes page text nodes: wrapping ranges of a
// text node in `<exkb-mark>` and putting every text node back exactly when the user switches off.
import { splitSegments, type Range } from './segments.js';

export const MARK_TAG = 'exkb-mark';

/** Every node the extension inserted into the page (marks and the text nodes split off). */
const created = new WeakSet<Node>();
/** Page text nodes that were split: their text is restored from the created nodes after them. */
const originals = new Set<Text>();

export function isOurs(node: Node): boolean {
  if (created.has(node)) return true;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element !== null && element.closest(`${MARK_TAG}, exkb-popover`) !== null;
}

export interface MarkFacts {
  readonly code?: string;
  readonly entry: string;
  readonly entries: readonly string[];
  readonly label: string;
  readonly lint?: { readonly rule: string; readonly severity: string };
}

export function createMark(text: string, facts: MarkFacts): HTMLElement {
  const mark = document.createElement(MARK_TAG);
  mark.className = facts.lint ? 'exkb-mark exkb-lint' : 'exkb-mark';
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  if (facts.code !== undefined) mark.dataset.exkbCode = facts.code;
  mark.dataset.exkbEntry = facts.entry;
  mark.dataset.exkbEntries = facts.entries.join(' ');
  if (facts.lint) {
    mark.dataset.exkbRule = facts.lint.rule;
    mark.dataset.exkbSeverity = facts.lint.severity;
  }
  mark.setAttribute('aria-label', facts.label);
  mark.textContent = text;
  created.add(mark);
  return mark;
}

/** Wraps ranges of `node` (which keeps the first run's text); returns the marks made. */
export function wrapRanges<T>(node: Text, ranges: readonly Range<T>[], make: (text: string, value: T) => HTMLElement): HTMLElement[] {
  const segments = splitSegments(node.data, ranges);
  if (!segments.some((segment) => segment.value !== undefined)) return [];
  const [first, ...rest] = segments;
  const after: Node[] = [];
  const marks: HTMLElement[] = [];
  const place = (segment: (typeof segments)[number]): Node => {
    if (segment.value === undefined) {
      const text = document.createTextNode(segment.text);
      created.add(text);
      return text;
    }
    const mark = make(segment.text, segment.value);
    marks.push(mark);
    return mark;
  };
  if (first!.value === undefined) {
    rest.forEach((segment) => after.push(place(segment)));
    node.data = first!.text;
  } else {
    segments.forEach((segment) => after.push(place(segment)));
    node.data = '';
  }
  node.after(...after);
  if (!created.has(node)) originals.add(node);
  return marks;
}

/** Removes every mark and gives each split page text node its whole text back. */
export function unwrapAll(root: ParentNode): void {
  for (const mark of Array.from(root.querySelectorAll(MARK_TAG))) {
    const text = document.createTextNode(mark.textContent ?? '');
    created.add(text);
    mark.replaceWith(text);
  }
  for (const original of originals) {
    let sibling = original.nextSibling;
    let data = original.data;
    while (sibling && sibling.nodeType === Node.TEXT_NODE && created.has(sibling)) {
      data += (sibling as Text).data;
      const next = sibling.nextSibling;
      sibling.remove();
      sibling = next;
    }
    original.data = data;
  }
  originals.clear();
}

export function countMarks(root: ParentNode): number {
  return root.querySelectorAll(MARK_TAG).length;
}
