// The DOM contract's marks, and the one place that changes page text nodes: wrapping ranges of a
// text node in `<exkb-mark>` and putting every text node back exactly when the user switches off.
//
// Only nodes this script created count as ours: a page may hold its own elements named
// `exkb-mark` or `exkb-popover` (copies made by a framework re-rendering our marks, or its own
// components). Those are left alone: never unwrapped, never opened as a mark, never counted. When
// the page defined `exkb-mark` as a custom element before we ran, our marks take another name (its
// constructor would run on each of ours); tests and user styles find marks by `.exkb-mark[data-exkb-entry]`.
import { splitSegments, type Range } from './segments.js';

export const MARK_TAG = 'exkb-mark';
/** Our marks, whatever their element name. */
export const MARK_SELECTOR = '.exkb-mark[data-exkb-entry]';
/** The popover's host carries this attribute, whatever its element name. */
export const POPOVER_HOST_ATTRIBUTE = 'data-exkb-popover-host';
const OURS_SELECTOR = `${MARK_SELECTOR}, [${POPOVER_HOST_ATTRIBUTE}]`;
/** Marks made in one text node at most: the rest of a node holding more codes stays plain text. */
export const MAX_MARKS_PER_TEXT = 1_000;

/** Every node the extension inserted into the page (marks, the popover host and the text nodes split off). */
const created = new WeakSet<Node>();
/** Page text nodes that were split: their text is restored from the created nodes after them. */
const originals = new Set<Text>();

/** Records a node the extension inserted (the popover host). */
export function claim(node: Node): void {
  created.add(node);
}

export function isCreated(node: Node): boolean {
  return created.has(node);
}

/** Whether `node` is one of ours or inside one (a mark's text, the popover). */
export function isOurs(node: Node): boolean {
  if (created.has(node)) return true;
  let element = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest(OURS_SELECTOR) ?? null;
  while (element) {
    if (created.has(element)) return true;
    element = element.parentElement?.closest(OURS_SELECTOR) ?? null;
  }
  return false;
}

/** The mark an event target is in, if it is one of ours. */
export function markOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const mark = target.closest(MARK_SELECTOR);
  return mark instanceof HTMLElement && created.has(mark) ? mark : null;
}

/**
 * Our mark that `node` is (or is inside of): a change of a mark's children or text is the page's
 * (we never change a mark once it is in the page), e.g. a script rewriting the text it finds.
 */
export function markAround(node: Node): Element | null {
  const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const mark = start?.closest(MARK_SELECTOR) ?? null;
  return mark && created.has(mark) ? mark : null;
}

/** `name` when the page has not defined it as a custom element; else a name the page cannot know. */
export function freeElementName(name: string): string {
  const probe = document.createElement(name);
  return probe.matches(':defined') ? `${name}-${Math.random().toString(36).slice(2, 10)}` : name;
}

let markTag: string | undefined;

export interface MarkFacts {
  readonly code?: string;
  readonly entry: string;
  readonly entries: readonly string[];
  readonly label: string;
  readonly lint?: { readonly rule: string; readonly severity: string };
}

export function createMark(text: string, facts: MarkFacts): HTMLElement {
  markTag ??= freeElementName(MARK_TAG);
  const mark = document.createElement(markTag);
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

/**
 * Wraps ranges of `node` (which keeps the first run's text); returns the marks made. At most
 * MAX_MARKS_PER_TEXT ranges are wrapped. The new nodes are inserted before the node's text is
 * shortened, so a failure part way never loses page text.
 */
export function wrapRanges<T>(node: Text, ranges: readonly Range<T>[], make: (text: string, value: T) => HTMLElement): HTMLElement[] {
  const kept = ranges.length > MAX_MARKS_PER_TEXT ? [...ranges].sort((a, b) => a.start - b.start).slice(0, MAX_MARKS_PER_TEXT) : ranges;
  const segments = splitSegments(node.data, kept);
  if (!segments.some((segment) => segment.value !== undefined)) return [];
  const [first, ...rest] = segments;
  const after = document.createDocumentFragment();
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
  const moved = first!.value === undefined ? rest : segments;
  for (const segment of moved) after.append(place(segment));
  node.after(after);
  node.data = first!.value === undefined ? first!.text : '';
  if (!created.has(node)) originals.add(node);
  return marks;
}

/** Our marks under `root` (not the page's own elements of the same name). */
export function ourMarks(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(MARK_SELECTOR)).filter((mark) => created.has(mark));
}

/** Removes every mark under `root` and gives each split page text node there its whole text back. */
export function unwrapAll(root: ParentNode & Node): void {
  for (const mark of ourMarks(root)) {
    const text = document.createTextNode(mark.textContent ?? '');
    created.add(text);
    mark.replaceWith(text);
  }
  for (const original of originals) {
    if (root !== document && !root.contains(original)) continue;
    let sibling = original.nextSibling;
    let data = original.data;
    while (sibling && sibling.nodeType === Node.TEXT_NODE && created.has(sibling)) {
      data += (sibling as Text).data;
      const next = sibling.nextSibling;
      sibling.remove();
      sibling = next;
    }
    original.data = data;
    originals.delete(original);
  }
}

export function countMarks(root: ParentNode): number {
  return ourMarks(root).length;
}
