// The real DOM behind the renderers: createElement, setAttribute and text nodes, never innerHTML.
// Typed by shape, so this package needs no DOM library: each page passes its own createElement,
// called only when an element is made (tests import the pages' modules without a document).
import type { DomLike } from './render-doc.js';

/** What of an element the renderers use; `Child` is what it takes as children (itself, for a DOM). */
export interface ElementLike<Child> {
  setAttribute(name: string, value: string): void;
  append(...children: Array<Child | string>): void;
  addEventListener(type: 'click', listener: (event: { preventDefault(): void }) => void): void;
}

export function documentDom<E extends ElementLike<E>>(createElement: (tag: string) => E): DomLike<E> {
  return {
    element(tag, attributes, children) {
      const element = createElement(tag);
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
}
