// What the hostile-page suites read from a page, without trusting the page: waits and mark reads go
// through Playwright locators (its utility world, untouched by a page that overwrites built-ins);
// text reads that need a walk of the page run in the page's main world and are used only on pages
// that leave the built-ins alone. Expressions are strings: the test project has no DOM types.
import type { KnowledgeBase } from '@exkb/knowledge';
import type { Page } from 'playwright-core';

/** Our marks, whatever their element name (a page that defined `exkb-mark` gets another one). */
export const MARK_SELECTOR = '.exkb-mark[data-exkb-entry]';
export const POPOVER_SELECTOR = '[data-exkb-popover-host]';

export async function waitForStatus(page: Page, status: 'idle' | 'scanning', timeoutMs: number): Promise<void> {
  await page.locator(`html[data-exkb-status="${status}"]`).waitFor({ state: 'attached', timeout: timeoutMs });
}

export interface SafeMark {
  code: string | null;
  entry: string | null;
  text: string | null;
}

/** Every mark's code, entry and text, read through locators (up to `limit` of them). */
export async function readMarksSafely(page: Page, limit = 400): Promise<SafeMark[]> {
  const marks = page.locator(MARK_SELECTOR);
  const count = Math.min(await marks.count(), limit);
  const found: SafeMark[] = [];
  for (let index = 0; index < count; index++) {
    const mark = marks.nth(index);
    found.push({ code: await mark.getAttribute('data-exkb-code'), entry: await mark.getAttribute('data-exkb-entry'), text: await mark.textContent() });
  }
  return found;
}

export interface TextRun {
  readonly text: string;
  /** Where our marks are in `text`. */
  readonly marks: ReadonlyArray<readonly [number, number]>;
}

/**
 * The page's text as exkb read it: runs of adjacent text nodes and our marks (a mark splits the
 * text node it was made in), outside the skipped elements (script, style, form controls, editable
 * regions, SVG, the extension's own nodes, the page's own elements of our names).
 */
export function readTextRuns(page: Page): Promise<TextRun[]> {
  return page.evaluate<TextRun[]>(`(() => {
    const skipped = 'script, style, noscript, template, textarea, input, select, option, svg, math, iframe, canvas, exkb-mark:not(.exkb-mark), exkb-popover, [contenteditable]:not([contenteditable="false"]), [data-exkb-popover-host]';
    const isMark = (node) => node.nodeType === 1 && node.classList.contains('exkb-mark') && node.hasAttribute('data-exkb-entry');
    if (document.designMode === 'on') return [];
    const runs = [];
    // A stack, not recursion: pages nest thousands of levels deep.
    const stack = [document.body];
    while (stack.length > 0) {
      const element = stack.pop();
      if (element.matches(skipped)) continue;
      let run = { text: '', marks: [] };
      const end = () => {
        if (run.text.trim().length >= 3) runs.push(run);
        run = { text: '', marks: [] };
      };
      for (const child of element.childNodes) {
        if (child.nodeType === 3) run.text += child.data;
        else if (isMark(child)) {
          const start = run.text.length;
          run.text += child.textContent;
          run.marks.push([start, run.text.length]);
        } else {
          end();
          if (child.nodeType === 1) stack.push(child);
        }
      }
      end();
    }
    return runs;
  })()`);
}

/** Codes with entries that exkb left unmarked in the page's text (should be none). */
export async function unmarkedCodes(page: Page, base: KnowledgeBase): Promise<string[]> {
  const runs = await readTextRuns(page);
  return runs.flatMap((run) =>
    base
      .scan(run.text)
      .filter((finding) => finding.entries.length > 0 && !run.marks.some(([start, end]) => start === finding.code.start && end === finding.code.end))
      .map((finding) => `${finding.code.normalized} in ${JSON.stringify(run.text.slice(Math.max(0, finding.code.start - 40), finding.code.end + 40))}`),
  );
}

/** Marks inside marks, and marks whose text is not one code with an entry. */
export async function badMarks(page: Page, base: KnowledgeBase): Promise<string[]> {
  const nested = await page.locator(`${MARK_SELECTOR} ${MARK_SELECTOR}`).count();
  const texts = await page.locator(`${MARK_SELECTOR}:not(.exkb-lint)`).allTextContents();
  const wrong = texts.filter((text) => {
    const found = base.scan(text);
    return found.length !== 1 || found[0]!.code.start !== 0 || found[0]!.code.end !== text.length || found[0]!.entries.length === 0;
  });
  return [...(nested > 0 ? [`${nested} marks inside marks`] : []), ...wrong.slice(0, 10).map((text) => `mark text ${JSON.stringify(text)} is not one code with an entry`)];
}

/** The popover as the user sees it, read through locators (it lives in an open shadow root). */
export async function popoverText(page: Page, timeoutMs = 5_000): Promise<string> {
  const dialog = page.locator(`${POPOVER_SELECTOR} [data-exkb-popover]`);
  await dialog.waitFor({ state: 'visible', timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = (await dialog.textContent()) ?? '';
    if (!/^\s*Looking up/.test(text) || Date.now() > deadline) return text;
    await page.waitForTimeout(50);
  }
}
