// What a user can configure, from `exkb.config.json`, the editor or the command line.

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** `any` (the default) means the target is unknown: rules limited to some versions stay quiet. */
export const EXCHANGE_VERSIONS = ['any', '2007', '2010', '2013', '2016', '2019', 'se', 'online'] as const;
export type ExchangeVersion = (typeof EXCHANGE_VERSIONS)[number];

export type RuleSetting = Severity | 'off';

export interface Settings {
  readonly exchangeVersion: ExchangeVersion;
  /** Per-rule severity or `off`, by rule id. Rules not listed keep their default severity. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** Extra folders of knowledge entries (Markdown, the same format as `knowledge/entries`). */
  readonly knowledgeFolders: readonly string[];
  /**
   * The language server publishes at most this many problems per document (errors first), plus
   * one line saying how many more there are; 0 publishes all. The CLI always reports every one.
   */
  readonly maxDiagnosticsPerFile: number;
}

/**
 * VS Code keeps at most 1,000 diagnostics per file from an extension, dropping the rest with a
 * note of its own (information last, so it would drop ours first). 500 leaves room for the
 * summary, is more than anyone reads in a Problems list, and keeps a publish of a broken 2 MB
 * file to a few hundred kilobytes of JSON.
 */
export const DEFAULT_MAX_DIAGNOSTICS_PER_FILE = 500;

export const DEFAULT_SETTINGS: Settings = { exchangeVersion: 'any', rules: {}, knowledgeFolders: [], maxDiagnosticsPerFile: DEFAULT_MAX_DIAGNOSTICS_PER_FILE };

/** Later layers win; rule maps are merged key by key. */
export function mergeSettings(...layers: readonly (Partial<Settings> | undefined)[]): Settings {
  let merged: Settings = DEFAULT_SETTINGS;
  for (const layer of layers) {
    if (!layer) continue;
    merged = {
      exchangeVersion: layer.exchangeVersion ?? merged.exchangeVersion,
      rules: { ...merged.rules, ...layer.rules },
      knowledgeFolders: layer.knowledgeFolders ?? merged.knowledgeFolders,
      maxDiagnosticsPerFile: layer.maxDiagnosticsPerFile ?? merged.maxDiagnosticsPerFile,
    };
  }
  return merged;
}
