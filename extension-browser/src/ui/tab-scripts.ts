// Talking to the content script in a tab: ask a running one to rescan, or inject it. Used by the
// popup's site switch and "Scan this page".
import browser from 'webextension-polyfill';
import { FILES } from '../shared/files.js';
import { TAB_MESSAGES, type PageStatus } from '../shared/messages.js';

export type { PageStatus };
const RESCAN_MESSAGE = { type: TAB_MESSAGES.rescan } as const;
const STATUS_MESSAGE = { type: TAB_MESSAGES.status } as const;

/** The content script's answer to `STATUS_MESSAGE`, or undefined when none runs (or it answers something else). */
export async function pageStatus(tabId: number): Promise<PageStatus | undefined> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, STATUS_MESSAGE)) as Partial<PageStatus> | undefined;
    return answer && typeof answer.url === 'string' && typeof answer.marks === 'number' && typeof answer.status === 'string' ? (answer as PageStatus) : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the tab's content script to rescan; injects content.js when none answers (and `inject` allows it). */
export async function rescanTab(tabId: number, inject: boolean): Promise<'rescanned' | 'injected' | 'not-running'> {
  try {
    await browser.tabs.sendMessage(tabId, RESCAN_MESSAGE);
    return 'rescanned';
  } catch {
    // "Receiving end does not exist": no content script in the tab yet.
    if (!inject) return 'not-running';
    await browser.scripting.executeScript({ target: { tabId }, files: [FILES.content] });
    return 'injected';
  }
}

export interface PageMarks {
  status: string | undefined;
  marks: number;
}

/** The content script's progress: from its answer, else from its attributes on the page's root element. */
export async function readPageMarks(tabId: number): Promise<PageMarks | undefined> {
  const status = await pageStatus(tabId);
  if (status) return { status: status.status, marks: status.marks };
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => ({ status: document.documentElement.dataset.exkbStatus, marks: Number(document.documentElement.dataset.exkbMarks ?? '0') }),
  });
  const result = injection?.result as PageMarks | undefined;
  return result && typeof result.marks === 'number' ? result : undefined;
}

/** Waits (up to `timeoutMs`) for the content script to report `idle`. */
export async function waitForIdle(tabId: number, timeoutMs = 5_000): Promise<PageMarks | undefined> {
  const until = Date.now() + timeoutMs;
  let last: PageMarks | undefined;
  while (Date.now() < until) {
    last = await readPageMarks(tabId).catch(() => undefined);
    if (last?.status === 'idle') return last;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return last;
}
