import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Tabs } from 'webextension-polyfill';
import { SCAN_PAGE_COMMAND } from '../manifest.js';
import { commandListener, type CommandOutcome } from './commands.js';

function tab(id: number | undefined): Tabs.Tab {
  return { id, index: 0, highlighted: true, active: true, pinned: false, incognito: false } as Tabs.Tab;
}

test('scan-page rescans the tab it names; other commands and tabs without an id scan nothing', async () => {
  const cases: { name: string; command: string; tab: Tabs.Tab | undefined; answer: 'rescanned' | 'injected' | Error; outcome: CommandOutcome; scanned: number[] }[] = [
    { name: 'running content script', command: SCAN_PAGE_COMMAND, tab: tab(7), answer: 'rescanned', outcome: 'rescanned', scanned: [7] },
    { name: 'page without one', command: SCAN_PAGE_COMMAND, tab: tab(8), answer: 'injected', outcome: 'injected', scanned: [8] },
    { name: 'page that refuses scripts', command: SCAN_PAGE_COMMAND, tab: tab(9), answer: new Error('Cannot access a chrome:// URL'), outcome: 'failed', scanned: [9] },
    { name: 'no tab', command: SCAN_PAGE_COMMAND, tab: undefined, answer: 'injected', outcome: 'no-tab', scanned: [] },
    { name: 'tab without an id', command: SCAN_PAGE_COMMAND, tab: tab(undefined), answer: 'injected', outcome: 'no-tab', scanned: [] },
    { name: 'TAB_ID_NONE', command: SCAN_PAGE_COMMAND, tab: tab(-1), answer: 'injected', outcome: 'no-tab', scanned: [] },
    { name: 'the popup command', command: '_execute_action', tab: tab(7), answer: 'injected', outcome: 'ignored', scanned: [] },
    { name: 'unknown command', command: 'scan-pages', tab: tab(7), answer: 'injected', outcome: 'ignored', scanned: [] },
  ];
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (message: string) => warnings.push(message);
  try {
    for (const { name, command, tab: target, answer, outcome, scanned } of cases) {
      const calls: number[] = [];
      const listener = commandListener(async (tabId) => {
        calls.push(tabId);
        if (answer instanceof Error) throw answer;
        return answer;
      });
      assert.equal(await listener(command, target), outcome, name);
      assert.deepEqual(calls, scanned, name);
    }
  } finally {
    console.warn = warn;
  }
  assert.deepEqual(warnings, ['exkb: cannot scan this tab: Cannot access a chrome:// URL']);
});
