// What a page's renderer main thread did, from a DevTools trace: the Long Tasks API only reports
// tasks over 50 ms and leaves out work it does not attribute to the page, so the trace's RunTask
// events are the ground truth. Script is attributed by the URL its trace events name, so the
// extension's own JavaScript (chrome-extension://<id>/…) is told apart from the page's.
import type { BrowserContext, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  /** Microseconds (complete events only). */
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface MainThreadSummary {
  /** Every duration below is in milliseconds. */
  taskCount: number;
  longestTask: number;
  /** The longest task that started once the attributed script had first run (0 if it never ran). */
  longestTaskAfterScript: number;
  /** The three longest tasks, longest first. */
  topTasks: number[];
  /** All RunTask durations, summed. */
  taskTotal: number;
  /** Tasks over 50 ms, summed. */
  longTotal: number;
  longestLayout: number;
  layoutTotal: number;
  /** Layouts run while script was on the stack (forced synchronous layout). */
  forcedLayouts: number;
  /** Top-level script events (FunctionCall, EvaluateScript, module evaluation) whose URL starts with the script prefix. */
  scriptTotal: number;
  /** The longest task that ran some of that script, with the script's and Layout's share of it. */
  longestScriptTask: { duration: number; script: number; layout: number };
  /** Self time (own duration less its children's) per event name: where the time went. */
  selfTime: Record<string, number>;
}

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'EvaluateModule']);

/** Traces `work` (which loads something into `page`) and returns the raw events. */
export async function traceEvents(context: BrowserContext, page: Page, work: () => Promise<void>): Promise<TraceEvent[]> {
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
  return events;
}

/**
 * Sums up the busiest renderer main thread (the page's). `scriptPrefix` (for example
 * `chrome-extension://<id>/`) picks the script to attribute.
 */
export function summariseMainThread(events: readonly TraceEvent[], scriptPrefix: string): MainThreadSummary {
  const mainThreads = new Set(events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map(threadOf));
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined || !mainThreads.has(threadOf(event))) continue;
    const list = byThread.get(threadOf(event)) ?? [];
    list.push(event);
    byThread.set(threadOf(event), list);
  }
  const taskTime = (list: readonly TraceEvent[]) => sum(list.filter((event) => event.name === 'RunTask').map((event) => event.dur ?? 0));
  const busiest = [...byThread.values()].sort((a, b) => taskTime(b) - taskTime(a))[0] ?? [];
  return summariseThread(busiest, scriptPrefix);
}

/** Complete events of one thread nest: a stack walk in start order gives each event its enclosing task and script. */
function summariseThread(events: readonly TraceEvent[], scriptPrefix: string): MainThreadSummary {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: Array<{ start: number; duration: number; script: number; layout: number }> = [];
  let firstScript: number | undefined;
  const layouts: number[] = [];
  let forcedLayouts = 0;
  let scriptTotal = 0;
  const stack: TraceEvent[] = [];
  const selfTime: Record<string, number> = {};
  let task: { start: number; duration: number; script: number; layout: number } | undefined;
  for (const event of sorted) {
    const end = (open: TraceEvent) => open.ts + (open.dur ?? 0);
    while (stack.length > 0 && end(stack.at(-1)!) <= event.ts) stack.pop();
    const duration = (event.dur ?? 0) / 1000;
    const parent = stack.at(-1);
    if (parent) selfTime[parent.name] = (selfTime[parent.name] ?? 0) - duration;
    selfTime[event.name] = (selfTime[event.name] ?? 0) + duration;
    const scriptOnStack = stack.find((open) => SCRIPT_EVENTS.has(open.name));
    if (event.name === 'RunTask' && stack.every((open) => open.name !== 'RunTask')) {
      task = { start: event.ts, duration, script: 0, layout: 0 };
      tasks.push(task);
    } else if (event.name === 'Layout') {
      layouts.push(duration);
      if (scriptOnStack) forcedLayouts++;
      if (task && stack.some((open) => open.name === 'RunTask')) task.layout += duration;
    } else if (SCRIPT_EVENTS.has(event.name) && !scriptOnStack && (event.args?.data?.url ?? '').startsWith(scriptPrefix)) {
      scriptTotal += duration;
      firstScript ??= task && stack.some((open) => open.name === 'RunTask') ? task.start : event.ts;
      if (task && stack.some((open) => open.name === 'RunTask')) task.script += duration;
    }
    stack.push(event);
  }
  const durations = tasks.map((item) => item.duration);
  const withScript = tasks.filter((item) => item.script > 0).sort((a, b) => b.duration - a.duration);
  return {
    taskCount: tasks.length,
    longestTask: Math.max(0, ...durations),
    longestTaskAfterScript: firstScript === undefined ? 0 : Math.max(0, ...tasks.filter((item) => item.start >= firstScript!).map((item) => item.duration)),
    topTasks: [...durations].sort((a, b) => b - a).slice(0, 3),
    taskTotal: sum(durations),
    longTotal: sum(durations.filter((duration) => duration > 50)),
    longestLayout: Math.max(0, ...layouts),
    layoutTotal: sum(layouts),
    forcedLayouts,
    scriptTotal,
    longestScriptTask: withScript.map(({ duration, script, layout }) => ({ duration, script, layout }))[0] ?? { duration: 0, script: 0, layout: 0 },
    selfTime,
  };
}

function threadOf(event: TraceEvent): string {
  return `${event.pid}:${event.tid}`;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
