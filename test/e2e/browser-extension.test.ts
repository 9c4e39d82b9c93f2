// The browser extension end to end: the unpacked Chromium build of exkb loaded into Debian's
// Chromium (new headless, --load-extension), driven over fixture pages served on loopback under
// /owa/ (NDR, OWA-like single-page app, docs table, forum script, hostile page) and /site/ (outside
// every built-in match), its popup, its options page and its keyboard commands. Part of `npm test`; alone: node --test test/dist/e2e/browser-extension.test.js
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import type { Download, Page } from 'playwright-core';
import { saveScreenshot } from './browser.js';
import { attachToServiceWorker, type WorkerSession } from './browser-extension-cdp.js';
import { chromiumProblem, loadExtension, newTab, waitForIdle, type LoadedExtension } from './browser-extension-harness.js';
import { pressBrowserShortcut } from './browser-extension-keyboard.js';
import { readMarks, readPopover, waitForPopover } from './browser-extension-page.js';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './browser-extension-server.js';
import { readPrerequisites } from './prerequisites.js';

const STEP_TIMEOUT_MS = 15_000;
const TEST_TIMEOUT_MS = 60_000;
const PUBLIC_FOLDER_ENTRY = 'public-folder-anonymous-contributor';
const PUBLIC_FOLDER_TITLE = 'External mail to a mail-enabled public folder bounces with 550 5.2.0 STOREDRV.Deliver';
/** Element types a popover may be built from; anything else (img, script, iframe, b …) came from data. */
const POPOVER_ELEMENTS = new Set(['a', 'button', 'code', 'div', 'h1', 'h2', 'h3', 'header', 'footer', 'li', 'nav', 'ol', 'p', 'pre', 'section', 'span', 'strong', 'style', 'ul']);

/**
 * Chromium's own services (updates, sign-in, autofill), which it calls whatever the extension
 * does; the proxy refuses them. Requests the extension makes are recorded per source instead:
 * its pages and content scripts through Playwright's request events, its service worker through
 * the DevTools protocol.
 */
