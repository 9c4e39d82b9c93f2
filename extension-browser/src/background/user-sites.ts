// The content script on the sites the user switched on: one dynamically registered script
// (`exkb-user-sites`) whose matches follow `enabledSites`, limited to the origins the extension
// still holds a host permission for.
import type { Scripting } from 'webextension-polyfill';
import { FILES } from '../shared/files.js';

export const USER_SITES_SCRIPT_ID = 'exkb-user-sites';

/** `https://mail.contoso.com` → `https://mail.contoso.com/*`: the match pattern and the permission of a site. */
export function sitePattern(site: string): string {
  return `${site}/*`;
}

export type UserSitesPlan =
  | { action: 'none' }
  | { action: 'unregister' }
  | { action: 'register' | 'update'; script: Scripting.RegisteredContentScript };

/** What to do with the registration, given the permitted sites and whether it is registered now. */
export function planUserSites(permittedSites: readonly string[], registered: boolean): UserSitesPlan {
  const sites = [...new Set(permittedSites)].sort();
  if (sites.length === 0) return registered ? { action: 'unregister' } : { action: 'none' };
  const script: Scripting.RegisteredContentScript = {
    id: USER_SITES_SCRIPT_ID,
    matches: sites.map(sitePattern),
    js: [FILES.content],
    runAt: 'document_idle',
    // Registered again at every start of the background, from storage: one source of truth.
    persistAcrossSessions: false,
  };
  return { action: registered ? 'update' : 'register', script };
}

/** The sites of granted origin patterns (`https://host/*` → `https://host`); broader patterns name no site. */
export function sitesOfOrigins(origins: readonly string[]): string[] {
  const sites: string[] = [];
  for (const origin of origins) {
    const match = /^(https?:\/\/[^/*]+)\/\*$/.exec(origin);
    if (match?.[1]) sites.push(match[1]);
  }
  return sites;
}
