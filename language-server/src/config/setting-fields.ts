// The settings a config file may hold, each read from its JSON node with precise problems.
import { closest } from '@exkb/knowledge';
import { EXCHANGE_VERSIONS, SEVERITIES, type ExchangeVersion, type RuleSetting, type Settings } from '../settings.js';
import { SYNTAX_ERROR_RULE } from '../lint.js';
import { describeType, objectProperties, type ConfigProblem, type JsonDocument, type JsonNode } from './json-document.js';

export const SETTING_NAMES = ['exchangeVersion', 'rules', 'knowledgeFolders', 'maxDiagnosticsPerFile'] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

export const RULE_SETTINGS: readonly RuleSetting[] = ['off', ...SEVERITIES];

export interface FieldContext {
  readonly document: JsonDocument;
  readonly problems: ConfigProblem[];
  /** Rule ids a `rules` key may name. */
  readonly knownRules: readonly string[];
}

/** Settings as they are read: any may be missing. */
export type SettingsDraft = { -readonly [K in keyof Settings]?: Settings[K] };

/** Reads one setting into `settings`; `shown` is the key as the user wrote it (`exkb.rules`). */
export function readSetting(name: SettingName, shown: string, value: JsonNode, settings: SettingsDraft, context: FieldContext): void {
  switch (name) {
    case 'exchangeVersion': {
      const version = readExchangeVersion(shown, value, context);
      if (version) settings.exchangeVersion = version;
      return;
    }
    case 'rules':
      settings.rules = readRules(shown, value, context);
      return;
    case 'knowledgeFolders': {
      const folders = readFolders(shown, value, context);
      if (folders) settings.knowledgeFolders = folders;
      return;
    }
    case 'maxDiagnosticsPerFile': {
      const limit = readLimit(shown, value, context);
      if (limit !== undefined) settings.maxDiagnosticsPerFile = limit;
      return;
    }
  }
}

function problem(context: FieldContext, node: JsonNode, message: string): void {
  context.problems.push(context.document.problemAt(node.offset, message));
}

function suggestion(word: string, candidates: readonly string[]): string {
  const near = closest(word, candidates);
  return near ? `; did you mean "${near}"?` : '';
}

function readExchangeVersion(shown: string, node: JsonNode, context: FieldContext): ExchangeVersion | undefined {
  // A bare number (2016) is what people type; it means the same as the string.
  if (node.type !== 'string' && node.type !== 'number') {
    problem(context, node, `${shown} must be a string, one of ${EXCHANGE_VERSIONS.join(', ')}; found ${describeType(node)}`);
    return undefined;
  }
  const written = String(node.value).trim().toLowerCase();
  if ((EXCHANGE_VERSIONS as readonly string[]).includes(written)) return written as ExchangeVersion;
  problem(context, node, `${shown}: unknown Exchange version "${String(node.value)}"${suggestion(written, EXCHANGE_VERSIONS)} Versions: ${EXCHANGE_VERSIONS.join(', ')}`);
  return undefined;
}

function readRules(shown: string, node: JsonNode, context: FieldContext): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  if (node.type !== 'object') {
    problem(context, node, `${shown} must be an object mapping rule ids to ${RULE_SETTINGS.join(', ')}; found ${describeType(node)}`);
    return rules;
  }
  for (const [id, keyNode, valueNode] of objectProperties(node)) {
    const setting = readRuleSetting(`${shown}["${id}"]`, valueNode, context);
    if (id === SYNTAX_ERROR_RULE) {
      problem(context, keyNode, `${shown}: "${SYNTAX_ERROR_RULE}" cannot be configured: PowerShell refuses to run a script with a syntax error`);
      continue;
    }
    if (!context.knownRules.includes(id)) {
      problem(context, keyNode, `${shown}: unknown rule "${id}"${suggestion(id, context.knownRules)}`);
      continue;
    }
    if (setting) rules[id] = setting;
  }
  return rules;
}

function readRuleSetting(shown: string, node: JsonNode, context: FieldContext): RuleSetting | undefined {
  const written = node.type === 'string' ? String(node.value) : undefined;
  if (written !== undefined && (RULE_SETTINGS as readonly string[]).includes(written)) return written as RuleSetting;
  // ESLint's "warn" is a common slip; it is too short for the edit-distance suggestion to reach.
  const hint = written === undefined ? `; found ${describeType(node)}` : ` not "${written}"${suggestion(written === 'warn' ? 'warning' : written, RULE_SETTINGS)}`;
  problem(context, node, `${shown} must be one of ${RULE_SETTINGS.join(', ')}${hint}`);
  return undefined;
}

function readFolders(shown: string, node: JsonNode, context: FieldContext): string[] | undefined {
  if (node.type === 'string') return [String(node.value)];
  if (node.type !== 'array') {
    problem(context, node, `${shown} must be an array of folder paths; found ${describeType(node)}`);
    return undefined;
  }
  const folders: string[] = [];
  for (const item of node.children ?? []) {
    if (item.type === 'string' && String(item.value).trim() !== '') folders.push(String(item.value));
    else problem(context, item, `${shown}: each folder must be a non-empty string; found ${item.type === 'string' ? 'an empty string' : describeType(item)}`);
  }
  return folders;
}

function readLimit(shown: string, node: JsonNode, context: FieldContext): number | undefined {
  const value = node.value;
  if (node.type === 'number' && typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  const found = node.type === 'number' ? String(value) : describeType(node);
  problem(context, node, `${shown} must be a whole number of 0 or more (the most problems the editor shows per file; 0 shows all); found ${found}`);
  return undefined;
}
