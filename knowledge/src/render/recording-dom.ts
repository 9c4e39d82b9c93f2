// A DomLike that records the tree, for tests: elements print as tags and text is escaped, so
// markup that arrives as text prints as text, never as elements.
import type { DomLike } from './render-doc.js';

export interface Recorded {
  tag: string;
  attributes: Readonly<Record<string, string>>;
  children: ReadonlyArray<Recorded | string>;
  click?: () => void;
}

export const recordingDom: DomLike<Recorded> = {
  element: (tag, attributes, children) => ({ tag, attributes, children }),
  onClick(element, handler) {
    element.click = handler;
  },
};

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function print(node: Recorded | string): string {
  if (typeof node === 'string') return escape(node);
  const attributes = Object.entries(node.attributes).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  return `<${node.tag}${attributes}${node.click ? ' [click]' : ''}>${node.children.map(print).join('')}</${node.tag}>`;
}

export function findAll(node: Recorded | string, test: (node: Recorded) => boolean): Recorded[] {
  if (typeof node === 'string') return [];
  return [...(test(node) ? [node] : []), ...node.children.flatMap((child) => findAll(child, test))];
}

/** Every tag in the tree. */
export function tagsOf(node: Recorded | string): Set<string> {
  return new Set(findAll(node, () => true).map((element) => element.tag));
}
