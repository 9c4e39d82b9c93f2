// The extension's manifest.json (Manifest V3), one source for both browsers. File names come from
// files.ts and the site lists from sites.ts, so the manifest cannot name a file the build lacks.
import { FILES } from './shared/files.js';
import { BUILT_IN_MATCHES, OPTIONAL_HOST_PERMISSIONS } from './shared/sites.js';

export type Target = 'chromium' | 'firefox';

/** Firefox's add-on id; stable, so storage survives updates. */
export const GECKO_ID = 'exkb@exkb.dev';
/** The first Firefox with MV3 optional_host_permissions, `scripting` and data_collection_permissions. */
export const GECKO_MIN_VERSION = '140.0';

/** Firefox for Android added data_collection_permissions later than desktop. */
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/** The keyboard command that scans the active tab; background/commands.ts answers it. */
export const SCAN_PAGE_COMMAND = 'scan-page';

/**
 * Keyboard shortcuts (users can change them in the browser). A command's key press grants
 * activeTab like a toolbar click, so "Scan this page" works from the keyboard on any site. Chromium
 * leaves a suggested key unassigned when it is one of its own: it did so for Alt+Shift+X.
 */
export const COMMANDS: Readonly<Record<string, { suggested_key: { default: string }; description: string }>> = {
  [SCAN_PAGE_COMMAND]: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Scan this page with exkb' },
  _execute_action: { suggested_key: { default: 'Alt+Shift+E' }, description: 'Open the exkb popup' },
};

/** Pages run only the extension's own scripts, reach nothing but the extension and cannot be framed. */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'self'; frame-ancestors 'none'";

export interface Manifest {
  manifest_version: 3;
  name: string;
  short_name: string;
  version: string;
  description: string;
  icons: Record<string, string>;
  action: { default_popup: string; default_title: string; default_icon: Record<string, string> };
  background: { service_worker: string } | { scripts: string[] };
  content_scripts: { matches: string[]; js: string[]; run_at: 'document_idle' }[];
  permissions: string[];
  optional_host_permissions: string[];
  options_ui: { page: string; open_in_tab: boolean };
  commands: Record<string, { suggested_key: { default: string }; description: string }>;
  web_accessible_resources: { resources: string[]; matches: string[] }[];
  content_security_policy: { extension_pages: string };
  browser_specific_settings?: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } };
    gecko_android: { strict_min_version: string };
  };
}

export function manifest(target: Target, version: string): Manifest {
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`exkb manifest: version "${version}" is not 1 to 4 dot-separated numbers`);
  const icons = Object.fromEntries(Object.entries(FILES.icons).map(([size, file]) => [size, file]));
  const result: Manifest = {
    manifest_version: 3,
    name: 'exkb: Exchange error codes explained',
    short_name: 'exkb',
    version,
    description: 'Marks Exchange error codes on OWA, NDRs, docs and KB pages and shows their cause and fix. Nothing leaves your machine.',
    icons,
    action: { default_popup: FILES.popup.html, default_title: 'exkb', default_icon: icons },
    background: target === 'chromium' ? { service_worker: FILES.background } : { scripts: [FILES.background] },
    content_scripts: [{ matches: [...BUILT_IN_MATCHES], js: [FILES.content], run_at: 'document_idle' }],
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    options_ui: { page: FILES.options.html, open_in_tab: true },
    commands: structuredClone(COMMANDS),
    web_accessible_resources: [
      {
        resources: [FILES.powershell, FILES.cmdletModel],
        // The content script runs on any page the user switches on, so any page may load the chunk.
        matches: ['<all_urls>'],
        // No `use_dynamic_url`: Chromium redirects the dynamic URL to the static one, so the chunk's
        // `import.meta.url` is static and its fetch of the cmdlet model beside it would be refused.
      },
    ],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
  };
  if (target === 'firefox') {
    result.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    };
  }
  return result;
}

/** Every file the manifest names (what the built folder must hold). */
export function manifestFiles(value: Manifest): string[] {
  const files = new Set<string>([...Object.values(value.icons), value.action.default_popup, value.options_ui.page]);
  if ('service_worker' in value.background) files.add(value.background.service_worker);
  else for (const file of value.background.scripts) files.add(file);
  for (const script of value.content_scripts) for (const file of script.js) files.add(file);
  for (const group of value.web_accessible_resources) for (const file of group.resources) files.add(file);
  return [...files].sort();
}
