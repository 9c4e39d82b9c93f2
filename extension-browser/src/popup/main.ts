// The popup page. It runs as the action popup and as a full tab: the context menu ("Look up in
// exkb") and the end-to-end suite open `popup.html?q=<text>&tab=<tabId>`. `q` prefills the search;
// `tab` names the tab the site switch and "Scan this page" act on (as a tab, the active tab of the
// window is the popup itself). Without `tab`, the target is the active tab of the current window.
import browser, { type Tabs } from 'webextension-polyfill';
import { byId } from '../ui/dom.js';
import { startSearch } from './search.js';
import { startSite } from './site.js';

async function targetTab(parameters: URLSearchParams): Promise<Tabs.Tab | undefined> {
  const id = Number(parameters.get('tab'));
  if (parameters.has('tab') && Number.isInteger(id) && id >= 0) return browser.tabs.get(id).catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

const parameters = new URLSearchParams(location.search);
startSearch(parameters.get('q') ?? '');
byId('open-options', HTMLButtonElement).addEventListener('click', () => void browser.runtime.openOptionsPage());
void targetTab(parameters)
  .then(startSite)
  .catch((error: unknown) => {
    const status = byId('site-status', HTMLParagraphElement);
    status.textContent = `exkb cannot read this tab: ${error instanceof Error ? error.message : String(error)}`;
    status.dataset.exkbSiteState = 'error';
  });
