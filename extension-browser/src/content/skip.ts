// Which parts of a page the scanner never reads: code and form controls the user types into,
// markup that is not text, and the extension's own nodes (so a rescan never marks a mark).

/** Upper-case tag names (as `Element.tagName` gives them for HTML) whose subtree is skipped. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'MATH', 'IFRAME', 'CANVAS',
  'EXKB-MARK', 'EXKB-POPOVER',
]);

/** Texts shorter than this (trimmed) cannot hold a code worth marking. */
export const MIN_TEXT_LENGTH = 3;

export interface ElementFacts {
  /** Any case: SVG elements report lower-case names. */
  readonly tagName: string;
  readonly isContentEditable: boolean;
}

export function isSkippedElement(element: ElementFacts): boolean {
  return element.isContentEditable || SKIPPED_TAGS.has(element.tagName.toUpperCase());
}

export function isScannableText(text: string): boolean {
  return text.trim().length >= MIN_TEXT_LENGTH;
}
