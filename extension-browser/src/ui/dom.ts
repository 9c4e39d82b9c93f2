// The real DOM behind the renderers: createElement, setAttribute and text nodes, never innerHTML.
import type { DomLike } from '@exkb/knowledge/render-doc';

export const dom: DomLike<HTMLElement> = {
  element(tag, attributes, children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    // `append` turns strings into text nodes.
    element.append(...children);
    return element;
  },
  onClick(element, handler) {
    element.addEventListener('click', (event) => {
      event.preventDefault();
      handler();
    });
  },
};

export function h(tag: string, attributes: Readonly<Record<string, string>> = {}, ...children: Array<HTMLElement | string>): HTMLElement {
  return dom.element(tag, attributes, children);
}

/** An element the page's HTML must have; a missing one is a build mistake, said plainly. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`exkb: #${id} is missing from the page`);
  return element;
}

/** Copies text and says so in `status` (a live region) for a moment. */
export async function copyText(text: string, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copying failed; select the code and copy it by hand.';
  }
  setTimeout(() => {
    status.textContent = '';
  }, 2_000);
}
