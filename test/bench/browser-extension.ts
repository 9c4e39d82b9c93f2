// The browser extension in Debian's Chromium: the size of its scripts, the time from navigation
// to `data-exkb-status="idle"` on a generated 1 MB page, the main thread's long tasks meanwhile
// (PerformanceObserver 'longtask', registered before the page's own scripts), the marks made,
// the service worker's JavaScript heap after start and after the scan (CDP Runtime.getHeapUsage
// after a forced GC), and DevTools traces of the page with the extension and without it (the site
// switched off, so the content script only reads its settings): the page's own longest task and
// Layout beside the extension's, and the main-thread time the extension adds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { attachToServiceWorker, workerHeapUsed } from '../e2e/browser-extension-cdp.js';
import { chromiumProblem, loadExtension, waitForIdle } from '../e2e/browser-extension-harness.js';
import { startFixtureServer } from '../e2e/browser-extension-server.js';
import { readPrerequisites } from '../e2e/prerequisites.js';
import { generatedPage } from './browser-page.js';
import { summariseMainThread, traceEvents, type MainThreadSummary, type TraceEvent } from './browser-trace.js';
import { ms, report, summarise } from './stats.js';

const PAGE_BYTES = 1024 * 1024;
const RUNS = 3;
const IDLE_TIMEOUT_MS = 120_000;
/** After idle (or load, without the extension), so late work lands in the trace too. */
const SETTLE_MS = 1_000;
const SCRIPTS = ['content.js', 'powershell.js', 'background.js'] as const;

/** Installed before any page script: records long tasks and the last time the content script went idle. */
const OBSERVER = `(() => {
  const record = { longTasks: [], idleAt: undefined, longestGap: 0 };
  globalThis.__exkbBench = record;
  try {
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) record.longTasks.push(entry.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  // Long tasks are reported only above 50 ms; a 10 ms heartbeat's longest gap bounds shorter ones.
  let last = performance.now();
  const beat = setInterval(() => {
    const now = performance.now();
    record.longestGap = Math.max(record.longestGap, now - last);
    last = now;
    if (record.idleAt !== undefined && now - record.idleAt > 1000) clearInterval(beat);
  }, 10);
  const watch = () => new MutationObserver(() => {
    if (document.documentElement.getAttribute('data-exkb-status') === 'idle') record.idleAt = performance.now();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-exkb-status'] });
  if (document.documentElement) watch(); else document.addEventListener('readystatechange', watch, { once: true });
})()`;

