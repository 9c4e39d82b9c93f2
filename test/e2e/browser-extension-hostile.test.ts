// exkb in real Chromium on hostile pages (huge DOMs, mutation storms, codes in attributes and
// editable regions, pages that overwrite built-ins or take exkb's element names) and with hostile
// storage (old and future schema versions, imports that must be refused whole, a storage write that
// fails). Fixtures: test/e2e/fixtures/browser/hostile-*.html. Part of `npm test`; alone:
// node --test test/dist/e2e/browser-extension-hostile.test.js
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { chromiumProblem, loadExtension, type LoadedExtension } from './browser-extension-harness.js';
import { badMarks, MARK_SELECTOR, popoverText, POPOVER_SELECTOR, readMarksSafely, unmarkedCodes, waitForStatus } from './browser-extension-hostile-page.js';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './browser-extension-server.js';
import { readPrerequisites } from './prerequisites.js';

const STEP_TIMEOUT_MS = 20_000;
/** A 20 MB page takes Chromium itself a few seconds to build and lay out on two cores. */
const BIG_IDLE_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = 180_000;
const TEAM_ENTRY = 'team-good';
const TEAM_TITLE = /Team note on 5\.4\.1/;

const prerequisites = readPrerequisites();
const missing = chromiumProblem(prerequisites.chromiumPath, prerequisites.debianPackages);
const base = loadBundledKnowledge();
const teamGood = readFileSync(path.join(FIXTURES_DIR, 'team-good.md'), 'utf8');
const teamBroken = readFileSync(path.join(FIXTURES_DIR, 'team-broken.md'), 'utf8');
/** A second valid entry on the same code, told apart by title and symptoms (KB019). */
const teamSecond = teamGood
  .replace(/^title: .*$/m, 'title: Second team note on 5.4.1 after a domain rename')
  .replace(/^ {2}- mail to our .*$/m, '  - mail bounces with 5.4.1 after the accepted domain was renamed');

interface Probe {
  ticks: number;
  ticksWhileScanning: number;
  /** The longest the page's 10 ms timer waited while exkb was scanning (start and end of the wait). */
  maxGapWhileScanningMs: number;
  /** What the page's own build and first layout took. */
  buildMs: number;
  codes: number;
  clicks: Array<string | null>;
}

