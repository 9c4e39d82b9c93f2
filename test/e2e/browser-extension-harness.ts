// Loads the unpacked Chromium build of exkb into Debian's Chromium (new headless, a fresh profile,
// --load-extension) and gives the suite and the bench what they drive it with: the extension's id,
// its service worker, the tab id of a page and a wait for the content script's idle state.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { REPO_ROOT } from '../src/paths.js';
import { startRecordingProxy, type RecordingProxy } from './browser-extension-proxy.js';

const BUNDLE_SCRIPT = path.join(REPO_ROOT, 'extension-browser', 'dist', 'scripts', 'bundle.js');
const SERVICE_WORKER_TIMEOUT_MS = 15_000;
export const IDLE_TIMEOUT_MS = 15_000;

export interface LoadedExtension {
  readonly context: BrowserContext;
  readonly id: string;
  readonly worker: Worker;
  readonly proxy: RecordingProxy;
  /** The unpacked build that was loaded. */
  readonly folder: string;
  close(): Promise<void>;
}

/** Bundles the extension from the current sources into a temporary folder (a concurrent build cannot swap it). */
export function buildExtension(into: string): string {
  if (!existsSync(BUNDLE_SCRIPT)) throw new Error(`${BUNDLE_SCRIPT} is missing: run \`npx tsc -b\` at the repository root first`);
  const result = spawnSync(process.execPath, [BUNDLE_SCRIPT, into], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bundling the browser extension failed (exit ${result.status}):\n${result.stderr}${result.stdout}`);
  return path.join(into, 'chromium');
}

export interface LoadOptions {
  /** More Chromium switches (the hostile suite adds --enable-unsafe-extension-debugging to reload the extension over CDP). */
  readonly extraArgs?: readonly string[];
}

export async function loadExtension(executablePath: string, options: LoadOptions = {}): Promise<LoadedExtension> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'exkb-browser-e2e-'));
  const folder = buildExtension(path.join(work, 'build'));
  const proxy = await startRecordingProxy();
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
      executablePath,
      headless: true,
      viewport: { width: 1200, height: 800 },
      args: [
        `--disable-extensions-except=${folder}`,
        `--load-extension=${folder}`,
        `--proxy-server=http://${proxy.address}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-client-side-phishing-detection',
        '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate',
        ...(options.extraArgs ?? []),
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: SERVICE_WORKER_TIMEOUT_MS }));
    const id = new URL(worker.url()).host;
    const opened = context;
    return {
      context: opened,
      id,
      worker,
      proxy,
      folder,
      close: async () => {
        await opened.close();
        await proxy.close();
        rmSync(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await proxy.close();
    rmSync(work, { recursive: true, force: true });
    throw new Error(`Chromium did not start the exkb extension from ${folder}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Waits until the content script has drained its queue (`data-exkb-status="idle"` on <html>). */
export async function waitForIdle(page: Page, timeoutMs = IDLE_TIMEOUT_MS): Promise<number> {
  // Expressions as strings: the test project has no DOM types, and they run in the page.
  // Polled on a timer: animation frames do not run in a tab that is not in front.
  await page.waitForFunction("document.documentElement.getAttribute('data-exkb-status') === 'idle'", undefined, { timeout: timeoutMs, polling: 50 });
  return Number(await page.evaluate<string | null>("document.documentElement.getAttribute('data-exkb-marks')"));
}

/**
 * Runs `open` (which opens one page) and returns that page with the tab id Chromium gave it. The
 * extension has no `tabs` permission, so tabs.query shows no URLs: the new tab is the id that
 * was not there before.
 */
export async function newTab<T>(extension: LoadedExtension, open: () => Promise<T>): Promise<{ tabId: number } & { page: T }> {
  const ids = () => extension.worker.evaluate<number[]>('chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id))');
  const before = new Set(await ids());
  const page = await open();
  const added = (await ids()).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab, found ${JSON.stringify(added)}`);
  return { tabId: added[0] as number, page };
}

/** Whether Chromium exists where the e2e suites expect it; the message says how to install it. */
export function chromiumProblem(executablePath: string, debianPackages: readonly string[]): string | undefined {
  return existsSync(executablePath) ? undefined : `Chromium is missing at ${executablePath} (run \`apt-get install ${debianPackages.join(' ')}\`)`;
}
