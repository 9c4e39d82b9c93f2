// Property-based fuzzing of the browser extension in real Chromium: random hostile pages (random
// nesting of text, inline and block elements, form controls, editable regions, SVG, templates,
// frames and the page's own <exkb-mark>, code-like text in text and attributes) with a random
// mutation script, loaded into the real extension. For every page: no page error, the status
// reaches idle, marks sit only in page text (never in an attribute, a form control, an editable
// region or another mark), every code with an entry in plain text is marked, and the page's
// elements, attributes, form values and text are exactly what the page made them (marks seen
// through). ~10 runs in `npm test`; `npm run fuzz` runs up to MAX_RUNS.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import type { Page } from 'playwright-core';
import { describeRun, fuzzParameters } from '../src/fuzz/fuzz-settings.js';
import { chromiumProblem, loadExtension, type LoadedExtension } from './browser-extension-harness.js';
import { fuzzPage, renderFuzzPage, type FuzzPage } from './browser-extension-hostile-fuzz-page.js';
import { badMarks, MARK_SELECTOR, unmarkedCodes, waitForStatus } from './browser-extension-hostile-page.js';
import { startFixtureServer, type FixtureServer } from './browser-extension-server.js';
import { readPrerequisites } from './prerequisites.js';

const DEFAULT_RUNS = 10;
/** A run loads a page into Chromium (about a second on two cores): a long run stays under ten minutes. */
const MAX_RUNS = 300;
/** A page of this size is idle within a second or two; a failing run should not spend minutes shrinking. */
const STEP_TIMEOUT_MS = 10_000;
/** Where a mark must never be. */
const NOT_TEXT = 'textarea, input, select, option, noscript, template, svg, iframe, [contenteditable]:not([contenteditable="false"]), exkb-mark[data-page]';

const prerequisites = readPrerequisites();
const missing = chromiumProblem(prerequisites.chromiumPath, prerequisites.debianPackages);
const base = loadBundledKnowledge();

describe('exkb in Chromium on random hostile pages (fuzz)', { timeout: 3_600_000 }, () => {
  let extension: LoadedExtension;
  let server: FixtureServer;
  /** Pages are added per run; the server reads this object on each request. */
  const pages: Record<string, string> = {};

  before(async () => {
    if (missing) throw new Error(`The browser fuzzer cannot run: ${missing}.`);
    server = await startFixtureServer(pages);
    extension = await loadExtension(prerequisites.chromiumPath);
    extension.context.setDefaultTimeout(STEP_TIMEOUT_MS);
  });

  after(async () => {
    await extension?.close();
    await server?.close();
  });

  async function check(run: number, fuzz: FuzzPage): Promise<void> {
    const name = `fuzz-${run}.html`;
    pages[name] = renderFuzzPage(fuzz);
    const page: Page = await extension.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || (message.type() === 'debug' && message.text().startsWith('exkb: '))) errors.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    try {
      await page.goto(server.url(name));
      await page.waitForFunction('window.__done === true', undefined, { timeout: STEP_TIMEOUT_MS, polling: 50 });
      const before = await page.evaluate<string>('window.__snapshot()');
      await waitForStatus(page, 'idle', STEP_TIMEOUT_MS);
      // Idle can be reached between two bursts of page work; the page is done, so one more look settles it.
      await page.waitForTimeout(300);
      await waitForStatus(page, 'idle', STEP_TIMEOUT_MS);
      assert.deepEqual(errors, [], 'no page error, no extension problem');
      assert.equal(await page.evaluate<unknown>('window.__pwned'), undefined, 'no page text ran as script');
      assert.equal(await page.locator(`:is(${NOT_TEXT}) ${MARK_SELECTOR}`).count(), 0, 'no mark outside page text');
      assert.deepEqual(await badMarks(page, base), []);
      assert.deepEqual(await unmarkedCodes(page, base), [], 'every code with an entry in page text is marked');
      assert.equal(await page.locator('html').getAttribute('data-exkb-marks'), String(await page.locator(MARK_SELECTOR).count()));
      assert.equal(await page.evaluate<string>('window.__snapshot()'), before, 'elements, attributes, form values and text as the page made them');
    } finally {
      delete pages[name];
      await page.close();
    }
  }

  it(describeRun('random hostile pages keep their content and get marks only in page text', DEFAULT_RUNS, MAX_RUNS), async (t) => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fuzzPage, async (fuzz) => {
        await check(run++, fuzz);
      }),
      fuzzParameters(DEFAULT_RUNS, MAX_RUNS),
    );
    t.diagnostic(`${run} pages loaded`);
  });
});
