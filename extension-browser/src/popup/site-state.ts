// What the popup's site switch shows and does for the target tab's page, as a pure function of
// the page URL, the settings and whether the extension holds the site's host permission.
import type { Settings } from '../shared/settings.js';
import { isBuiltInPage, siteOf } from '../shared/sites.js';

/** Hosts where browsers let no extension script run, although they are https pages. */
const PROTECTED_HOSTS = new Set(['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'accounts-static.cdn.mozilla.net']);

export type SiteState =
  /** chrome://, about:, file:, extension pages, the browsers' add-on stores. */
  | { kind: 'unavailable' }
  /** OWA, ECP, Outlook on the web, Microsoft docs: on unless the user switched the site off. */
  | { kind: 'built-in'; site: string; on: boolean }
  /** Any other site: on when enabled and the permission is held. */
  | { kind: 'other'; site: string; on: boolean; permission: boolean };

export function siteState(url: string | undefined, settings: Settings, hasPermission: boolean): SiteState {
  const site = url === undefined ? undefined : siteOf(url);
  if (site === undefined || PROTECTED_HOSTS.has(new URL(site).hostname)) return { kind: 'unavailable' };
  if (isBuiltInPage(url as string)) return { kind: 'built-in', site, on: !settings.disabledSites.includes(site) };
  return { kind: 'other', site, on: hasPermission && settings.enabledSites.includes(site), permission: hasPermission };
}

/** The sentence under the switch. */
export function describeSiteState(state: SiteState): string {
  switch (state.kind) {
    case 'unavailable':
      return 'exkb is not available on this page.';
    case 'built-in':
      return state.on ? 'exkb is on for this site.' : 'exkb is off for this site.';
    case 'other':
      return state.on ? 'exkb is on for this site.' : 'exkb is off for this site. Switch it on to mark codes here every time.';
  }
}

/** The settings after switching `state`'s site on or off (for `other` sites, after the permission was granted or removed). */
export function switchSite(settings: Settings, state: Exclude<SiteState, { kind: 'unavailable' }>, on: boolean): Pick<Settings, 'disabledSites' | 'enabledSites'> {
  const without = (sites: readonly string[]) => sites.filter((site) => site !== state.site);
  if (state.kind === 'built-in') {
    return { disabledSites: on ? without(settings.disabledSites) : [...without(settings.disabledSites), state.site].sort(), enabledSites: [...settings.enabledSites] };
  }
  return { disabledSites: [...settings.disabledSites], enabledSites: on ? [...without(settings.enabledSites), state.site].sort() : without(settings.enabledSites) };
}
