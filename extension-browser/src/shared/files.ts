// The files of a built extension (`dist/chromium/`, `dist/firefox/`), by role. The manifest, the
// bundler and the scripts that load each other read these names from here only.
export const FILES = {
  background: 'background.js',
  content: 'content.js',
  /** The PowerShell lint core, imported by the content script only on pages with a PowerShell block. */
  powershell: 'powershell.js',
  knowledge: 'knowledge.json',
  cmdletModel: 'exchange-cmdlets.json',
  popup: { html: 'popup.html', js: 'popup.js', css: 'popup.css' },
  options: { html: 'options.html', js: 'options.js', css: 'options.css' },
  entry: { html: 'entry.html', js: 'entry.js', css: 'entry.css' },
  icons: { 16: 'icons/exkb-16.png', 32: 'icons/exkb-32.png', 48: 'icons/exkb-48.png', 128: 'icons/exkb-128.png' },
} as const;

/** The extension page that shows one entry in full: `entry.html?id=<id>`. */
export function entryPagePath(id: string): string {
  return `${FILES.entry.html}?id=${encodeURIComponent(id)}`;
}