interface RunResult {
  idleAt: number;
  longestGap: number;
  domContentLoaded: number;
  longTasks: number[];
  marks: number;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function benchBrowserExtension(): Promise<void> {
  const prerequisites = readPrerequisites();
  const missing = chromiumProblem(prerequisites.chromiumPath, prerequisites.debianPackages);
  if (missing) {
    report('Browser extension', [['not measured', missing]]);
    return;
  }
  const html = generatedPage(PAGE_BYTES);
  const server = await startFixtureServer({ 'generated.html': html });
  const extension = await loadExtension(prerequisites.chromiumPath);
  try {
    const sizes = SCRIPTS.map((file): [string, string] => {
      const bytes = readFileSync(path.join(extension.folder, file));
      return [`${file} (minified / gzip)`, `${kib(bytes.length)} / ${kib(gzipSync(bytes).length)}`];
    });
    const worker = await attachToServiceWorker(extension);
    const heapAtStart = await workerHeapUsed(worker);
    await extension.context.addInitScript(OBSERVER);
    const runs: RunResult[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await extension.context.newPage();
      await page.goto(server.url('generated.html'));
      const marks = await waitForIdle(page, IDLE_TIMEOUT_MS);
      // Idle can be reached more than once (the PowerShell chunk arrives later): take the last.
      await page.waitForTimeout(1_000);
      await waitForIdle(page, IDLE_TIMEOUT_MS);
      const result = await page.evaluate<Omit<RunResult, 'marks'>>(`({
        idleAt: globalThis.__exkbBench.idleAt,
        domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
        longTasks: globalThis.__exkbBench.longTasks,
        longestGap: globalThis.__exkbBench.longestGap,
      })`);
      runs.push({ ...result, marks: Number(await page.evaluate<string | null>("document.documentElement.getAttribute('data-exkb-marks')")) || marks });
      await page.close();
    }
    // Traced runs (tracing slows them down), alternating: the site switched off, then on.
    const setDisabledSites = (sites: string[]) => extension.worker.evaluate(`chrome.storage.local.set({ disabledSites: ${JSON.stringify(sites)} })`);
    const withExtension: MainThreadSummary[] = [];
    const baseline: MainThreadSummary[] = [];
    const scriptPrefix = `chrome-extension://${extension.id}/`;
    try {
      for (let run = 0; run < RUNS; run++) {
        await setDisabledSites([server.origin]);
        baseline.push(summariseMainThread(await tracedLoad(extension.context, server.url('generated.html'), false), scriptPrefix));
        await setDisabledSites([]);
        withExtension.push(summariseMainThread(await tracedLoad(extension.context, server.url('generated.html'), true), scriptPrefix));
      }
    } finally {
      await setDisabledSites([]);
    }
    const heapAfterScan = await workerHeapUsed(worker);
    await worker.close();
    const idle = summarise(runs.map((run) => run.idleAt));
    const dcl = summarise(runs.map((run) => run.domContentLoaded));
    const longest = summarise(runs.map((run) => Math.max(0, ...run.longTasks)));
    const gap = summarise(runs.map((run) => run.longestGap));
    const longTaskCount = summarise(runs.map((run) => run.longTasks.length));
    const total = summarise(runs.map((run) => run.longTasks.reduce((sum, duration) => sum + duration, 0)));
    report(`Browser extension in Chromium (${(html.length / 1048576).toFixed(2)} MiB generated page, ${RUNS} runs, p50)`, [
      ...sizes,
      ['navigation → data-exkb-status=idle', ms(idle.p50)],
      ['  of which navigation → DOMContentLoaded (the page alone)', ms(dcl.p50)],
      [`long tasks (> 50 ms, PerformanceObserver): count / longest / total`, `${longTaskCount.p50} / ${ms(longest.p50)} / ${ms(total.p50)}`],
      ['longest gap between 10 ms heartbeats (≈ longest task + 10 ms)', ms(gap.p50)],
      ...traceRows(baseline, withExtension),
      ['marks on the page', String(runs[0]?.marks ?? 0)],
      ['service worker JS heap after start (after GC)', kib(heapAtStart)],
      ['service worker JS heap after the scans (after GC)', kib(heapAfterScan)],
    ]);
  } finally {
    await extension.close();
    await server.close();
  }
}

/** Loads `url` in a new page under a trace; `scanned` waits for the content script's idle state. */
async function tracedLoad(context: BrowserContext, url: string, scanned: boolean): Promise<TraceEvent[]> {
  const page = await context.newPage();
  try {
    const events = await traceEvents(context, page, async () => {
      await page.goto(url);
      if (scanned) await waitForIdle(page, IDLE_TIMEOUT_MS);
      await page.waitForTimeout(SETTLE_MS);
      if (scanned) await waitForIdle(page, IDLE_TIMEOUT_MS);
    });
    const status = await page.evaluate<string | null>("document.documentElement.getAttribute('data-exkb-status')");
    if (!scanned && status !== null) throw new Error(`the baseline page was annotated (data-exkb-status=${status}): switching the site off did not take`);
    return events;
  } finally {
    await page.close();
  }
}

/** p50 rows of the traced runs: without the extension | with it. */
function traceRows(baseline: readonly MainThreadSummary[], withExtension: readonly MainThreadSummary[]): Array<[string, string]> {
  const p50 = (runs: readonly MainThreadSummary[], pick: (run: MainThreadSummary) => number) => summarise(runs.map(pick)).p50;
  const pair = (pick: (run: MainThreadSummary) => number) => `${ms(p50(baseline, pick))} | ${ms(p50(withExtension, pick))}`;
  const extra = summarise(withExtension.map((run, index) => run.taskTotal - (baseline[index]?.taskTotal ?? 0))).p50;
  const scriptTask = withExtension.map((run) => run.longestScriptTask);
  return [
    ['traced (p50), site off | on: renderer main-thread tasks', `${p50(baseline, (run) => run.taskCount)} | ${p50(withExtension, (run) => run.taskCount)}`],
    ['  three longest tasks (the traced run with the median longest task)', `${median(baseline).topTasks.map(ms).join(', ')} | ${median(withExtension).topTasks.map(ms).join(', ')}`],
    ['  longest task', pair((run) => run.longestTask)],
    ["  longest task from the content script's first run on (the extension's own when on)", pair((run) => run.longestTaskAfterScript)],
    ['  longest Layout', pair((run) => run.longestLayout)],
    ['  Layout total', pair((run) => run.layoutTotal)],
    ['  forced (in-script) layouts', `${p50(baseline, (run) => run.forcedLayouts)} | ${p50(withExtension, (run) => run.forcedLayouts)}`],
    ['  over-50-ms tasks, summed', pair((run) => run.longTotal)],
    ['  all tasks, summed', pair((run) => run.taskTotal)],
    ['  extension script (content.js, powershell.js), summed', pair((run) => run.scriptTotal)],
    ['extra main-thread time caused by the extension (task sum on − off)', ms(extra)],
    ['  of which, by trace event (self time on − off, p50, largest 6)', extraByEvent(baseline, withExtension)],
    [
      'longest task running extension script: duration / its script / its Layout',
      `${ms(summarise(scriptTask.map((task) => task.duration)).p50)} / ${ms(summarise(scriptTask.map((task) => task.script)).p50)} / ${ms(summarise(scriptTask.map((task) => task.layout)).p50)}`,
    ],
  ];
}

/** The run whose longest task is the median. */
function median(runs: readonly MainThreadSummary[]): MainThreadSummary {
  const sorted = [...runs].sort((a, b) => a.longestTask - b.longestTask);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function extraByEvent(baseline: readonly MainThreadSummary[], withExtension: readonly MainThreadSummary[]): string {
  const names = new Set(withExtension.flatMap((run) => Object.keys(run.selfTime)));
  const extra = [...names].map((name): [string, number] => [
    name,
    summarise(withExtension.map((run, index) => (run.selfTime[name] ?? 0) - (baseline[index]?.selfTime[name] ?? 0))).p50,
  ]);
  return extra
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, value]) => `${name} ${ms(value)}`)
    .join(', ');
}
