// The popup's per-site switch and "Scan this page", for the target tab.
import browser, { type Tabs } from 'webextension-polyfill';
import { normalizeSettings } from '../shared/settings.js';
import { loadSettings, saveSettings } from '../shared/settings-store.js';
import { sitePattern } from '../background/user-sites.js';
import { byId } from '../ui/dom.js';
import { pageStatus, rescanTab, waitForIdle } from '../ui/tab-scripts.js';
import { describeSiteState, siteState, switchSite, type SiteState } from './site-state.js';

export async function startSite(tab: Tabs.Tab | undefined): Promise<void> {
  const name = byId('site-name', HTMLSpanElement);
  const toggle = byId('site-switch', HTMLButtonElement);
  const status = byId('site-status', HTMLParagraphElement);
  const scan = byId('scan-page', HTMLButtonElement);
  const scanStatus = byId('scan-status', HTMLSpanElement);

  // The URL is visible with activeTab (the action popup, the context menu); else a running content script tells it.
  const url = tab?.url ?? (tab?.id === undefined ? undefined : (await pageStatus(tab.id))?.url);
  const site = url === undefined ? undefined : siteState(url, normalizeSettings({}), false);
  const permission = site !== undefined && site.kind !== 'unavailable' ? await browser.permissions.contains({ origins: [sitePattern(site.site)] }).catch(() => false) : false;
  let state: SiteState = siteState(url, await loadSettings(browser.storage.local), permission);

  const show = (note?: { text: string; kind: string }) => {
    name.textContent = state.kind === 'unavailable' ? 'This page' : new URL(state.site).host;
    toggle.disabled = state.kind === 'unavailable';
    toggle.setAttribute('aria-checked', String(state.kind !== 'unavailable' && state.on));
    scan.disabled = state.kind === 'unavailable' || tab?.id === undefined;
    status.textContent = note?.text ?? describeSiteState(state);
    status.dataset.exkbSiteState = note?.kind ?? (state.kind === 'unavailable' ? 'unavailable' : state.on ? 'on' : 'off');
  };
  show();

  const apply = async (on: boolean, granted: boolean) => {
    if (state.kind === 'unavailable') return;
    const settings = await loadSettings(browser.storage.local);
    await saveSettings(browser.storage.local, switchSite(settings, state, on));
    state = siteState(url, await loadSettings(browser.storage.local), granted);
    show();
    // A running content script follows the storage change by itself (switched off, it unmarks the
    // page). Switched on, a page without one gets it now; a rescan request is harmless there.
    if (on && tab?.id !== undefined) await rescanTab(tab.id, true).catch(() => undefined);
  };

  toggle.addEventListener('click', () => {
    if (state.kind === 'unavailable') return;
    const on = !state.on;
    if (state.kind === 'built-in') {
      void apply(on, permission).catch((error: unknown) => show({ text: `Could not save: ${String(error)}`, kind: 'error' }));
      return;
    }
    const origins = [sitePattern(state.site)];
    if (on) {
      // Must be called in the click itself (a user gesture), before any await.
      browser.permissions.request({ origins }).then(
        (granted) => (granted ? apply(true, true) : show({ text: 'Permission refused: exkb stays off for this site.', kind: 'refused' })),
        (error: unknown) => show({ text: `Permission request failed: ${error instanceof Error ? error.message : String(error)}`, kind: 'error' }),
      );
      return;
    }
    void browser.permissions.remove({ origins }).catch(() => false).then(() => apply(false, false));
  });

  scan.addEventListener('click', () => {
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    scanStatus.textContent = 'Scanning…';
    void rescanTab(tabId, true)
      .then(() => waitForIdle(tabId))
      .then((marks) => {
        scanStatus.dataset.exkbMarks = String(marks?.marks ?? 0);
        scanStatus.textContent = marks === undefined ? 'Scan started.' : marks.marks === 0 ? 'No known codes on this page.' : `${marks.marks} code${marks.marks === 1 ? '' : 's'} marked.`;
      })
      .catch((error: unknown) => {
        scanStatus.textContent = `Cannot scan this page: ${error instanceof Error ? error.message : String(error)}`;
      });
  });
}
