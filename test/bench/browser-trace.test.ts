import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summariseMainThread, type TraceEvent } from './browser-trace.js';

const EXTENSION = 'chrome-extension://abc/';
const thread = (tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid: 1, tid, ts: 0, args: { name } });
/** A complete event on the page's main thread (tid 1); times in milliseconds. */
const at = (name: string, start: number, duration: number, url?: string, tid = 1): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid,
  ts: start * 1000,
  dur: duration * 1000,
  ...(url === undefined ? {} : { args: { data: { url } } }),
});

const cases: Array<{ name: string; events: TraceEvent[]; expect: Partial<ReturnType<typeof summariseMainThread>> }> = [
  {
    name: 'a layout after the extension script is not forced; the task with the script is found',
    events: [
      thread(1, 'CrRendererMain'),
      at('RunTask', 0, 100),
      at('Layout', 10, 80),
      at('RunTask', 200, 30),
      at('FunctionCall', 201, 20, `${EXTENSION}content.js`),
      at('FunctionCall', 205, 5, `${EXTENSION}content.js`),
      at('Layout', 222, 6),
    ],
    expect: { taskCount: 2, longestTask: 100, longestTaskAfterScript: 30, topTasks: [100, 30], selfTime: { RunTask: 24, Layout: 86, FunctionCall: 20 }, taskTotal: 130, longTotal: 100, longestLayout: 80, layoutTotal: 86, forcedLayouts: 0, scriptTotal: 20, longestScriptTask: { duration: 30, script: 20, layout: 6 } },
  },
  {
    name: 'a layout inside script is forced; the page script is not counted',
    events: [
      thread(1, 'CrRendererMain'),
      at('RunTask', 0, 40),
      at('EvaluateScript', 1, 30, 'http://127.0.0.1/page.js'),
      at('FunctionCall', 2, 10, `${EXTENSION}content.js`),
      at('Layout', 20, 9),
    ],
    expect: { forcedLayouts: 1, scriptTotal: 0, longestScriptTask: { duration: 0, script: 0, layout: 0 } },
  },
  {
    name: 'the busiest renderer main thread is the page; other threads are ignored',
    events: [
      thread(1, 'CrRendererMain'),
      thread(2, 'CrRendererMain'),
      thread(3, 'Compositor'),
      at('RunTask', 0, 5),
      at('RunTask', 0, 20, undefined, 2),
      at('RunTask', 0, 900, undefined, 3),
    ],
    expect: { taskCount: 1, longestTask: 20, longestTaskAfterScript: 0 },
  },
];

describe('summariseMainThread', () => {
  for (const { name, events, expect } of cases) {
    it(name, () => {
      const summary = summariseMainThread(events, EXTENSION);
      for (const [key, value] of Object.entries(expect)) assert.deepEqual(summary[key as keyof typeof summary], value, key);
    });
  }
});
