// Key presses for the browser rather than the page: the extension's keyboard commands. Playwright's
// keyboard.press does not reach them (Chromium 156, new headless: the command never fired, nor did
// Ctrl+T open a tab); a bare rawKeyDown sent through the DevTools protocol does, because the page
// leaves it unhandled and Chromium then tries its accelerators, extension commands among them.
import type { BrowserContext, Page } from 'playwright-core';

const MODIFIER_BITS: Readonly<Record<string, number>> = { Alt: 1, Ctrl: 2, Meta: 4, Shift: 8 };

/** Presses a shortcut written as in a manifest's `suggested_key` (`Alt+Shift+K`) on `page`'s tab. */
export async function pressBrowserShortcut(context: BrowserContext, page: Page, shortcut: string): Promise<void> {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  if (!/^[A-Z0-9]$/.test(key)) throw new Error(`pressBrowserShortcut: "${shortcut}" does not end in a letter or digit`);
  let modifiers = 0;
  for (const part of parts) {
    const bit = MODIFIER_BITS[part];
    if (bit === undefined) throw new Error(`pressBrowserShortcut: "${part}" in "${shortcut}" is not Alt, Ctrl, Meta or Shift`);
    modifiers |= bit;
  }
  const event = { modifiers, key, code: /\d/.test(key) ? `Digit${key}` : `Key${key}`, windowsVirtualKeyCode: key.charCodeAt(0), nativeVirtualKeyCode: key.charCodeAt(0) };
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
  } finally {
    await cdp.detach();
  }
}
