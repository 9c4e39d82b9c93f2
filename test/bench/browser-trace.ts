// The longest task on a page's renderer main thread, from a DevTools trace: the Long Tasks API
// only reports tasks over 50 ms and leaves out work it does not attribute to the page, so the
// trace's RunTask events are the ground truth.
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

export interface MainThreadTasks {
  /** Milliseconds. */
  longest: number;
  /** Milliseconds of tasks over 50 ms, summed. */
  longTotal: number;
  count: number;
}

/** Traces `work` (which loads something into `page`) and sums up the busiest renderer main thread. */
export async function traceMainThread(context: BrowserContext, page: Page, work: () => Promise<void>): Promise<MainThreadTasks> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  try {
    await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const mainThreads = new Set(events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const byThread = new Map<string, number[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || event.name !== 'RunTask' || event.dur === undefined || !mainThreads.has(thread)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), event.dur / 1000]);
  }
  // The page's renderer is the main thread that worked the most.
  const busiest = [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? [];
  return { longest: Math.max(0, ...busiest), longTotal: sum(busiest.filter((duration) => duration > 50)), count: busiest.length };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
