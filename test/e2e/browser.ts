import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { TEST_ROOT } from '../src/paths.js';

/** Screenshots and other evidence a run leaves behind (the folder ignores itself in git). */
export const ARTIFACTS_DIR = path.join(TEST_ROOT, 'artifacts');

const WORKBENCH_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 15_000;

/** Debian's Chromium, headless; without the network flags it keeps calling hosts this machine cannot reach. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** Opens a workbench URL and waits until the editor area is there. */
export async function openWorkbench(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
  await page.locator('.part.editor').waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
  // The explorer lists the folder once the workspace is resolved.
  await page.locator('.explorer-folders-view').waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
  return page;
}

async function quickInput(page: Page, text: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(text);
}

/** Runs a command by its palette label through F1, as a user would. */
export async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('F1');
  await quickInput(page, `>${label}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor();
  await row.click();
}

/** Opens a workspace file through quick open and waits for its editor tab. */
export async function openFile(page: Page, fileName: string): Promise<void> {
  await runCommand(page, 'Go to File...');
  await quickInput(page, fileName);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
}

/** The text the active editor shows (visible lines only), with Monaco's no-break spaces made plain. */
export async function visibleEditorText(page: Page): Promise<string> {
  const text = await page.locator('.editor-group-container.active .monaco-editor .view-lines').innerText();
  return text.replaceAll('\u00a0', ' ');
}

/** Moves the cursor to a 1-based line and column with "Go to Line/Column". */
export async function goToPosition(page: Page, line: number, column: number): Promise<void> {
  await runCommand(page, 'Go to Line/Column...');
  await quickInput(page, `:${line}:${column}`);
  await page.keyboard.press('Enter');
}

/**
 * Shows the editor hover at a 1-based position and returns its text once it matches `until`
 * (language servers answer "Loading..." or nothing while they start, so the hover is asked again).
 */
export async function hoverAt(page: Page, line: number, column: number, until: RegExp, timeoutMs = 30_000): Promise<string> {
  // A tooltip under the mouse (a tab title, say) is also a .monaco-hover: park the mouse first.
  await page.mouse.move(0, 0);
  await goToPosition(page, line, column);
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content, .overflowingContentWidgets .monaco-hover:not(.hidden) .monaco-hover-content').first();
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    await runCommand(page, 'Show or Focus Hover');
    try {
      await hover.waitFor({ timeout: 2_000 });
      text = await hover.innerText();
      if (until.test(text)) return text;
    } catch {
      // no hover yet
    }
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
  }
  throw new Error(`no hover matching ${until} at ${line}:${column} within ${timeoutMs / 1000} s (last: ${JSON.stringify(text)})`);
}

export interface ProblemEntry {
  /** The row's accessible label: severity, message, source and code, position. */
  label: string;
  text: string;
}

async function problemRows(page: Page): Promise<ProblemEntry[]> {
  const entries: ProblemEntry[] = [];
  for (const row of await page.locator('.markers-panel .monaco-list-row').all()) {
    entries.push({ label: (await row.getAttribute('aria-label')) ?? '', text: await row.innerText() });
  }
  return entries;
}

/** Opens the Problems view and reads its rows as they are now (file rows included). */
export async function readProblems(page: Page): Promise<ProblemEntry[]> {
  await runCommand(page, 'Problems: Focus on Problems View');
  await page.locator('.markers-panel').waitFor();
  return problemRows(page);
}

/**
 * Opens the Problems view and waits until a row's label or visible text matches `pattern` (the
 * label has no rule id; the text shows `source(code)`); returns every row.
 */
export async function waitForProblem(page: Page, pattern: RegExp, timeoutMs = 30_000): Promise<ProblemEntry[]> {
  await runCommand(page, 'Problems: Focus on Problems View');
  const deadline = Date.now() + timeoutMs;
  let rows: ProblemEntry[] = [];
  while (Date.now() < deadline) {
    rows = await problemRows(page);
    if (rows.some((row) => pattern.test(row.label) || pattern.test(row.text))) return rows;
    await page.waitForTimeout(250);
  }
  throw new Error(`no problem matching ${pattern} within ${timeoutMs / 1000} s; the Problems view shows ${JSON.stringify(rows.map((row) => row.label))}`);
}

/** Saves a full-page screenshot as `test/artifacts/<name>.png` and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  if (!existsSync(ARTIFACTS_DIR)) {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(path.join(ARTIFACTS_DIR, '.gitignore'), '# written by test/e2e/browser.ts: run artefacts are never committed\n*\n');
  }
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Puts the cursor at a 1-based position, opens the quick fix menu (Ctrl+.) and picks the first
 * action whose text matches `action`; returns the action's text. Code actions come from a
 * language server, so the menu is asked again until the action is there.
 */
export async function applyQuickFix(page: Page, line: number, column: number, action: RegExp, timeoutMs = 30_000): Promise<string> {
  await page.mouse.move(0, 0);
  await goToPosition(page, line, column);
  const rows = page.locator('.action-widget .monaco-list-row');
  const deadline = Date.now() + timeoutMs;
  let seen: string[] = [];
  let lastError = '';
  while (Date.now() < deadline) {
    await page.keyboard.press('Control+Period');
    try {
      await rows.first().waitFor({ timeout: 2_000 });
      seen = await rows.allInnerTexts();
      const target = seen.findIndex((text) => action.test(text));
      if (target >= 0) {
        // The menu is driven by the keyboard, as a user would: move the focus to the action, Enter.
        for (let step = 0; step < seen.length; step++) {
          const focused = await rows.evaluateAll((elements) => elements.findIndex((element) => element.classList.contains('focused')));
          if (focused === target) break;
          await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Enter');
        await page.locator('.action-widget .monaco-list-row').first().waitFor({ state: 'hidden' });
        return seen[target]!;
      }
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
  }
  throw new Error(`no quick fix matching ${action} at ${line}:${column} within ${timeoutMs / 1000} s (menu: ${JSON.stringify(seen)}; last error: ${lastError})`);
}

/**
 * The frame of a webview whose page has an element matching `selector`. A webview is an iframe
 * in an iframe, with generated ids: looking for our own content is the stable way to find it.
 */
export async function findWebviewFrame(page: Page, selector: string, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        if ((await frame.locator(selector).count()) > 0) return frame;
      } catch {
        // the frame navigated or went away while we asked
      }
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no webview frame with ${selector} within ${timeoutMs / 1000} s (frames: ${JSON.stringify(page.frames().map((frame) => frame.url()))})`);
}
