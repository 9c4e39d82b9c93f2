// What the extension's code and its package.json must agree on, as data without the `vscode`
// module so `manifest.test.ts` can check the contributions against it.
import type { ExchangeVersion } from 'exkb-language-server';
import type { ClientSettings } from 'exkb-language-server/protocol';

/** The language client's id: VS Code reads `<id>.trace.server` for the protocol trace. */
export const CLIENT_ID = 'exkb';

/** PowerShell documents on disk and unsaved ones; VS Code's built-in `powershell` language covers .ps1, .psm1 and .psd1. */
export const DOCUMENT_SELECTOR = [
  { language: 'powershell', scheme: 'file' },
  { language: 'powershell', scheme: 'untitled' },
] as const;

/** The knowledge panel's webview view (built in `src/panel/`). */
export const KNOWLEDGE_VIEW_ID = 'exkb.knowledge';

/** `<publisher>.<name>` of package.json: the authority of the URIs VS Code hands to the extension's URI handler. */
export const EXTENSION_ID = 'exkb.exkb-vscode';

export interface CommandContribution {
  readonly id: string;
  readonly title: string;
  /** Commands that need an argument stay out of the command palette. */
  readonly inPalette: boolean;
}

export const COMMANDS = {
  search: { id: 'exkb.search', title: 'exkb: Search knowledge base', inPalette: true },
  lookUpSelection: { id: 'exkb.lookUpSelection', title: 'exkb: Look up selection', inPalette: true },
  showEntryForDiagnostic: { id: 'exkb.showEntryForDiagnostic', title: 'exkb: Show entry for diagnostic', inPalette: true },
  selectExchangeVersion: { id: 'exkb.selectExchangeVersion', title: 'exkb: Select target Exchange version', inPalette: true },
  /** The server's "Show knowledge entry" code actions carry it (`SHOW_ENTRY_COMMAND`), with `[entryId]`. */
  showEntry: { id: 'exkb.showEntry', title: 'exkb: Show knowledge entry', inPalette: false },
} as const satisfies Record<string, CommandContribution>;

/** Every key of the `exkb` section the server reads; a new one fails to compile here until it is contributed. */
const SERVER_SETTING_KEYS: Record<keyof ClientSettings, true> = {
  exchangeVersion: true,
  rules: true,
  knowledgeFolders: true,
  entryLinkTemplate: true,
  maxDiagnosticsPerFile: true,
};
export const SERVER_SETTINGS = Object.keys(SERVER_SETTING_KEYS) as (keyof ClientSettings)[];

export const EXCHANGE_VERSION_LABELS: Readonly<Record<ExchangeVersion, string>> = {
  any: 'Any version',
  '2007': 'Exchange Server 2007',
  '2010': 'Exchange Server 2010',
  '2013': 'Exchange Server 2013',
  '2016': 'Exchange Server 2016',
  '2019': 'Exchange Server 2019',
  se: 'Exchange Server Subscription Edition',
  online: 'Exchange Online',
};

/**
 * The versions in the server's order (EXCHANGE_VERSIONS, checked by the manifest test), written
 * out because object keys that look like numbers ('2007') come first in `Object.keys`.
 */
const VERSION_ORDER: readonly ExchangeVersion[] = ['any', '2007', '2010', '2013', '2016', '2019', 'se', 'online'];

export function exchangeVersions(): ExchangeVersion[] {
  return [...VERSION_ORDER];
}