const CHROMIUM_SERVICE_HOST = /^(CONNECT |\w+ https?:\/\/)([\w-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(:\d+)?(\/|$)/;

const prerequisites = readPrerequisites();
const missing = chromiumProblem(prerequisites.chromiumPath, prerequisites.debianPackages);

async function readDownload(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('exkb in Chromium (browser extension)', { timeout: 300_000 }, () => {
  let extension: LoadedExtension;
  let server: FixtureServer;
  let worker: WorkerSession;
  const pageErrors: string[] = [];
  const pageRequests: string[] = [];
  const workerRequests: string[] = [];

  before(async () => {
    if (missing) throw new Error(`The browser extension suite cannot run: ${missing}.`);
    server = await startFixtureServer();
    extension = await loadExtension(prerequisites.chromiumPath);
    extension.context.setDefaultTimeout(STEP_TIMEOUT_MS);
    extension.context.on('request', (request) => pageRequests.push(request.url()));
    extension.context.on('page', (page) => watchPage(page));
    worker = await attachToServiceWorker(extension);
    worker.on('Network.requestWillBeSent', (params) => workerRequests.push(String((params.request as { url?: unknown } | undefined)?.url)));
    await worker.send('Network.enable');
  });

  after(async () => {
    await worker?.close();
    await extension?.close();
    await server?.close();
  });

  function watchPage(page: Page): void {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      pageErrors.push(`${page.url()}: a dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }

  async function open(name: string): Promise<Page> {
    const page = await extension.context.newPage();
    await page.goto(server.url(name));
    await waitForIdle(page);
    return page;
  }

  /** Opens a fixture and the popup for its tab, as the toolbar button would. */
  async function openWithPopup(name: string): Promise<{ page: Page; popup: Page }> {
    const { page, tabId } = await newTab(extension, () => open(name));
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    return { page, popup };
  }

  async function openExtensionPage(file: string): Promise<Page> {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.id}/${file}`);
    return page;
  }

  it('marks the NDR codes that have entries, and only those', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const page = await open('ndr.html');
    const marks = await readMarks(page);
    const codes = new Set(marks.map((mark) => mark.code));
    assert.ok(codes.has('5.2.0'), `5.2.0 is marked: ${JSON.stringify(marks)}`);
    assert.ok(codes.has('5.7.1'), `5.7.1 is marked: ${JSON.stringify(marks)}`);
    assert.ok(codes.has('5.1.10'), `5.1.10 is marked: ${JSON.stringify(marks)}`);
    // The fixture's one code without an entry; if an entry lists 4.2.2 one day, pick another code.
    assert.deepEqual(loadBundledKnowledge().entriesForCode('4.2.2'), [], 'the knowledge base has an entry for 4.2.2 now: change the fixture');
    assert.equal(codes.has('4.2.2'), false, 'no entry has 4.2.2, so it stays plain text');
    assert.equal(marks.find((mark) => mark.code === '5.2.0')?.entry, PUBLIC_FOLDER_ENTRY);
    for (const mark of marks) assert.ok(mark.entry, `every mark names an entry: ${JSON.stringify(mark)}`);
    assert.equal(await page.evaluate<string | null>("document.documentElement.getAttribute('data-exkb-marks')"), String(marks.length));
    t.diagnostic(`screenshot: ${await saveScreenshot(page, 'browser/ndr')}`);
    await page.close();
  });

  it('marks messages a single-page app inserts after load (timer and click)', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = await extension.context.newPage();
    await page.goto(server.url('spa.html'));
    await page.locator('exkb-mark[data-exkb-code="5.7.1"]').waitFor();
    await page.click('#open-ndr');
    await page.locator('#reading exkb-mark[data-exkb-code="5.2.0"]').waitFor();
    await waitForIdle(page);
    assert.equal(await page.locator('#reading exkb-mark').count(), 1, 'the replaced message is marked once');
    await page.close();
  });

  it('marks the docs table but not codes without entries nor a text area', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = await open('docs.html');
    const codes = (await readMarks(page)).map((mark) => mark.code);
    for (const code of ['Event 9373', 'KB953467', '5.2.0', '0x8004010F']) {
      assert.ok(codes.some((found) => found?.toLowerCase() === code.toLowerCase()), `${code} is marked: ${JSON.stringify(codes)}`);
    }
    // The fixture's code without an entry; if an entry lists 0x80070057 one day, pick another code.
    assert.deepEqual(loadBundledKnowledge().entriesForCode('0x80070057'), [], 'the knowledge base has an entry for 0x80070057 now: change the fixture');
    assert.equal(codes.some((code) => /80070057/i.test(code ?? '')), false, '0x80070057 has no entry, so it stays plain text');
    assert.equal(await page.locator('#notes exkb-mark').count(), 0);
    assert.equal(await page.locator('#notes').inputValue(), "550 5.2.0 in a text area is the user's own text and stays unmarked");
    await page.close();
  });

  it('marks the lint findings of a PowerShell block on a forum page', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const page = await open('forum.html');
    await page.locator('#script exkb-mark.exkb-lint').first().waitFor();
    await waitForIdle(page);
    const rules = (await readMarks(page)).map((mark) => mark.rule).filter((rule) => rule !== null);
    assert.ok(rules.includes('switch-parameter-value'), `switch-parameter-value is found: ${JSON.stringify(rules)}`);
    assert.ok(rules.includes('require-sender-authentication-external'), `require-sender-authentication-external is found: ${JSON.stringify(rules)}`);
    t.diagnostic(`screenshot: ${await saveScreenshot(page, 'browser/forum')}`);
    await page.close();
  });

  it('opens a popover on keyboard focus and on hover; Escape closes it', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const page = await open('ndr.html');
    const mark = page.locator(`exkb-mark[data-exkb-entry="${PUBLIC_FOLDER_ENTRY}"]`).first();
    // Tab from the top of the page reaches the first mark: marks are in the focus order.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate<string | null>("document.activeElement?.localName ?? null"), 'exkb-mark');
    await mark.focus();
    const shown = await waitForPopover(page, true);
    assert.equal(shown.role, 'dialog');
    assert.ok(shown.text.includes(PUBLIC_FOLDER_TITLE), `the popover shows the title: ${shown.text.slice(0, 300)}`);
    assert.match(shown.text, /Cause:[^]*Anonymous/, 'the popover shows the cause');
    assert.match(shown.text, /Fix:[^]*Contributor role/, 'the popover shows the fix');
    assert.match(shown.text, /Get-PublicFolderClientPermission -Identity/, 'the popover shows the PowerShell');
    t.diagnostic(`screenshot: ${await saveScreenshot(page, 'browser/popover')}`);
    await page.keyboard.press('Escape');
    await waitForPopover(page, false);
    await page.mouse.move(0, 0);
    await page.locator('exkb-mark[data-exkb-code="5.7.1"]').first().hover();
    const hovered = await waitForPopover(page, true);
    assert.match(hovered.text, /5\.7\.1/);
    await page.keyboard.press('Escape');
    await waitForPopover(page, false);
    await page.close();
  });

  it('the popup searches the knowledge base', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const { page, popup } = await openWithPopup('ndr.html');
    await popup.getByLabel('Search by error code or words').fill('5.2.0');
    await popup.getByText(PUBLIC_FOLDER_TITLE).first().waitFor();
    t.diagnostic(`screenshot: ${await saveScreenshot(popup, 'browser/popup-search')}`);
    await popup.close();
    await page.close();
  });

  it('the site switch turns the marks off and back on for the site of the page', { timeout: TEST_TIMEOUT_MS }, async () => {
    const { page, popup } = await openWithPopup('ndr.html');
    assert.ok((await readMarks(page)).length > 0);
    const toggle = popup.getByRole('switch').or(popup.getByRole('checkbox')).first();
    // The popup asks the tab where it is first; read the switch once it has the answer.
    await popup.locator('#site-status:not([data-exkb-site-state="loading"])').waitFor();
    assert.equal(await toggle.isChecked(), true, 'a built-in site starts switched on');
    await toggle.click();
    await popup.locator('#site-status[data-exkb-site-state="off"]').waitFor();
    await page.reload();
    await page.waitForTimeout(1_000);
    assert.equal((await readMarks(page)).length, 0, 'no marks once the site is switched off');
    await toggle.click();
    await popup.locator('#site-status[data-exkb-site-state="on"]').waitFor();
    await page.reload();
    await waitForIdle(page);
    assert.ok((await readMarks(page)).length > 0, 'marks again once the site is switched back on');
    await popup.close();
    await page.close();
  });

  it('options: a valid team entry is imported and searchable; a broken one is refused with file, line and field', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const options = await openExtensionPage('options.html');
    const fileInput = options.locator('input[type="file"]').first();
    await fileInput.setInputFiles(path.join(FIXTURES_DIR, 'team-broken.md'));
    const problem = options.getByText(/team-broken\.md/).first();
    await problem.waitFor();
    const report = await options.locator('body').innerText();
    assert.match(report, /team-broken\.md\D+2\b/, `the file and line are shown: ${report}`);
    assert.match(report, /products/, `the field is shown: ${report}`);
    t.diagnostic(`screenshot: ${await saveScreenshot(options, 'browser/options-error')}`);
    await options.locator('#import-area').selectOption('mail-flow');
    await fileInput.setInputFiles(path.join(FIXTURES_DIR, 'team-good.md'));
    await options.getByText(/Team note on 5\.4\.1/).first().waitFor();
    const popup = await openExtensionPage('popup.html');
    await popup.getByLabel('Search by error code or words').fill('5.4.1');
    await popup.getByText(/Team note on 5\.4\.1/).first().waitFor();
    await popup.close();
    await options.close();
  });

  it('a hostile page and a hostile imported entry run nothing and put no markup in the popover', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const page = await open('hostile.html');
    const marks = await readMarks(page);
    assert.ok(marks.some((mark) => mark.code === '5.2.0'), `the NDR code is still marked: ${JSON.stringify(marks)}`);
    assert.ok(marks.some((mark) => mark.code === '5.4.1'), `the imported entry's code is marked: ${JSON.stringify(marks)}`);
    assert.equal(await page.locator('#ndr img, #ndr script, #markup b, #imported iframe').count(), 0, 'no page text became elements');
    for (const code of ['5.2.0', '5.7.1', '5.4.1']) {
      const mark = page.locator(`exkb-mark[data-exkb-code="${code}"]`).first();
      if ((await mark.count()) === 0) continue;
      await mark.focus();
      const popover = await waitForPopover(page, true);
      const foreign = popover.tags.filter((tag) => !POPOVER_ELEMENTS.has(tag));
      assert.deepEqual(foreign, [], `the ${code} popover holds only its own element types: ${popover.tags.join(', ')}`);
      if (code === '5.4.1') {
        assert.ok(popover.text.includes('<img src=x onerror='), `the entry's HTML is shown as text: ${popover.text.slice(0, 300)}`);
        t.diagnostic(`screenshot: ${await saveScreenshot(page, 'browser/hostile-popover')}`);
      }
      await page.keyboard.press('Escape');
      await waitForPopover(page, false);
    }
    assert.equal(await page.evaluate<unknown>('window.__pwned'), undefined, 'no hostile script ran');
    await page.close();
  });

  it('the popover copies its PowerShell, switches to another matching entry and links to the full entry page', { timeout: TEST_TIMEOUT_MS }, async () => {
    await extension.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await open('ndr.html');
    await page.locator(`exkb-mark[data-exkb-entry="${PUBLIC_FOLDER_ENTRY}"]`).first().focus();
    await waitForPopover(page, true);
    const popover = page.locator('exkb-popover');
    await popover.locator('button.copy').click();
    await popover.locator('p.status').getByText('Copied').waitFor();
    const copied = await page.evaluate<string>('navigator.clipboard.readText()');
    assert.match(copied, /^Get-PublicFolderClientPermission -Identity/, `the clipboard holds the entry's PowerShell: ${copied.slice(0, 120)}`);
    const fullEntry = await popover.getByRole('link', { name: 'Open full entry' }).getAttribute('href');
    assert.equal(fullEntry, `chrome-extension://${extension.id}/entry.html?id=${PUBLIC_FOLDER_ENTRY}`);
    await page.keyboard.press('Escape');
    await waitForPopover(page, false);

    // 5.7.1 is listed by several entries: the others are offered, and choosing one shows it.
    await page.locator('exkb-mark[data-exkb-code="5.7.1"]').first().focus();
    const first = await waitForPopover(page, true);
    const other = popover.locator('ul.others button[data-exkb-entry]').first();
    const otherId = await other.getAttribute('data-exkb-entry');
    const otherTitle = (await other.textContent()) ?? '';
    assert.ok(otherId && otherTitle, 'the popover lists another entry for 5.7.1');
    await other.click();
    await popover.locator('h2').getByText(otherTitle, { exact: true }).waitFor();
    assert.notEqual((await readPopover(page)).text.slice(0, 80), first.text.slice(0, 80), 'the popover now shows the other entry');
    await page.close();

    const entryPage = await openExtensionPage(`entry.html?id=${PUBLIC_FOLDER_ENTRY}`);
    await entryPage.locator('#main[data-exkb-page-state="entry"]').waitFor();
    assert.equal(await entryPage.locator(`article[data-exkb-entry-id="${PUBLIC_FOLDER_ENTRY}"] h1`).first().textContent(), PUBLIC_FOLDER_TITLE);
    assert.ok((await entryPage.locator('[data-exkb-copy]').count()) > 0, 'the entry page offers its PowerShell for copying');
    const unknown = await openExtensionPage('entry.html?id=no-such-entry');
    await unknown.locator('#main[data-exkb-page-state="not-found"]').waitFor();
    await unknown.close();
    await entryPage.close();
  });

  it('the popover follows dark mode', { timeout: TEST_TIMEOUT_MS }, async () => {
    const page = await open('ndr.html');
    const background = async () => {
      // Escape leaves the focus on the mark; focusing it again would not open the popover.
      await page.evaluate('document.activeElement?.blur()');
      await page.locator('exkb-mark[data-exkb-code="5.7.1"]').first().focus();
      await waitForPopover(page, true);
      const color = await page.evaluate<string>("getComputedStyle(document.querySelector('exkb-popover').shadowRoot.querySelector('[data-exkb-popover]')).backgroundColor");
      await page.keyboard.press('Escape');
      await waitForPopover(page, false);
      return color;
    };
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    const luminance = (color: string) => (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).reduce((sum, channel) => sum + Number(channel), 0);
    assert.ok(luminance(dark) < luminance(light), `dark mode darkens the popover: light ${light}, dark ${dark}`);
    await page.close();
  });

  it('popup.html?q= (how "Look up in exkb" opens it) searches at once', { timeout: TEST_TIMEOUT_MS }, async () => {
    const popup = await openExtensionPage(`popup.html?q=${encodeURIComponent('550 5.7.1 unable to relay')}`);
    assert.equal(await popup.locator('#search').inputValue(), '550 5.7.1 unable to relay');
    await popup.locator('[data-exkb-result="relay-test-550-5-7-1-unable-to-relay"]').waitFor();
    await popup.close();
  });

  it('options: export downloads the sites and imported entries; reset clears them', { timeout: TEST_TIMEOUT_MS }, async () => {
    const options = await openExtensionPage('options.html');
    await options.locator('#imported [data-exkb-imported]').first().waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('#export').click()]);
    assert.equal(download.suggestedFilename(), 'exkb-settings.json');
    const exported = JSON.parse(await readDownload(download)) as { format?: unknown; importedFiles?: Array<{ name: string; text: string }> };
    assert.equal(exported.format, 1);
    assert.ok(exported.importedFiles?.some((file) => file.text.includes('Team note on 5.4.1')), 'the export holds the imported entry as written');
    await options.locator('#reset').click();
    await options.locator('#reset-confirm').click();
    // No imported entry is left.
    await options.locator('#imported [data-exkb-imported]').first().waitFor({ state: 'detached' });
    const popup = await openExtensionPage('popup.html');
    await popup.locator('#search').fill('Team note on 5.4.1');
    await popup.locator('#search-status').getByText(/result|Nothing found/).waitFor();
    assert.equal(await popup.getByText(/Team note on 5\.4\.1/).count(), 0, 'the imported entry is no longer found');
    await popup.close();
    await options.close();
  });

  it('the "Scan this page" shortcut marks a page outside the built-in sites; the popup shortcut opens the popup', { timeout: TEST_TIMEOUT_MS }, async () => {
    const manifestCommands = (JSON.parse(readFileSync(path.join(extension.folder, 'manifest.json'), 'utf8')) as { commands: Record<string, { suggested_key: { default: string } }> }).commands;
    const scanKey = manifestCommands['scan-page']?.suggested_key.default ?? '';
    const popupKey = manifestCommands._execute_action?.suggested_key.default ?? '';
    // Chromium leaves a suggested key unassigned when it clashes with one of its own shortcuts.
    const assigned = await extension.worker.evaluate<{ name: string; shortcut: string }[]>('chrome.commands.getAll()');
    assert.deepEqual(
      assigned.map(({ name, shortcut }) => ({ name, shortcut })).sort((a, b) => a.name.localeCompare(b.name)),
      [{ name: '_execute_action', shortcut: popupKey }, { name: 'scan-page', shortcut: scanKey }],
      'Chromium assigned both suggested keys',
    );

    const { page, tabId } = await newTab(extension, async () => {
      const opened = await extension.context.newPage();
      await opened.goto(server.url('ndr.html', 'site'));
      return opened;
    });
    // Without a user gesture the extension can neither see nor scan the page.
    const before = await openExtensionPage(`popup.html?tab=${tabId}`);
    await before.locator('#site-status[data-exkb-site-state="unavailable"]').waitFor();
    assert.equal(await before.locator('#scan-page').isDisabled(), true, '"Scan this page" is off before the shortcut');
    await before.close();
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate<string | null>("document.documentElement.getAttribute('data-exkb-status')"), null, 'no content script runs on /site/');
    assert.deepEqual(await readMarks(page), []);

    await page.bringToFront();
    await pressBrowserShortcut(extension.context, page, scanKey);
    const count = await waitForIdle(page);
    const marks = await readMarks(page);
    assert.ok(marks.some((mark) => mark.code === '5.2.0'), `the shortcut marked 5.2.0: ${JSON.stringify(marks)}`);
    assert.equal(count, marks.length);

    // The key press granted activeTab: the popup for the tab now knows its site and can rescan it.
    const after = await openExtensionPage(`popup.html?tab=${tabId}`);
    await after.locator('#site-status[data-exkb-site-state="off"]').waitFor();
    assert.equal(await after.locator('#site-name').textContent(), new URL(server.origin).host);
    await after.locator('#scan-page').click();
    await after.locator(`#scan-status[data-exkb-marks="${count}"]`).waitFor();
    await after.close();

    // The popup shortcut opens the action popup (not a Playwright page: found through the protocol).
    await page.bringToFront();
    const cdp = await extension.context.newCDPSession(page);
    const popupUrl = `chrome-extension://${extension.id}/popup.html`;
    await pressBrowserShortcut(extension.context, page, popupKey);
    let popupTarget: string | undefined;
    for (const deadline = Date.now() + STEP_TIMEOUT_MS; popupTarget === undefined && Date.now() < deadline; await page.waitForTimeout(100)) {
      popupTarget = (await cdp.send('Target.getTargets')).targetInfos.find((info) => info.url === popupUrl)?.targetId;
    }
    assert.ok(popupTarget, `${popupKey} opened ${popupUrl}`);
    await cdp.send('Target.closeTarget', { targetId: popupTarget });
    await cdp.detach();
    await page.close();
  });

  it('the popup filters by product, remembers the filter and shows the range a code fell in', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    const knowledge = loadBundledKnowledge();
    const onPremisesOnly = knowledge.search('5.4.6', { limit: 20 }).filter((result) => !knowledge.entry(result.id)?.products.includes('exchange-online'));
    assert.ok(onPremisesOnly.length > 0, '5.4.6 has on-premises-only entries to leave out');
    const popup = await openExtensionPage('popup.html');
    await popup.getByLabel('Product').selectOption({ label: 'Exchange Online' });
    await popup.getByLabel('Search by error code or words').fill('5.4.6');
    await popup.locator('#search-status').getByText(/results? for Exchange Online$/).waitFor();
    const shown = await popup.locator('#results [data-exkb-result]').evaluateAll((options) => options.map((option) => option.getAttribute('data-exkb-result') ?? ''));
    t.diagnostic(`5.4.6 for Exchange Online: ${JSON.stringify(shown)}`);
    assert.ok(shown.length > 0);
    for (const id of shown) assert.ok(knowledge.entry(id)?.products.includes('exchange-online'), `${id} applies to Exchange Online`);
    for (const { id } of onPremisesOnly) assert.ok(!shown.includes(id), `${id} (on-premises only) is left out`);
    await popup.close();

    // A new popup starts on the remembered filter; a code inside 5.7.900-999 shows the range chip.
    const again = await openExtensionPage('popup.html');
    await again.waitForFunction("document.querySelector('#search-product')?.value === 'exchange-online'");
    await again.locator('#search').fill('550 5.7.950');
    const chip = again.locator('#results [data-exkb-range="5.7.900-999"]').first();
    await chip.waitFor();
    assert.equal(await chip.innerText(), '5.7.950 in 5.7.900-999');
    t.diagnostic(`screenshot: ${await saveScreenshot(again, 'browser/popup-product-filter')}`);
    await again.getByLabel('Product').selectOption({ label: 'All products' });
    await again.locator('#search-status').getByText(/^\d+ results?$/).waitFor();
    assert.equal(await extension.worker.evaluate<unknown>("chrome.storage.local.get('searchProduct').then((stored) => stored.searchProduct ?? null)"), null, 'All products is the default again');
    await again.close();
  });

  it('the extension made no request to any server and no page logged an error', (t) => {
    const allowed = (url: string) => url.startsWith(`${server.origin}/`) || url.startsWith(`chrome-extension://${extension.id}/`) || url.startsWith('data:');
    const refusedHosts = [...new Set(extension.proxy.requests.map((request) => request.replace(/^CONNECT |^\w+ https?:\/\//, '').replace(/[/:].*$/, '')))];
    t.diagnostic(`requests: ${pageRequests.length} from pages and content scripts, ${workerRequests.length} from the service worker, ${extension.proxy.requests.length} refused by the proxy (${refusedHosts.join(', ')})`);
    assert.deepEqual(pageRequests.filter((url) => !allowed(url)), [], 'requests from pages and content scripts outside the fixture server and the extension');
    assert.deepEqual(workerRequests.filter((url) => !allowed(url)), [], 'requests from the service worker outside the extension');
    assert.deepEqual(extension.proxy.requests.filter((request) => !CHROMIUM_SERVICE_HOST.test(request)), [], 'requests that left loopback, other than Chromium\'s own services');
    assert.deepEqual(pageErrors, []);
  });
});
