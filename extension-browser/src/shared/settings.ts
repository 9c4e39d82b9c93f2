// What the extension keeps in `browser.storage.local`, with its defaults. Every reader goes
// through `readSettings`, so a missing or damaged value falls back to the default instead of
// breaking a page.
import type { Product } from '@exkb/knowledge';

/** A site is an origin: `https://mail.contoso.com`. */
export type Site = string;

/** One Markdown file the user imported, kept as written so it can be exported and re-validated. */
export interface ImportedFile {
  name: string;
  text: string;
}

export interface Settings {
  /** Sites where the built-in matches (OWA, ECP, docs) are switched off by the user. */
  disabledSites: Site[];
  /** Other sites the user switched on (each granted as an optional host permission). */
  enabledSites: Site[];
  /** The team's own entries, all valid at import time. */
  importedFiles: ImportedFile[];
  /**
   * The popup search's product filter. Absent means the default, every product
   * (`DEFAULT_SEARCH_PRODUCT`); a preference of this browser, so not part of an exported settings file.
   */
  searchProduct?: Product;
}

export const DEFAULT_SETTINGS: Settings = { disabledSites: [], enabledSites: [], importedFiles: [] };
/** `''`: the popup searches every product until the user picks one. */
export const DEFAULT_SEARCH_PRODUCT = '';
export const SETTINGS_KEYS: Array<keyof Settings> = [...(Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>), 'searchProduct'];

/** Settings from whatever storage returned: unknown keys dropped, wrong shapes replaced by defaults. */
export function normalizeSettings(stored: Readonly<Record<string, unknown>>): Settings {
  const strings = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...value] : undefined);
  const files = (value: unknown): ImportedFile[] | undefined =>
    Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && typeof (item as ImportedFile).name === 'string' && typeof (item as ImportedFile).text === 'string')
      ? value.map((item: ImportedFile) => ({ name: item.name, text: item.text }))
      : undefined;
  return {
    disabledSites: strings(stored.disabledSites) ?? [...DEFAULT_SETTINGS.disabledSites],
    enabledSites: strings(stored.enabledSites) ?? [...DEFAULT_SETTINGS.enabledSites],
    importedFiles: files(stored.importedFiles) ?? [...DEFAULT_SETTINGS.importedFiles],
    ...(isSearchProduct(stored.searchProduct) ? { searchProduct: stored.searchProduct } : {}),
  };
}

/**
 * The knowledge base's products, written out so the content script (which reads the settings) does
 * not bundle the knowledge library for one list; the settings test checks it equals `PRODUCTS`.
 */
export const SEARCH_PRODUCTS: readonly Product[] = ['exchange-2003', 'exchange-2007', 'exchange-2010', 'exchange-2013', 'exchange-2016', 'exchange-2019', 'exchange-se', 'exchange-online'];

export function isSearchProduct(value: unknown): value is Product {
  return (SEARCH_PRODUCTS as readonly unknown[]).includes(value);
}