describe('exkb in Chromium on hostile pages and with hostile storage', { timeout: 1_500_000 }, () => {
  let extension: LoadedExtension;
  let worker: Worker;
  let server: FixtureServer;
  const pageErrors: string[] = [];
  const extensionLogs: string[] = [];

  before(async () => {
    if (missing) throw new Error(`The hostile-page suite cannot run: ${missing}.`);
    server = await startFixtureServer();
    // The switch lets the suite load the same unpacked folder again over CDP: the update path (onInstalled "update").
    extension = await loadExtension(prerequisites.chromiumPath, { extraArgs: ['--enable-unsafe-extension-debugging'] });
    worker = extension.worker;
    extension.context.setDefaultTimeout(STEP_TIMEOUT_MS);
    extension.context.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`${page.url()}: console: ${message.text()}`);
        // The content script reports its own problems with console.debug (content/log.ts).
        if (message.type() === 'debug' && message.text().startsWith('exkb: ')) extensionLogs.push(`${page.url()}: ${message.text()}`);
      });
      page.on('dialog', (dialog) => {
        pageErrors.push(`${page.url()}: a dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
    });
  });

  after(async () => {
    await extension?.close();
    await server?.close();
  });

  async function openPage(name: string, query = ''): Promise<Page> {
    const page = await extension.context.newPage();
    await page.goto(`${server.url(name)}${query}`, { timeout: BIG_IDLE_TIMEOUT_MS });
    return page;
  }

  function pageErrorsOf(page: Page): string[] {
    return [...pageErrors, ...extensionLogs].filter((line) => line.startsWith(page.url()));
  }

  /** The service worker answers a search from the popup (the RPC every content script uses). */
  async function workerAnswers(query = '5.7.1'): Promise<void> {
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.id}/popup.html?q=${encodeURIComponent(query)}`);
    await popup.locator('[role="option"][data-exkb-result]').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await popup.close();
  }

  async function pageHeapBytes(cdp: CDPSession): Promise<number> {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  }

  // ---- 1. Huge DOMs

  const HUGE = [
    { kind: 'wide', what: '200,000 elements', codes: 100 },
    { kind: 'deep&levels=2000', what: '2,000 levels of nesting (about what Chromium can draw)', codes: 4 },
    { kind: 'deep&levels=5000&hidden', what: '5,000 levels of nesting, not drawn', codes: 10 },
    { kind: 'text', what: 'a 20 MB text node with 201 codes', codes: undefined },
    { kind: 'dense', what: 'a 20 MB text node with about 160,000 codes', codes: undefined },
  ] as const;

  for (const { kind, what, codes } of HUGE) {
    it(`a page of ${what} keeps working while exkb scans it, and ends idle with the right marks`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
      const hidden = kind.endsWith('&hidden');
      const page = await openPage('hostile-huge.html', `?kind=${kind}`);
      // The page's own button, clicked while exkb works: its handler answers.
      await page.click('#probe');
      await page.locator('#answer').getByText(/^clicked 1 while /).waitFor();
      await waitForStatus(page, 'idle', BIG_IDLE_TIMEOUT_MS);
      await page.click('#probe');
      await page.locator('#answer').getByText(/^clicked 2 while idle/).waitFor();
      const probe = await page.evaluate<Probe>('window.__probe');
      t.diagnostic(`${kind}: the page built itself in ${Math.round(probe.buildMs)} ms; its 10 ms timer ticked ${probe.ticks} times (${probe.ticksWhileScanning} while exkb was scanning, longest wait then ${Math.round(probe.maxGapWhileScanningMs)} ms); first click answered while ${probe.clicks[0]}`);
      assert.ok(probe.ticks > 0, 'the page timer ran');
      if (probe.clicks[0] === 'scanning') assert.ok(probe.ticksWhileScanning > 0, 'the page timer ran while exkb was scanning');

      const marked = await page.locator(MARK_SELECTOR).count();
      assert.equal(await page.locator('html').getAttribute('data-exkb-marks'), String(marked), 'the status counts the marks');
      if (codes !== undefined) {
        assert.equal(await page.locator('.code').count(), codes);
        assert.equal(await page.locator(`.code ${MARK_SELECTOR}[data-exkb-code="5.7.1"]`).count(), codes, 'every code element holds its mark');
        assert.equal(marked, codes, 'and nothing else is marked');
        assert.deepEqual(await unmarkedCodes(page, base), [], 'no code with an entry is left unmarked');
      } else {
        const expected = Math.min(probe.codes, 1_000); // MAX_MARKS_PER_TEXT (extension-browser/src/content/marks.ts)
        assert.equal(marked, expected);
        const length = await page.evaluate<number>('window.__bigLength');
        assert.equal(await page.evaluate<number>("document.getElementById('big').textContent.length"), length, 'the 20 MB text is all still there');
      }
      assert.deepEqual(await badMarks(page, base), []);
      if (!hidden) {
        await page.locator(MARK_SELECTOR).first().focus();
        assert.match(await popoverText(page), /5\.7\.1/, 'the popover opens');
      }
      await workerAnswers();
      assert.deepEqual(pageErrorsOf(page), []);
      await page.close();
    });
  }

  // ---- 2. Mutation storms

  const STORMS = [
    { mode: 'loop', what: '100,000 mutations in one synchronous loop' },
    { mode: 'bursts', what: '100,000 mutations in bursts of 1,000' },
  ] as const;

  for (const { mode, what } of STORMS) {
    it(`${what}: exkb neither falls over nor loops, and the marks are right afterwards`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
      const page = await openPage('hostile-mutations.html');
      await waitForStatus(page, 'idle', STEP_TIMEOUT_MS);
      assert.ok((await page.locator(`#intro ${MARK_SELECTOR}`).count()) > 0, 'the intro is marked before the storm');
      const cdp = await extension.context.newCDPSession(page);
      const heapBefore = await pageHeapBytes(cdp);
      await page.evaluate(`window.storm(${JSON.stringify(mode)})`);
      assert.equal(await page.evaluate<number>('window.__probe.mutations'), 100_000);
      await waitForStatus(page, 'idle', BIG_IDLE_TIMEOUT_MS);
      const heapAfter = await pageHeapBytes(cdp);
      t.diagnostic(`${mode}: renderer heap ${Math.round(heapBefore / 1e6)} MB before, ${Math.round(heapAfter / 1e6)} MB after the storm`);
      assert.ok(heapAfter - heapBefore < 64e6, 'no queue grew without bound');
      assert.deepEqual(await unmarkedCodes(page, base), [], 'every code with an entry that the storm left is marked');
      assert.deepEqual(await badMarks(page, base), []);
      assert.ok((await page.locator(`#box ${MARK_SELECTOR}`).count()) > 0);
      assert.equal(await page.locator(`#intro ${MARK_SELECTOR}`).count(), 0, 'the intro, editable since the storm’s last mutation, lost its marks');
      assert.equal(await page.locator('#intro').innerText(), 'Before the storm: 550 5.2.0 STOREDRV.Deliver and 550 5.7.1.');
      // The storm settled: nothing more happens by itself (no loop of exkb reacting to itself).
      const marks = await page.locator(MARK_SELECTOR).count();
      await page.waitForTimeout(1_000);
      assert.equal(await page.locator('html').getAttribute('data-exkb-status'), 'idle');
      assert.equal(await page.locator(MARK_SELECTOR).count(), marks);
      await workerAnswers();
      assert.deepEqual(pageErrorsOf(page), []);
      await cdp.detach();
      await page.close();
    });
  }

  it('a page that mutates on every animation frame forever is not starved, and is marked once it stops', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const page = await openPage('hostile-mutations.html');
    await waitForStatus(page, 'idle', STEP_TIMEOUT_MS);
    await page.evaluate("window.storm('forever')");
    await page.waitForTimeout(3_000);
    const during = await page.evaluate<{ frames: number; framesWhileScanning: number; mutations: number }>('window.__probe');
    t.diagnostic(`forever: ${during.frames} frames in 3 s (${during.framesWhileScanning} while exkb was scanning), ${during.mutations} mutations`);
    assert.ok(during.frames >= 30, `the page kept drawing frames: ${during.frames} in 3 s`);
    await page.evaluate('window.stopStorm()');
    await waitForStatus(page, 'idle', BIG_IDLE_TIMEOUT_MS);
    assert.deepEqual(await unmarkedCodes(page, base), []);
    assert.deepEqual(await badMarks(page, base), []);
    await workerAnswers();
    assert.deepEqual(pageErrorsOf(page), []);
    await page.close();
  });

  // ---- 3. Codes in attributes, form controls and editable regions

  /** Per case of hostile-inputs.html: whether the code in it is marked (what a careful user expects). */
  const INPUT_CASES: ReadonlyArray<{ id: string; marked: boolean; why: string }> = [
    { id: 'plain', marked: true, why: 'page text' },
    { id: 'attributes', marked: false, why: 'attributes are not text; they stay byte for byte' },
    { id: 'input', marked: false, why: 'the user’s typing' },
    { id: 'textarea', marked: false, why: 'the user’s typing' },
    { id: 'editable', marked: false, why: 'an editor: a mark would be saved into the user’s document' },
    { id: 'editable-empty', marked: false, why: 'contenteditable="" is editable' },
    { id: 'editable-plain', marked: false, why: 'plaintext-only is editable' },
    { id: 'not-editable', marked: true, why: 'contenteditable="false" is page text' },
    { id: 'select', marked: false, why: 'options are drawn by the browser; an element inside breaks them' },
    { id: 'noscript', marked: false, why: 'not shown with scripts on' },
    { id: 'template', marked: false, why: 'inert' },
    { id: 'svg', marked: false, why: 'an HTML element inside SVG text is not drawn' },
    { id: 'button', marked: true, why: 'a label the user reads; the button still gets its click' },
    { id: 'link', marked: true, why: 'a label the user reads; the link still works' },
    { id: 'label', marked: true, why: 'page text' },
    { id: 'fake-mark', marked: false, why: 'the page’s own element of our name is left alone' },
    { id: 'fake-popover', marked: false, why: 'the page’s own element of our name is left alone' },
  ];

  it('codes in attributes, inputs and editable regions are never changed; page text around them is marked', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = await openPage('hostile-inputs.html');
    const before = await page.evaluate<Record<string, string>>("Object.fromEntries([...document.querySelectorAll('body [id]')].map((element) => [element.id, element.outerHTML]))");
    await waitForStatus(page, 'idle', STEP_TIMEOUT_MS);
    for (const { id, marked, why } of INPUT_CASES) {
      const count = await page.locator(`#${id} ${MARK_SELECTOR}`).count();
      assert.equal(count > 0, marked, `#${id}: ${marked ? 'marked' : 'not marked'} (${why}); found ${count}`);
    }
    const after = await page.evaluate<Record<string, string>>("Object.fromEntries([...document.querySelectorAll('body [id]')].map((element) => [element.id, element.outerHTML]))");
    for (const [id, html] of Object.entries(before)) {
      if (INPUT_CASES.find((item) => item.id === id)?.marked || id === 'becomes-editable' || id === 'code') continue;
      assert.equal(after[id], html, `#${id} is exactly as the page made it`);
    }
    assert.equal(await page.evaluate<number>("document.getElementById('host').shadowRoot.querySelectorAll('exkb-mark, .exkb-mark').length"), 0, 'a page shadow root is left alone');

    // The user types codes into the editable regions and the form controls: not one character changes.
    const typed = 'Typed: 550 5.2.0 and 0x8004010F';
    for (const id of ['input', 'textarea', 'labelled']) {
      await page.locator(`#${id}`).fill(typed);
    }
    await page.locator('#editable').click();
    await page.keyboard.press('End');
    await page.keyboard.type(` ${typed}`);
    await page.waitForTimeout(500);
    await waitForStatus(page, 'idle', STEP_TIMEOUT_MS);
    for (const id of ['input', 'textarea', 'labelled']) assert.equal(await page.locator(`#${id}`).inputValue(), typed, `#${id} keeps what the user typed`);
    assert.equal(await page.locator('#editable').innerText(), `Editable: 550 5.7.1 bold 0x8004010F ${typed}`);
    assert.equal(await page.locator(`#editable ${MARK_SELECTOR}`).count(), 0);

    // A region marked as page text that the page then makes editable (click to edit) loses its marks at once, its text whole.
    assert.equal(await page.locator(`#becomes-editable ${MARK_SELECTOR}`).count(), 1);
    const text = await page.locator('#becomes-editable').textContent();
    await page.evaluate('window.__becomeEditable()');
    await page.locator(`#becomes-editable ${MARK_SELECTOR}`).waitFor({ state: 'detached' });
    assert.equal(await page.evaluate<string>("document.getElementById('becomes-editable').innerHTML"), text, 'one text node again, as the page wrote it');
    assert.equal(await page.evaluate<number>("document.getElementById('becomes-editable').childNodes.length"), 1);

    // The page's own <exkb-mark> is no mark of ours: focusing or clicking it opens nothing.
    await page.locator('#fake-mark').click();
    await page.waitForTimeout(400);
    assert.equal(await page.locator(`${POPOVER_SELECTOR} [data-exkb-popover]`).isVisible(), false, 'no popover for the page’s own element');
    // A button with a mark inside still gets its click.
    await page.evaluate("document.getElementById('button').addEventListener('click', () => (window.__buttonClicked = true))");
    // Focus opens the popover first, so the click's mousedown (which focuses the mark) does not open it between mousedown and mouseup.
    await page.locator(`#button ${MARK_SELECTOR}`).focus();
    await page.locator(`${POPOVER_SELECTOR} [data-exkb-popover]`).waitFor({ state: 'visible' });
    await page.locator(`#button ${MARK_SELECTOR}`).click();
    assert.equal(await page.evaluate<boolean>('window.__buttonClicked === true'), true, 'the page’s button handler ran');
    assert.deepEqual(pageErrorsOf(page), []);
    await page.close();
  });

  it('a document in design mode (an editor frame) gets no marks', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = await openPage('hostile-design-mode.html');
    await waitForStatus(page, 'idle', STEP_TIMEOUT_MS);
    assert.equal(await page.locator(MARK_SELECTOR).count(), 0);
    assert.deepEqual(pageErrorsOf(page), []);
    await page.close();
  });

  // ---- 4. Pages that redefine built-ins or take exkb's names

  for (const mode of ['patch', 'freeze', 'elements'] as const) {
    it(`a page that ${mode === 'patch' ? 'overwrites DOM and language built-ins' : mode === 'freeze' ? 'freezes the prototypes' : 'defines <exkb-mark> and <exkb-popover> itself'} still works, and exkb still marks and opens its popover`, { timeout: TEST_TIMEOUT_MS }, async (t) => {
      const page = await openPage('hostile-builtins.html', `?mode=${mode}`);
      await waitForStatus(page, 'idle', STEP_TIMEOUT_MS);
      const marks = await readMarksSafely(page);
      const codes = new Set(marks.map((mark) => mark.code));
      for (const code of ['5.2.0', '5.7.1', 'Event 9373']) assert.ok(codes.has(code), `${code} is marked: ${JSON.stringify(marks)}`);
      const tags = mode === 'patch' ? ['(not read: the page broke Array.prototype.map)'] : await page.evaluate<string[]>(`[...new Set([...document.querySelectorAll('${MARK_SELECTOR}')].map((element) => element.localName))]`);
      t.diagnostic(`${mode}: mark element names ${JSON.stringify(tags)}`);
      if (mode === 'elements') {
        assert.ok(!tags.includes('exkb-mark'), 'marks do not use the name the page defined');
        assert.equal(await page.evaluate<unknown>('window.__pageMarkConnected'), undefined, 'the page’s component never ran on our marks');
      }
      // Marks show their text (a page component with a shadow root would hide it).
      const first = page.locator(`${MARK_SELECTOR}[data-exkb-code="5.2.0"]`).first();
      const box = await first.boundingBox();
      assert.ok(box && box.width > 10, `the 5.2.0 mark is drawn with its text: ${JSON.stringify(box)}`);
      await first.focus();
      assert.match(await popoverText(page), /5\.2\.0|STOREDRV/, 'the popover opens and shows the entry');
      await page.keyboard.press('Escape');
      if (mode !== 'patch') assert.equal(await page.evaluate<number>('window.__pageWorks()'), 1, 'the page’s own code still runs');
      assert.deepEqual(pageErrorsOf(page), []);
      await page.close();
    });
  }

  // ---- 5. Storage migrations (the real update path: chrome.runtime.reload fires onInstalled "update")

  async function storage(): Promise<Record<string, unknown>> {
    return worker.evaluate<Record<string, unknown>>('chrome.storage.local.get(null)');
  }

  async function seed(items: Record<string, unknown>): Promise<void> {
    await worker.evaluate(`chrome.storage.local.clear().then(() => chrome.storage.local.set(${JSON.stringify(items)}))`);
  }

  /**
   * Loads the extension's folder again, as an update does (Extensions.loadUnpacked; chrome.runtime.reload
   * disables an extension loaded with --load-extension in this Chromium), and waits for its new service worker.
   */
  async function reloadExtension(): Promise<void> {
    const old = worker;
    const browser = extension.context.browser();
    if (!browser) throw new Error('no browser object for the persistent context');
    const cdp = await browser.newBrowserCDPSession();
    const { id } = await cdp.send('Extensions.loadUnpacked', { path: extension.folder });
    await cdp.detach();
    assert.equal(id, extension.id, 'the same extension was updated');
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const next = extension.context.serviceWorkers().find((candidate) => candidate !== old && candidate.url().startsWith(`chrome-extension://${extension.id}/`));
      if (next && (await next.evaluate<boolean>('typeof chrome.storage?.local?.get === "function"').catch(() => false))) {
        worker = next;
        return;
      }
      if (Date.now() > deadline) throw new Error(`no new service worker after chrome.runtime.reload(): ${extension.context.serviceWorkers().map((candidate) => candidate.url()).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function waitForStorage(test: (stored: Record<string, unknown>) => boolean, what: string): Promise<Record<string, unknown>> {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const stored = await storage();
      if (test(stored)) return stored;
      if (Date.now() > deadline) throw new Error(`${what}: storage is ${JSON.stringify(stored).slice(0, 500)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('an update migrates settings stored by an older build (v0, unversioned): the imported entry is still searchable and marks its code', { timeout: TEST_TIMEOUT_MS }, async () => {
    // As issue 6's build stored them: no schemaVersion. (No enabledSites key: a change to it makes the
    // running background read, and so migrate, before the update this test is about.)
    const v0 = { disabledSites: [], importedFiles: [{ name: `mail-flow/${TEAM_ENTRY}.md`, text: teamGood }] };
    await seed(v0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(await storage(), v0, 'the old shape is in place until the update');
    await reloadExtension();
    const stored = await waitForStorage((items) => items.schemaVersion === 1, 'the migration wrote schemaVersion 1');
    assert.deepEqual(stored, { ...v0, schemaVersion: 1 }, 'every value kept');
    await workerAnswers('5.4.1');
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.id}/popup.html?q=5.4.1`);
    await popup.getByText(TEAM_TITLE).first().waitFor();
    await popup.close();
    const page = await openPage('hostile.html');
    await waitForStatus(page, 'idle', STEP_TIMEOUT_MS);
    assert.equal(await page.locator(`${MARK_SELECTOR}[data-exkb-entries~="${TEAM_ENTRY}"]`).count() > 0, true, 'the imported entry marks 5.4.1');
    await page.close();
  });

  it('settings of a newer exkb are left untouched by the update and by an import, with a clear message', { timeout: TEST_TIMEOUT_MS }, async () => {
    const future = { schemaVersion: 99, importedFiles: { shape: 'of the future' }, enabledSites: [], newKey: [1, 2, 3] };
    await seed(future);
    await reloadExtension();
    await workerAnswers();
    assert.deepEqual(await storage(), future, 'the update left them as they were');
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.id}/options.html`);
    await options.locator('#import-area').selectOption('mail-flow');
    await options.locator('input[type="file"]').first().setInputFiles({ name: `${TEAM_ENTRY}.md`, mimeType: 'text/markdown', buffer: Buffer.from(teamGood) });
    await options.locator('#import-status[data-exkb-import="refused"]').waitFor();
    assert.match(await options.locator('#import-status').innerText(), /newer exkb \(storage version 99.*nothing was changed.*update exkb/);
    assert.deepEqual(await storage(), future, 'the import changed nothing');
    await options.close();
    await seed({});
  });

  // ---- 6. Imports never lose entries

  async function importFiles(files: ReadonlyArray<{ name: string; buffer: Buffer }>): Promise<{ state: string; status: string; problems: string[] }> {
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.id}/options.html`);
    await options.locator('#import-area').selectOption('mail-flow');
    await options.locator('input[type="file"]').first().setInputFiles(files.map((file) => ({ ...file, mimeType: 'text/markdown' })));
    await options.locator('#import-status:is([data-exkb-import="refused"], [data-exkb-import="done"])').waitFor({ timeout: 60_000 });
    const result = {
      state: (await options.locator('#import-status').getAttribute('data-exkb-import')) ?? '',
      status: await options.locator('#import-status').innerText(),
      problems: await options.locator('#import-problems li').allInnerTexts(),
    };
    await options.close();
    return result;
  }

  const REFUSED: ReadonlyArray<{ name: string; files: () => Array<{ name: string; buffer: Buffer }>; problems: RegExp[] }> = [
    { name: 'a valid and an invalid file together', files: () => [{ name: 'team-second.md', buffer: Buffer.from(teamSecond) }, { name: 'team-broken.md', buffer: Buffer.from(teamBroken) }], problems: [/team-broken\.md:2:1 KB001 products/, /team-broken\.md:3:11 KB002 symptoms/] },
    { name: 'a file that is not UTF-8, with a valid one', files: () => [{ name: 'team-second.md', buffer: Buffer.from(teamSecond) }, { name: 'latin1.md', buffer: Buffer.from(teamSecond.replace('Second', 'Größe'), 'latin1') }], problems: [/latin1\.md:2:\d+ KB020 byte 0xF6 is not UTF-8/] },
    { name: 'a 50 MB file', files: () => [{ name: 'huge.md', buffer: Buffer.alloc(50_000_000, 'a') }], problems: [/huge\.md:1:1 SETTINGS larger than 1 MB/] },
    { name: 'a file that is not Markdown', files: () => [{ name: 'notes.txt', buffer: Buffer.from('550 5.4.1') }], problems: [/notes\.txt:1:1 SETTINGS not a Markdown entry/] },
    { name: 'Markdown that is not an entry', files: () => [{ name: 'readme-copy.md', buffer: Buffer.from('# Notes\n\nJust notes, 550 5.4.1.\n') }], problems: [/readme-copy\.md:\d+:\d+ KB008/] },
    { name: 'an id of a built-in entry', files: () => [{ name: 'public-folder-anonymous-contributor.md', buffer: Buffer.from(teamSecond) }], problems: [/KB015 the id "public-folder-anonymous-contributor" is already used by a built-in entry/] },
    { name: 'an id already imported, from another area', files: () => [{ name: `recipients/${TEAM_ENTRY}.md`, buffer: Buffer.from(teamSecond) }], problems: [/KB015/] },
  ];

  it('an import with any problem is refused whole with every problem shown, and the imported entries stay', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const kept = { schemaVersion: 1, disabledSites: [], enabledSites: [], importedFiles: [{ name: `mail-flow/${TEAM_ENTRY}.md`, text: teamGood }] };
    await seed(kept);
    for (const { name, files, problems } of REFUSED) {
      const result = await importFiles(files());
      t.diagnostic(`${name}: ${result.status} ${JSON.stringify(result.problems).slice(0, 300)}`);
      assert.equal(result.state, 'refused', `${name}: refused (${result.status})`);
      assert.match(result.status, /^Nothing was imported/);
      for (const pattern of problems) assert.ok(result.problems.some((problem) => pattern.test(problem)), `${name}: ${pattern} in ${JSON.stringify(result.problems)}`);
      assert.deepEqual(await storage(), kept, `${name}: the imported entries are untouched`);
    }
  });

  it('a storage write that fails (storage.local over its 10 MB quota) keeps the old entries and shows the error', { timeout: TEST_TIMEOUT_MS }, async () => {
    const kept = { schemaVersion: 1, disabledSites: [], enabledSites: [], importedFiles: [{ name: `mail-flow/${TEAM_ENTRY}.md`, text: teamGood }] };
    await seed(kept);
    // Another key fills storage.local to just under chrome.storage.local.QUOTA_BYTES (no unlimitedStorage permission).
    const quota = await worker.evaluate<number>('chrome.storage.local.QUOTA_BYTES');
    const used = await worker.evaluate<number>('chrome.storage.local.getBytesInUse(null)');
    // The filler's size counts its key and its JSON quotes; 100 bytes stay free, less than the new entry needs.
    await worker.evaluate(`chrome.storage.local.set({ filler: 'x'.repeat(${quota - used - 'filler'.length - 2 - 100}) })`);
    const result = await importFiles([{ name: 'team-second.md', buffer: Buffer.from(teamSecond) }]);
    assert.equal(result.state, 'refused', result.status);
    assert.match(result.status, /^Nothing was imported: the browser's storage for exkb is full, so nothing was changed; remove imported entries you no longer need/);
    const stored = await storage();
    delete stored.filler;
    assert.deepEqual(stored, kept, 'the old entries are in place');
    await worker.evaluate("chrome.storage.local.remove('filler')");
    const again = await importFiles([{ name: 'team-second.md', buffer: Buffer.from(teamSecond) }]);
    assert.equal(again.state, 'done', `with room again the same import works: ${again.status}`);
    assert.equal(((await storage()).importedFiles as unknown[]).length, 2);
    await seed({});
  });

  it('no page logged an error and the content script reported no problem', () => {
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(extensionLogs, []);
  });
});

