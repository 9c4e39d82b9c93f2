// The page's DomLike (knowledge's documentDom over this document) and its small DOM helpers.
import { documentDom } from '@exkb/knowledge/document-dom';
import { elementMaker, type DomLike } from '@exkb/knowledge/render-doc';

export const dom: DomLike<HTMLElement> = documentDom((tag) => document.createElement(tag));

/** `h(tag, attributes, ...children)`: strings become text nodes. */
export const h = elementMaker(dom);

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
