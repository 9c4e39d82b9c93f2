// Finding the text nodes worth scanning under a root, resumable between slices.
import { isCreated } from './marks.js';
import { isScannableText, isSkippedElement } from './skip.js';

function isEditable(element: Element): boolean {
  // The attribute, not `isContentEditable`: reading that forces a style update per element.
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** A document in design mode (an editor's frame) is editable everywhere. */
export function isDesignMode(): boolean {
  return document.designMode === 'on';
}

export function isSkipped(element: Element): boolean {
  return isCreated(element) || isSkippedElement({ tagName: element.tagName, isContentEditable: isEditable(element) });
}

/** Whether a node sits inside a skipped element (for roots handed over by the observer). */
export function insideSkipped(node: Node): boolean {
  if (isDesignMode()) return true;
  for (let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; element; element = element.parentElement) {
    if (isSkipped(element)) return true;
  }
  return false;
}

/** A walker over the scannable text nodes under `root` that `wanted` accepts. */
export function textWalker(root: Node, wanted: (text: Text) => boolean): TreeWalker {
  return document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) return isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      const text = node as Text;
      return isScannableText(text.data) && wanted(text) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
}
