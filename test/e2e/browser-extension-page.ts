// What the suite reads from a page the extension annotated, through the DOM contract of
// extension-browser (exkb-mark elements, the exkb-popover host with its open shadow root).
// Expressions are strings because the test project has no DOM types; they run in the page.
import type { Page } from 'playwright-core';

export interface Mark {
  code: string | null;
  entry: string | null;
  rule: string | null;
  text: string;
}

export function readMarks(page: Page): Promise<Mark[]> {
  return page.evaluate<Mark[]>(`[...document.querySelectorAll('exkb-mark')].map((mark) => ({
    code: mark.getAttribute('data-exkb-code'),
    entry: mark.getAttribute('data-exkb-entry'),
    rule: mark.getAttribute('data-exkb-rule'),
    text: mark.textContent,
  }))`);
}

export interface PopoverState {
  open: boolean;
  /** Every element type inside the shadow root. */
  tags: string[];
  text: string;
  role: string | null;
}

/** The popover as the user sees it: whether its dialog is shown, what it says, what it is made of. */
export function readPopover(page: Page): Promise<PopoverState> {
  return page.evaluate<PopoverState>(`(() => {
    const root = document.querySelector('exkb-popover')?.shadowRoot;
    const dialog = root?.querySelector('[data-exkb-popover]');
    if (!root || !dialog) return { open: false, tags: [], text: '', role: null };
    const style = getComputedStyle(dialog);
    const box = dialog.getBoundingClientRect();
    return {
      open: style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0 && !dialog.hidden,
      tags: [...new Set([...root.querySelectorAll('*')].map((element) => element.localName))].sort(),
      text: dialog.textContent ?? '',
      role: dialog.getAttribute('role'),
    };
  })()`);
}

/** Waits until the popover is open (and done looking the entry up) or closed. */
export async function waitForPopover(page: Page, open: boolean, timeoutMs = 5_000): Promise<PopoverState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await readPopover(page);
    if (state.open === open && !(open && /^\s*Looking up/.test(state.text))) return state;
    if (Date.now() > deadline) throw new Error(`the popover did not ${open ? 'open' : 'close'} within ${timeoutMs} ms (text: ${state.text.slice(0, 200)})`);
    await page.waitForTimeout(50);
  }
}
