// The page's DomLike (knowledge's documentDom over this document) and its small DOM helpers.
import { documentDom } from '@exkb/knowledge/document-dom';
import { elementMaker, type DomLike } from '@exkb/knowledge/render-doc';

export const dom: DomLike<HTMLElement> = documentDom((tag) => document.createElement(tag));

/** `h(tag, attributes, ...children)`: strings become text nodes. */
export const h = elementMaker(dom);

export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`exkb panel: #${id} is missing from the page`);
  return element;
}
