// The real DOM behind the renderer: createElement, setAttribute and text nodes, never innerHTML.
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

export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`exkb panel: #${id} is missing from the page`);
  return element;
}
