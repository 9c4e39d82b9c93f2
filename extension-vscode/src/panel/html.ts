// The panel's page: a fixed template with no entry content in it (the script renders entries), a
// Content-Security-Policy that allows only our stylesheet and our nonce'd script, and the landmarks
// a screen reader needs.
import { PRODUCT_FILTERS, type ProductFilter } from './product-filter.js';

export interface PanelPage {
  /** `webview.cspSource`: where the webview may load our stylesheet from. */
  cspSource: string;
  /** Fresh for every page: only a script carrying it runs. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  /** The product filter's choice until the user picks one (the webview then remembers theirs). */
  defaultProduct: ProductFilter;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src ${cspSource}`, `img-src ${cspSource}`, `font-src ${cspSource}`].join('; ');
}

/** 128 random bits in base64url: the characters a CSP nonce allows. */
export function createNonce(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function panelHtml(page: PanelPage): string {
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy(page.cspSource, page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(page.styleUri)}">
<title>exkb knowledge</title>
</head>
<body>
<div class="exkb-tabs" role="tablist" aria-label="Knowledge panel">
  <button type="button" role="tab" id="exkb-tab-search" aria-controls="exkb-search-panel" aria-selected="true">Search</button>
  <button type="button" role="tab" id="exkb-tab-scan" aria-controls="exkb-scan-panel" aria-selected="false" tabindex="-1">Paste &amp; scan</button>
</div>
<section id="exkb-search-panel" role="tabpanel" aria-labelledby="exkb-tab-search">
  <div class="exkb-field" role="search">
    <label for="exkb-query" class="exkb-label">Error code or words</label>
    <input id="exkb-query" type="search" autocomplete="off" spellcheck="false" placeholder="5.2.0, 0x8004010F, owa 500…" role="combobox" aria-expanded="false" aria-controls="exkb-results" aria-autocomplete="list">
  </div>
  <div class="exkb-field">
    <label for="exkb-product" class="exkb-label">Product</label>
    <select id="exkb-product">
${PRODUCT_FILTERS.map(({ value, label }) => `      <option value="${attribute(value)}"${value === page.defaultProduct ? ' selected' : ''}>${label}</option>`).join('\n')}
    </select>
  </div>
  <p id="exkb-status" class="exkb-status" role="status" aria-live="polite"></p>
  <ul id="exkb-results" class="exkb-results" role="listbox" aria-label="Matching entries"></ul>
</section>
<section id="exkb-scan-panel" role="tabpanel" aria-labelledby="exkb-tab-scan" hidden>
  <label for="exkb-paste" class="exkb-label">Paste an NDR, a message header or an event log line</label>
  <textarea id="exkb-paste" rows="6" spellcheck="false" placeholder="Remote Server returned '550 5.2.0 STOREDRV.Deliver…'"></textarea>
  <div class="exkb-actions"><button type="button" id="exkb-scan-button" class="exkb-button exkb-button-primary">Find codes</button></div>
  <p id="exkb-scan-status" class="exkb-status" role="status" aria-live="polite"></p>
  <div id="exkb-scan-results"></div>
</section>
<main id="exkb-entry" class="exkb-entry-view" aria-live="polite"></main>
<script nonce="${attribute(page.nonce)}" src="${attribute(page.scriptUri)}"></script>
</body>
</html>
`;
}
