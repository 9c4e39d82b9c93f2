// Reads exkb settings from `exkb.config.json` or from the `exkb.*` keys of `.vscode/settings.json`.
// Pure: text in, settings and problems out. Nothing throws; a problem never loses the valid rest.
import { closest } from '@exkb/knowledge';
import { RULES } from '../rules/index.js';
import type { Settings } from '../settings.js';
import { describeType, objectProperties, readJsonDocument, type ConfigProblem, type JsonNode } from './json-document.js';
import { readSetting, SETTING_NAMES, type FieldContext, type SettingName, type SettingsDraft } from './setting-fields.js';

export type { ConfigProblem } from './json-document.js';

export const CONFIG_FILE_NAME = 'exkb.config.json';
/** The prefix of exkb's keys in VS Code settings (`"exkb.rules": {…}`). */
export const VSCODE_PREFIX = 'exkb.';

export interface ParsedConfig {
  readonly settings: Partial<Settings>;
  /** Sorted by line and column. */
  readonly problems: ConfigProblem[];
}

export interface ParseConfigOptions {
  /** Rule ids a `rules` key may name; defaults to every registered rule. */
  readonly knownRules?: readonly string[];
}

/** Keys that editors and schemas add and exkb ignores. */
const IGNORED_KEYS = new Set(['$schema']);

/** `exkb.config.json`: `{ "exchangeVersion": "2016", "rules": { "id": "off" }, "knowledgeFolders": ["./kb"] }`. */
export function parseConfig(text: string, file: string, options: ParseConfigOptions = {}): ParsedConfig {
  return readObject(text, file, options, (root, context, settings) => {
    for (const [key, keyNode, value] of objectProperties(root)) {
      if (IGNORED_KEYS.has(key)) continue;
      const name = settingName(key);
      if (name) readSetting(name, key, value, settings, context);
      else unknownKey(context, keyNode, key, SETTING_NAMES);
    }
  });
}

/**
 * `.vscode/settings.json`: the flat `"exkb.exchangeVersion"`, `"exkb.rules"`, `"exkb.knowledgeFolders"`
 * keys VS Code writes, or one `"exkb": {…}` object shaped like `exkb.config.json`. Other keys
 * belong to other extensions and are ignored.
 */
export function parseVsCodeSettings(text: string, file: string, options: ParseConfigOptions = {}): ParsedConfig {
  return readObject(text, file, options, (root, context, settings) => {
    for (const [key, keyNode, value] of objectProperties(root)) {
      if (key === 'exkb') {
        if (value.type !== 'object') {
          context.problems.push(context.document.problemAt(value.offset, `exkb must be an object of exkb settings; found ${describeType(value)}`));
          continue;
        }
        for (const [inner, innerKey, innerValue] of objectProperties(value)) {
          const name = settingName(inner);
          if (name) readSetting(name, `exkb.${inner}`, innerValue, settings, context);
          else unknownKey(context, innerKey, `exkb.${inner}`, SETTING_NAMES.map((setting) => `exkb.${setting}`));
        }
        continue;
      }
      if (!key.startsWith(VSCODE_PREFIX)) continue;
      const name = settingName(key.slice(VSCODE_PREFIX.length));
      if (name) readSetting(name, key, value, settings, context);
      else unknownKey(context, keyNode, key, SETTING_NAMES.map((setting) => `${VSCODE_PREFIX}${setting}`));
    }
  });
}

/** True when a VS Code settings text has any exkb key: such a file configures exkb. */
export function mentionsExkb(text: string): boolean {
  return /"exkb(\.[A-Za-z]+)?"\s*:/.test(text);
}

/** `file:line:column: message`, the shape editors and terminals turn into links. */
export function formatConfigProblem(problem: ConfigProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

type Reader = (root: JsonNode, context: FieldContext, settings: SettingsDraft) => void;

function readObject(text: string, file: string, options: ParseConfigOptions, read: Reader): ParsedConfig {
  const document = readJsonDocument(text, file);
  const problems = [...document.problems];
  const context: FieldContext = { document, problems, knownRules: options.knownRules ?? RULES.map((rule) => rule.meta.id) };
  const settings: SettingsDraft = {};
  const { root } = document;
  if (root && root.type !== 'object') problems.push(document.problemAt(root.offset, `the settings must be a JSON object ({…}); found ${describeType(root)}`));
  else if (root) {
    reportDuplicates(root, context);
    read(root, context, settings);
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { settings, problems };
}

function settingName(key: string): SettingName | undefined {
  return (SETTING_NAMES as readonly string[]).includes(key) ? (key as SettingName) : undefined;
}

function unknownKey(context: FieldContext, node: JsonNode, key: string, known: readonly string[]): void {
  const near = closest(key, known);
  context.problems.push(context.document.problemAt(node.offset, `unknown setting "${key}"${near ? `; did you mean "${near}"?` : ''} Settings: ${known.join(', ')}`));
}

/** The last of two equal keys wins, as in JSON.parse; the first is reported so it is not a surprise. */
function reportDuplicates(node: JsonNode, context: FieldContext): void {
  if (node.type === 'object') {
    const seen = new Map<string, JsonNode>();
    for (const [key, keyNode] of objectProperties(node)) {
      const earlier = seen.get(key);
      if (earlier) context.problems.push(context.document.problemAt(earlier.offset, `"${key}" is set twice; the later value is used`));
      seen.set(key, keyNode);
    }
  }
  for (const child of node.children ?? []) reportDuplicates(child, context);
}
