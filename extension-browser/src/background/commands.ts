// The extension's keyboard commands (manifest `commands`). "Scan this page" (Alt+Shift+K) scans the
// active tab as the popup's button does; the key press grants activeTab, so any site can be scanned.
// `_execute_action` opens the popup and is handled by the browser itself.
import type { Tabs } from 'webextension-polyfill';
import { SCAN_PAGE_COMMAND } from '../manifest.js';

export type CommandOutcome = 'rescanned' | 'injected' | 'not-running' | 'no-tab' | 'ignored' | 'failed';

/** The listener for `commands.onCommand`; `rescan` asks the tab's content script to rescan or injects it. */
export function commandListener(rescan: (tabId: number) => Promise<'rescanned' | 'injected' | 'not-running'>): (command: string, tab: Tabs.Tab | undefined) => Promise<CommandOutcome> {
  return async (command, tab) => {
    if (command !== SCAN_PAGE_COMMAND) return 'ignored';
    if (tab?.id === undefined || tab.id < 0) return 'no-tab';
    try {
      return await rescan(tab.id);
    } catch (error) {
      // chrome://, the web stores and the like refuse every script: nothing to scan there.
      console.warn(`exkb: cannot scan this tab: ${error instanceof Error ? error.message : String(error)}`);
      return 'failed';
    }
  };
}
