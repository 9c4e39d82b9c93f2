// Finding and reading the config file on disk (Node only). The parsing itself is `parse-config.ts`.
import path from 'node:path';
import { CONFIG_FILE_NAME, mentionsExkb, parseConfig, parseVsCodeSettings, type ConfigProblem, type ParseConfigOptions } from './parse-config.js';
import { decodeText, fileErrorReason } from '../cli/io.js';
import { readRegularFile } from '../cli/read-file.js';
import type { Settings } from '../settings.js';

/** A config is a few lines; a bigger file, a FIFO or a device named like one is not read (a FIFO would block). */
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig {
  readonly file: string;
  /** `knowledgeFolders` are absolute, resolved against the folder that holds the config. */
  readonly settings: Partial<Settings>;
  readonly problems: readonly ConfigProblem[];
}

/**
 * The nearest config from `startFolder` up to the file-system root: in each folder
 * `exkb.config.json`, else a `.vscode/settings.json` with exkb keys.
 */
export async function findConfigFile(startFolder: string): Promise<string | undefined> {
  let folder = path.resolve(startFolder);
  for (;;) {
    const config = path.join(folder, CONFIG_FILE_NAME);
    if ((await readText(config)) !== undefined) return config;
    const vscode = path.join(folder, '.vscode', 'settings.json');
    const text = await readText(vscode);
    if (text !== undefined && mentionsExkb(text)) return vscode;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** Reads and parses a config; an unreadable file is a problem, not an exception. */
export async function loadConfig(file: string, options: ParseConfigOptions = {}): Promise<LoadedConfig> {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = decodeText((await readRegularFile(absolute, MAX_CONFIG_BYTES)).bytes);
  } catch (error) {
    return { file: absolute, settings: {}, problems: [{ file: absolute, line: 1, column: 1, message: `cannot read the config file: ${fileErrorReason(error)}` }] };
  }
  return configFromText(absolute, text, options);
}

/** Parses a config's text (from disk, or unsaved in an editor) as the file `file` would be read. */
export function configFromText(file: string, text: string, options: ParseConfigOptions = {}): LoadedConfig {
  const absolute = path.resolve(file);
  const parse = isVsCodeSettings(absolute) ? parseVsCodeSettings : parseConfig;
  const { settings, problems } = parse(text, absolute, options);
  const folder = path.dirname(isVsCodeSettings(absolute) ? path.dirname(absolute) : absolute);
  const knowledgeFolders = settings.knowledgeFolders?.map((relative) => path.resolve(folder, relative));
  return { file: absolute, settings: knowledgeFolders ? { ...settings, knowledgeFolders } : settings, problems };
}

/** `.vscode/settings.json` configures its workspace: relative folders start at the workspace, not `.vscode`. */
function isVsCodeSettings(file: string): boolean {
  return path.basename(file) === 'settings.json' && path.basename(path.dirname(file)) === '.vscode';
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return decodeText((await readRegularFile(file, MAX_CONFIG_BYTES)).bytes);
  } catch {
    return undefined;
  }
}
