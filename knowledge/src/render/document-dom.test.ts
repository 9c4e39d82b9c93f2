import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentDom, type ElementLike } from './document-dom.js';

/** A stand-in element that records what the DomLike does to it. */
class FakeElement implements ElementLike<FakeElement> {
  readonly attributes: Array<[string, string]> = [];
  readonly children: Array<FakeElement | string> = [];
  readonly listeners: Array<(event: { preventDefault(): void }) => void> = [];
  constructor(readonly tag: string) {}
  setAttribute(name: string, value: string): void {
    this.attributes.push([name, value]);
  }
  append(...children: Array<FakeElement | string>): void {
    this.children.push(...children);
  }
  addEventListener(_type: 'click', listener: (event: { preventDefault(): void }) => void): void {
    this.listeners.push(listener);
  }
}

describe('documentDom', () => {
  const made: string[] = [];
  const dom = documentDom((tag) => (made.push(tag), new FakeElement(tag)));

  it('makes the element, sets each attribute and appends the children in order, strings as strings', () => {
    const child = dom.element('code', {}, ['x']);
    const element = dom.element('p', { class: 'a', 'data-x': '<b>' }, ['before ', child, ' after']);
    assert.deepEqual(made, ['code', 'p']);
    assert.deepEqual(element.attributes, [['class', 'a'], ['data-x', '<b>']]);
    assert.deepEqual(element.children, ['before ', child, ' after']);
  });

  it('runs the click handler with the default prevented', () => {
    const element = dom.element('a', { href: '#' }, []);
    let ran = 0;
    let prevented = 0;
    dom.onClick(element, () => ran++);
    for (const listener of element.listeners) listener({ preventDefault: () => prevented++ });
    assert.deepEqual([ran, prevented], [1, 1]);
  });
});
