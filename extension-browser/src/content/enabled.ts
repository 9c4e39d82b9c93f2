// Whether the content script should annotate this page now. Built-in pages (OWA, ECP, docs) run
// unless the user switched the site off; other pages run while the site is switched on, or after
// an explicit request ("Scan this page"), which wins over a switched-off built-in site too.
import type { Settings } from '../shared/settings.js';

export interface PageFacts {
  readonly site: string | undefined;
  readonly builtIn: boolean;
  /** The user asked for this page explicitly (one-off scan). */
  readonly requested: boolean;
}

export function isEnabled(settings: Settings, page: PageFacts): boolean {
  if (page.site === undefined) return false;
  if (page.requested) return true;
  return page.builtIn ? !settings.disabledSites.includes(page.site) : settings.enabledSites.includes(page.site);
}
