// The content script (content.js). Runs on built-in pages, on sites the user switched on, and
// when "Scan this page" injects it; a second injection only asks the first for a rescan.
import browser from 'webextension-polyfill';
import { TAB_MESSAGES, type PageStatus } from '../shared/messages.js';
import { SETTINGS_KEYS, type Settings } from '../shared/settings.js';
import { loadSettings } from '../shared/settings-store.js';
import { isBuiltInPage, siteOf } from '../shared/sites.js';
import { isEnabled } from './enabled.js';
import { logOnce, safely } from './log.js';
import { startSession, type Session } from './session.js';

interface ContentScript {
  request(): void;
}

const GLOBAL_KEY = '__exkbContentScript';
type Scope = typeof globalThis & { [GLOBAL_KEY]?: ContentScript };

function boot(): ContentScript {
  const page = { site: siteOf(location.href), builtIn: isBuiltInPage(location.href), requested: !isBuiltInPage(location.href) };
  let session: Session | undefined;
  let settings: Settings | undefined;

  const apply = (): void => {
    if (!settings) return;
    const enabled = isEnabled(settings, page);
    if (enabled && !session) session = startSession();
    else if (!enabled && session) {
      session.stop();
      session = undefined;
    }
  };
  const readSettings = async (): Promise<void> => {
    settings = await loadSettings(browser.storage.local);
    apply();
  };

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !SETTINGS_KEYS.some((key) => key in changes)) return;
    const wasEnabledSite = settings?.enabledSites.includes(page.site ?? '') ?? false;
    safely('settings change', async () => {
      await readSettings();
      // Switching a site off ends a one-off scan too.
      if (!page.builtIn && wasEnabledSite && !settings!.enabledSites.includes(page.site ?? '')) {
        page.requested = false;
        apply();
      }
    });
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (type === TAB_MESSAGES.rescan) {
      script.request();
      return Promise.resolve({ ok: true });
    }
    if (type === TAB_MESSAGES.status) return Promise.resolve(pageStatus(session !== undefined));
    return undefined;
  });

  const script: ContentScript = {
    request() {
      page.requested = true;
      if (session) session.rescan();
      else if (settings) apply();
    },
  };
  safely('start', readSettings);
  return script;
}

function pageStatus(running: boolean): PageStatus {
  const root = document.documentElement;
  const scanning = root.getAttribute('data-exkb-status') === 'scanning';
  return { url: location.href, status: running ? (scanning ? 'scanning' : 'idle') : 'off', marks: running ? Number(root.getAttribute('data-exkb-marks') ?? '0') : 0 };
}

try {
  const scope = globalThis as Scope;
  if (scope[GLOBAL_KEY]) scope[GLOBAL_KEY].request();
  else scope[GLOBAL_KEY] = boot();
} catch (error) {
  logOnce('content script', error);
}
