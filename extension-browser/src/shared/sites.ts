// Where the content script runs without being asked: Exchange's own web apps on any host (by
// path), Outlook on the web, and Microsoft's docs and support sites. Anywhere else only when the
// user switches the site on (an optional host permission) or asks for a one-off scan (activeTab).
export const BUILT_IN_MATCHES = [
  '*://*/owa/*',
  '*://*/ecp/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://learn.microsoft.com/*',
  'https://docs.microsoft.com/*',
  'https://support.microsoft.com/*',
  'https://answers.microsoft.com/*',
  'https://techcommunity.microsoft.com/*',
] as const;

/** What the user may switch on per site: any http(s) origin. */
export const OPTIONAL_HOST_PERMISSIONS = ['*://*/*'] as const;

/** The origin of a page URL, or undefined for pages no content script can run on. */
export function siteOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a URL is covered by a built-in match (the same test Chromium applies to the patterns above). */
export function isBuiltInPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return BUILT_IN_MATCHES.some((pattern) => matchesPattern(pattern, parsed));
}

function matchesPattern(pattern: string, url: URL): boolean {
  const match = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!match) return false;
  const [, scheme, host, path] = match as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (host !== '*' && host !== url.hostname) return false;
  const pathRegex = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return pathRegex.test(url.pathname + url.search);
}
