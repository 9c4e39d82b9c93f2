// The background (Chromium service worker, Firefox background script): loads the knowledge once,
// answers the RPC of shared/messages.ts, keeps the user-site content script registered, offers
// "Look up in exkb" on selected text and scans the active tab on the keyboard command. A service
// worker can be woken by any of these events, so every listener is registered synchronously at the
// top level and all share one load promise.
import browser, { type Runtime } from 'webextension-polyfill';
import { KnowledgeBase } from '@exkb/knowledge';
import { FILES } from '../shared/files.js';
import { loadSettings, migrateStoredSettings, saveSettings } from '../shared/settings-store.js';
import { STORAGE_VERSION_KEY } from '../shared/storage-migrations.js';
import { commandListener } from './commands.js';
import { dispatch } from './dispatch.js';
import { createHandlers, type Handlers } from './handlers.js';
import { knowledgeState } from './knowledge-state.js';
import { rescanTab } from '../ui/tab-scripts.js';
import { planUserSites, sitePattern, sitesOfOrigins, USER_SITES_SCRIPT_ID } from './user-sites.js';

const LOOK_UP_MENU_ID = 'exkb-look-up';

let bundled: Promise<KnowledgeBase> | undefined;
let migrated: Promise<unknown> | undefined;

/**
 * The stored settings at the current schema version: migrated once per worker start (and on an
 * update, below) before the background reads them; a failed migration leaves storage as it was and
 * the reads fall back to what they can use.
 */
function migrateOnce(): Promise<unknown> {
  migrated ??= migrateStoredSettings(browser.storage.local).catch((error: unknown) => console.warn('exkb: reading your settings for a migration failed:', error));
  return migrated;
}

async function readSettings(keys: Parameters<typeof loadSettings>[1]): ReturnType<typeof loadSettings> {
  await migrateOnce();
  return loadSettings(browser.storage.local, keys);
}
let handlers: Promise<Handlers> | undefined;

function loadBundled(): Promise<KnowledgeBase> {
  bundled ??= fetch(browser.runtime.getURL(FILES.knowledge))
    .then((response) => {
      if (!response.ok) throw new Error(`cannot read ${FILES.knowledge} (HTTP ${response.status})`);
      return response.json() as Promise<unknown>;
    })
    .then((json) => KnowledgeBase.fromBundle(json));
  // A failed load is tried again by the next request instead of failing forever.
  bundled.catch(() => (bundled = undefined));
  return bundled;
}

function loadHandlers(): Promise<Handlers> {
  handlers ??= (async () => {
    const base = await loadBundled();
    const { importedFiles } = await readSettings(['importedFiles']);
    const state = knowledgeState(base, importedFiles);
    for (const problem of state.problems) console.warn(`exkb: imported entry left out: ${problem.file}:${problem.line}:${problem.column} ${problem.code} ${problem.message}`);
    return createHandlers(state);
  })();
  handlers.catch(() => (handlers = undefined));
  return handlers;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => dispatch(message, sender, browser.runtime.id, loadHandlers));

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if ('importedFiles' in changes) handlers = undefined;
  if (STORAGE_VERSION_KEY in changes) migrated = undefined;
  if ('enabledSites' in changes) void syncUserSites();
});

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'update') {
    migrated = undefined;
    void migrateOnce();
  }
  // Menus persist in Chromium; removing first keeps an update from failing on a duplicate id.
  void browser.contextMenus.removeAll().then(() => browser.contextMenus.create({ id: LOOK_UP_MENU_ID, title: 'Look up in exkb', contexts: ['selection'] }));
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== LOOK_UP_MENU_ID) return;
  const query = (info.selectionText ?? '').trim().slice(0, 500);
  const parameters = new URLSearchParams({ q: query });
  if (tab?.id !== undefined && tab.id >= 0) parameters.set('tab', String(tab.id));
  void browser.tabs.create({ url: browser.runtime.getURL(`${FILES.popup.html}?${parameters}`), ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
});

browser.commands.onCommand.addListener(commandListener((tabId) => rescanTab(tabId, true)));

browser.permissions.onRemoved.addListener(() => void dropSitesWithoutPermission());
// The popup's switch asks for `https://site/*`; in Firefox the prompt closes the popup before it can
// save, so the grant itself switches the site on, and open tabs of the site are scanned at once.
browser.permissions.onAdded.addListener((permissions) => void enableGrantedSites(sitesOfOrigins(permissions.origins ?? [])));

let siteSync: Promise<void> = Promise.resolve();

/** One sync at a time: a storage change during a sync runs after it, with the newest list. */
function syncUserSites(): Promise<void> {
  siteSync = siteSync.then(applyUserSites).catch((error: unknown) => console.error('exkb: registering the content script for your sites failed:', error));
  return siteSync;
}

async function applyUserSites(): Promise<void> {
  const { enabledSites } = await readSettings(['enabledSites']);
  const permitted = await permittedSites(enabledSites);
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] })).length > 0;
  const plan = planUserSites(permitted, registered);
  if (plan.action === 'register') await browser.scripting.registerContentScripts([plan.script]);
  else if (plan.action === 'update') await browser.scripting.updateContentScripts([plan.script]);
  else if (plan.action === 'unregister') await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
}

async function permittedSites(sites: readonly string[]): Promise<string[]> {
  const checks = await Promise.all(sites.map((site) => browser.permissions.contains({ origins: [sitePattern(site)] }).catch(() => false)));
  return sites.filter((_, index) => checks[index]);
}

/** A permission revoked in the browser's own settings switches the site off here too. */
async function dropSitesWithoutPermission(): Promise<void> {
  const { enabledSites } = await readSettings(['enabledSites']);
  const kept = await permittedSites(enabledSites);
  if (kept.length !== enabledSites.length) await saveSettings(browser.storage.local, { enabledSites: kept });
  else await syncUserSites();
}

async function enableGrantedSites(sites: readonly string[]): Promise<void> {
  if (sites.length === 0) return;
  const { enabledSites } = await readSettings(['enabledSites']);
  const added = sites.filter((site) => !enabledSites.includes(site));
  if (added.length > 0) await saveSettings(browser.storage.local, { enabledSites: [...enabledSites, ...added].sort() });
  const tabs = await browser.tabs.query({ url: sites.map(sitePattern) }).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : rescanTab(tab.id, true).catch(() => undefined))));
}

void syncUserSites();
