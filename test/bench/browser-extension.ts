// The browser extension in Debian's Chromium: the size of its scripts, the time from navigation
// to `data-exkb-status="idle"` on a generated 1 MB page, the main thread's long tasks meanwhile
// (PerformanceObserver 'longtask', registered before the page's own scripts), the marks made,
// and the service worker's JavaScript heap after start and after the scan (CDP Runtime.getHeapUsage
// after a forced GC).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { attachToServiceWorker, workerHeapUsed } from '../e2e/browser-extension-cdp.js';
import { chromiumProblem, loadExtension, waitForIdle } from '../e2e/browser-extension-harness.js';
import { startFixtureServer } from '../e2e/browser-extension-server.js';
import { readPrerequisites } from '../e2e/prerequisites.js';
import { generatedPage } from './browser-page.js';
import { traceMainThread } from './browser-trace.js';
import { ms, report, summarise } from './stats.js';

const PAGE_BYTES = 1024 * 1024;
const RUNS = 3;
const IDLE_TIMEOUT_MS = 120_000;
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
    // One more run under a DevTools trace (which slows it down): the longest task of any length.
    const traced = await extension.context.newPage();
    const tasks = await traceMainThread(extension.context, traced, async () => {
      await traced.goto(server.url('generated.html'));
      await waitForIdle(traced, IDLE_TIMEOUT_MS);
      await traced.waitForTimeout(1_000);
      await waitForIdle(traced, IDLE_TIMEOUT_MS);
    });
    await traced.close();
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
      [`traced run: longest renderer main-thread task / over-50-ms total (${tasks.count} tasks)`, `${ms(tasks.longest)} / ${ms(tasks.longTotal)}`],
      ['marks on the page', String(runs[0]?.marks ?? 0)],
      ['service worker JS heap after start (after GC)', kib(heapAtStart)],
      ['service worker JS heap after the scans (after GC)', kib(heapAfterScan)],
    ]);
  } finally {
    await extension.close();
    await server.close();
  }
}
