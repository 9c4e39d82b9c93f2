// Which settings apply to a document: defaults < the nearest exkb.config.json (or .vscode/settings.json
// with exkb keys) < the client's settings (initializationOptions, then the `exkb` configuration section).
import path from 'node:path';
import { configFromText, findConfigFile, loadConfig, type LoadedConfig } from '../config/find-config.js';
import { CONFIG_FILE_NAME, parseConfig } from '../config/parse-config.js';
import { mergeSettings, type Settings } from '../settings.js';
import { filePathOf } from './uri.js';

/** A config file's settings and problems, read from disk or from the editor's unsaved text. */
export type ConfigState = LoadedConfig;

export interface ClientSettingsResult {
  readonly settings: Partial<Settings>;
  readonly entryLinkTemplate: string | undefined;
  /** One line each, naming the setting. */
  readonly problems: readonly string[];
}

const FILE_SETTINGS = ['exchangeVersion', 'rules', 'knowledgeFolders', 'maxDiagnosticsPerFile'] as const;

/**
 * Validates what a client sent with the config file's own reader, so a bad value gets the same
 * message in the editor as in `exkb.config.json`. Keys the server does not know (a client's own,
 * such as `trace`) are ignored; `null` means "not set", as VS Code sends it.
 */
export function readClientSettings(raw: unknown, origin: string, baseFolder: string | undefined): ClientSettingsResult {
  if (raw === null || raw === undefined) return { settings: {}, entryLinkTemplate: undefined, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: {}, entryLinkTemplate: undefined, problems: [`${origin}: the exkb settings must be an object`] };
  const record = raw as Record<string, unknown>;
  const picked = Object.fromEntries(FILE_SETTINGS.flatMap((key) => (record[key] === undefined || record[key] === null ? [] : [[key, record[key]]])));
  const parsed = parseConfig(JSON.stringify(picked), origin);
  const problems = parsed.problems.map((problem) => `${origin}: ${problem.message}`);
  let entryLinkTemplate: string | undefined;
  const template = record['entryLinkTemplate'];
  if (typeof template === 'string' && template.trim() !== '') entryLinkTemplate = template.trim();
  else if (template !== undefined && template !== null && template !== '') problems.push(`${origin}: entryLinkTemplate must be a string such as "https://example.org/{area}/{id}"`);
  const folders = parsed.settings.knowledgeFolders?.map((folder) => (baseFolder ? path.resolve(baseFolder, folder) : path.resolve(folder)));
  return { settings: folders ? { ...parsed.settings, knowledgeFolders: folders } : parsed.settings, entryLinkTemplate, problems };
}

export class SettingsStore {
  /** initializationOptions, then the configuration section: later wins. */
  private clientLayers: Partial<Settings>[] = [];
  private templates: (string | undefined)[] = [];
  private readonly configOfFolder = new Map<string, Promise<string | undefined>>();
  private readonly configs = new Map<string, Promise<ConfigState>>();
  /** Unsaved text of config files open in the editor: it wins over the file on disk. */
  private readonly openConfigText = new Map<string, string>();
  private readonly defaultFolder: () => string | undefined;
  private readonly loaded: ((config: ConfigState) => void)[] = [];

  /** `defaultFolder`: where to look for a config for documents that are not files (`untitled:`). */
  constructor(defaultFolder: () => string | undefined) {
    this.defaultFolder = defaultFolder;
  }

  /** A config file was read (from disk or the editor): its problems can be shown, its folders loaded. */
  onConfigLoaded(listener: (config: ConfigState) => void): void {
    this.loaded.push(listener);
  }

  setClientSettings(layers: readonly ClientSettingsResult[]): void {
    this.clientLayers = layers.map((layer) => layer.settings);
    this.templates = layers.map((layer) => layer.entryLinkTemplate);
  }

  get entryLinkTemplate(): string | undefined {
    return this.templates.findLast((template) => template !== undefined);
  }

  /** The config file that applies to a document, and its settings, or undefined when there is none. */
  async configFor(uri: string): Promise<ConfigState | undefined> {
    const file = filePathOf(uri);
    const folder = file ? path.dirname(file) : this.defaultFolder();
    return folder ? this.configForFolder(folder) : undefined;
  }

  /** The config that applies to files in `folder`: its own or the nearest above it. */
  async configForFolder(folder: string): Promise<ConfigState | undefined> {
    let found = this.configOfFolder.get(folder);
    if (!found) this.configOfFolder.set(folder, (found = findConfigFile(folder).catch(() => undefined)));
    const configFile = await found;
    return configFile ? this.config(configFile) : undefined;
  }

  async settingsFor(uri: string): Promise<Settings> {
    const config = await this.configFor(uri);
    return mergeSettings(config?.settings, ...this.clientLayers);
  }

  /** Every config read so far (the knowledge folders of all of them are loaded). */
  async loadedConfigs(): Promise<ConfigState[]> {
    return Promise.all(this.configs.values());
  }

  clientKnowledgeFolders(): string[] {
    return this.clientLayers.findLast((layer) => layer.knowledgeFolders !== undefined)?.knowledgeFolders?.slice() ?? [];
  }

  config(file: string): Promise<ConfigState> {
    let state = this.configs.get(file);
    if (!state) {
      const text = this.openConfigText.get(file);
      state = text === undefined ? loadConfig(file) : Promise.resolve(configFromText(file, text));
      this.configs.set(file, state);
      void state.then((config) => {
        for (const listener of this.loaded) listener(config);
      });
    }
    return state;
  }

  /** A config file opened or edited in the editor (`text`), or closed (`undefined`: read the disk again). */
  setOpenConfig(file: string, text: string | undefined): void {
    if (text === undefined) this.openConfigText.delete(file);
    else this.openConfigText.set(file, text);
    this.forgetFiles();
  }

  /** Config files were created, changed or deleted on disk. */
  forgetFiles(): void {
    this.configOfFolder.clear();
    this.configs.clear();
  }
}

export function isConfigFile(file: string): boolean {
  return path.basename(file).toLowerCase() === CONFIG_FILE_NAME;
}

/** An open exkb.config.json: it gets config diagnostics, never PowerShell ones. */
export function isConfigUri(uri: string): boolean {
  const file = filePathOf(uri);
  return file !== undefined && isConfigFile(file);
}
