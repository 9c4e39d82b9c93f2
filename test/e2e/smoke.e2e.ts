// Smoke test of the harness itself: code-server opens a workspace in Debian's Chromium, shows a
// PowerShell file, and each helper works against VS Code's built-in language features.
// Named *.e2e.ts so `npm test` does not run it until the suite is wired in;
// run it by hand: node --test test/dist/e2e/smoke.e2e.js
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { goToPosition, hoverAt, launchChromium, openFile, openWorkbench, readProblems, saveScreenshot, visibleEditorText, waitForProblem } from './browser.js';
import { startCodeServer, type CodeServer } from './code-server.js';
import { decideE2e, readPrerequisites } from './prerequisites.js';

const MARKER = 'exkb-smoke-7f3a';
const FILES: Readonly<Record<string, string>> = {
  'smoke.ps1': `# ${MARKER}\nGet-Mailbox -Identity "${MARKER}" | Set-Mailbox -HiddenFromAddressListsEnabled $true\n`,
  // VS Code's built-in JSON and TypeScript support give a real problem and a real hover.
  'broken.json': '{ "a": 1,, }\n',
  'hover.ts': 'const smokeAnswer = 42;\nexport { smokeAnswer };\n',
};

const prerequisites = readPrerequisites();
const decision = decideE2e(prerequisites, process.env);

function since(started: number): string {
  return `${Math.round(performance.now() - started)} ms`;
}

describe('code-server harness smoke', { skip: decision.action === 'skip' ? decision.reason : false }, () => {
  let workspace = '';
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  before(() => {
    if (decision.action === 'fail') throw new Error(decision.message);
    workspace = mkdtempSync(path.join(os.tmpdir(), 'exkb-e2e-workspace-'));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(path.join(workspace, name), text);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (workspace !== '') rmSync(workspace, { recursive: true, force: true });
  });

  function openPage(): Page {
    assert.ok(page, 'the workbench did not open');
    return page;
  }

  it('opens a PowerShell file of the workspace in the editor', async (t) => {
    let started = performance.now();
    server = await startCodeServer(prerequisites);
    t.diagnostic(`code-server answered after ${since(started)}`);
    started = performance.now();
    browser = await launchChromium(prerequisites.chromiumPath);
    t.diagnostic(`Chromium launched after ${since(started)}`);
    started = performance.now();
    page = await openWorkbench(browser, server.workspaceUrl(workspace));
    t.diagnostic(`workbench loaded after ${since(started)}`);
    started = performance.now();
    await openFile(page, 'smoke.ps1');
    await page.locator('.monaco-editor .view-lines', { hasText: MARKER }).first().waitFor();
    t.diagnostic(`file shown after ${since(started)}`);
    t.diagnostic(`screenshot: ${await saveScreenshot(page, 'smoke-editor')}`);
    assert.match(await visibleEditorText(page), /Get-Mailbox -Identity "exkb-smoke-7f3a"/);
  });

  it('moves the cursor with Go to Line/Column', async () => {
    await goToPosition(openPage(), 2, 5);
    await openPage().locator('.statusbar', { hasText: 'Ln 2, Col 5' }).waitFor();
  });

  it('reads a problem from the Problems view', async (t) => {
    await openFile(openPage(), 'broken.json');
    const started = performance.now();
    const problems = await waitForProblem(openPage(), /Property expected at line 1/);
    t.diagnostic(`problems after ${since(started)}: ${JSON.stringify(problems.map((problem) => problem.label))}`);
    assert.ok(problems.some((problem) => /broken\.json/.test(problem.label)), JSON.stringify(problems));
    assert.deepEqual(await readProblems(openPage()), problems);
  });

  it('shows a hover at a position', async (t) => {
    await openFile(openPage(), 'hover.ts');
    const started = performance.now();
    const text = await hoverAt(openPage(), 1, 8, /smokeAnswer: 42/);
    t.diagnostic(`hover after ${since(started)}: ${JSON.stringify(text)}`);
    t.diagnostic(`screenshot: ${await saveScreenshot(openPage(), 'smoke-hover')}`);
    assert.match(text, /smokeAnswer: 42/);
  });
});
