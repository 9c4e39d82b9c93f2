// Adds MARK_CSS to the page once. A constructed sheet is not subject to the page's CSP; where a
// browser refuses to adopt one from a content script, a <style> element does the job.
import { MARK_CSS } from './popover/styles.js';

let added: { remove(): void } | undefined;

export function addMarkStyle(): void {
  if (added) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MARK_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    added = { remove: () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((item) => item !== sheet)) };
  } catch {
    const style = document.createElement('style');
    style.textContent = MARK_CSS;
    style.dataset.exkb = '';
    (document.head ?? document.documentElement).append(style);
    added = style;
  }
}

export function removeMarkStyle(): void {
  added?.remove();
  added = undefined;
}
