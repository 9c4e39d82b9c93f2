// The one popover: a <exkb-popover> host on <html> with an open shadow root. Opens on hover (after
// a short delay), on focus of a mark, and on Enter/Space (then focus moves into it); Escape
// closes it and gives focus back to the mark; a click elsewhere closes it.
import type { EntryView } from '../../shared/messages.js';
import { logOnce } from '../log.js';
import { claim, freeElementName, markOf, POPOVER_HOST_ATTRIBUTE } from '../marks.js';
import { copyText } from './copy.js';
import { placePopover } from './position.js';
import { POPOVER_CSS } from './styles.js';
import { renderEntry, renderLoading, TITLE_ID, type LintFacts } from './view.js';

export interface PopoverDeps {
  readonly entry: (id: string) => Promise<EntryView | null>;
  readonly titleOf: (id: string) => string | undefined;
  readonly entryUrl: (id: string) => string;
}

const HOVER_DELAY_MS = 250;
const LEAVE_DELAY_MS = 300;

/** Lint marks' findings, by mark (a finding split over highlighted spans has several marks). */
const lintFacts = new WeakMap<Element, LintFacts>();

export function setLintFacts(mark: Element, facts: LintFacts): void {
  lintFacts.set(mark, facts);
}

export function installPopover(signal: AbortSignal, deps: PopoverDeps): void {
  // A page that defined <exkb-popover> itself (its constructor may take the shadow root) gets a host of another name.
  const host = document.createElement(freeElementName('exkb-popover'));
  host.setAttribute(POPOVER_HOST_ATTRIBUTE, '');
  claim(host);
  host.hidden = true;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = POPOVER_CSS;
  const root = document.createElement('div');
  root.dataset.exkbPopover = '';
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-labelledby', TITLE_ID);
  root.tabIndex = -1;
  shadow.append(style, root);
  document.documentElement.append(host);

  const entries = new Map<string, Promise<EntryView | null>>();
  const entryOf = (id: string): Promise<EntryView | null> => {
    let found = entries.get(id);
    if (!found) {
      found = deps.entry(id);
      entries.set(id, found);
      found.catch(() => entries.delete(id));
    }
    return found;
  };
  let current: HTMLElement | undefined;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  /** The mark focus is being given back to: its focus must not reopen the popover. */
  let refocusing: HTMLElement | undefined;

  const position = (): void => {
    if (!current) return;
    const anchor = current.getBoundingClientRect();
    // Measured at its natural height (the stylesheet's own cap), then cut if it fits on neither side.
    root.style.maxHeight = '';
    const placement = placePopover(anchor, { width: root.offsetWidth, height: root.offsetHeight }, { width: innerWidth, height: innerHeight });
    if (placement.maxHeight !== undefined) root.style.maxHeight = `${Math.floor(placement.maxHeight)}px`;
    host.style.transform = `translate(${Math.round(placement.left)}px, ${Math.round(placement.top)}px)`;
    host.dataset.side = placement.side;
  };

  const show = (mark: HTMLElement, id: string, focusInside: boolean): void => {
    const others = (mark.dataset.exkbEntries ?? id).split(' ').filter(Boolean);
    const lint = lintFacts.get(mark);
    const mine = ++generation;
    renderLoading(root, lint);
    host.hidden = false;
    position();
    entryOf(id)
      .then((entry) => {
        if (mine !== generation || current !== mark) return;
        renderEntry(root, id, entry, others, lint, {
          titleOf: deps.titleOf,
          entryUrl: deps.entryUrl,
          showEntry: (other) => show(mark, other, true),
          copy: (text) => copyText(text, shadow),
        });
        position();
        if (focusInside) root.focus();
      })
      .catch((error: unknown) => {
        logOnce('popover entry', error);
        if (mine === generation) close(false);
      });
  };

  const open = (mark: HTMLElement, focusInside: boolean): void => {
    clearTimeout(leaveTimer);
    if (current === mark && !host.hidden) {
      if (focusInside) root.focus();
      return;
    }
    current = mark;
    mark.setAttribute('aria-expanded', 'true');
    show(mark, mark.dataset.exkbEntry ?? '', focusInside);
  };

  const close = (returnFocus: boolean): void => {
    clearTimeout(hoverTimer);
    clearTimeout(leaveTimer);
    generation++;
    host.hidden = true;
    const mark = current;
    current = undefined;
    mark?.removeAttribute('aria-expanded');
    if (returnFocus && mark?.isConnected) {
      refocusing = mark;
      mark.focus();
      refocusing = undefined;
    }
  };

  const options = { signal, capture: true } as const;
  document.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (event.target === host) {
      clearTimeout(leaveTimer);
      return;
    }
    if (!mark) {
      if (current && !host.hidden && document.activeElement !== current && !host.matches(':focus-within')) {
        clearTimeout(leaveTimer);
        leaveTimer = setTimeout(() => close(false), LEAVE_DELAY_MS);
      }
      clearTimeout(hoverTimer);
      return;
    }
    clearTimeout(hoverTimer);
    clearTimeout(leaveTimer);
    hoverTimer = setTimeout(() => open(mark, false), HOVER_DELAY_MS);
  }, options);
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark && mark !== refocusing) open(mark, false);
  }, options);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current && !host.hidden) {
      event.stopPropagation();
      close(true);
      return;
    }
    const mark = markOf(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      open(mark, true);
    }
  }, options);
  document.addEventListener('click', (event) => {
    const mark = markOf(event.target);
    if (mark) {
      open(mark, false);
      return;
    }
    if (event.target !== host && current) close(false);
  }, options);
  addEventListener('scroll', () => position(), { signal, capture: true, passive: true });
  addEventListener('resize', () => position(), { signal, passive: true });
  signal.addEventListener('abort', () => {
    clearTimeout(hoverTimer);
    clearTimeout(leaveTimer);
    host.remove();
  }, { once: true });
}
