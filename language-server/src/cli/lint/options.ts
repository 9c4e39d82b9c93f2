// The values of `exkb lint`'s options, checked: a bad one is a usage error naming the option.
import { closest } from '@exkb/knowledge';
import { SYNTAX_ERROR_RULE } from '../../lint.js';
import { EXCHANGE_VERSIONS, type ExchangeVersion, type RuleSetting } from '../../settings.js';
import { RULE_SETTINGS } from '../../config/setting-fields.js';
import { UsageError } from '../io.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

function didYouMean(word: string, candidates: readonly string[]): string {
  const near = closest(word, candidates);
  return near ? `; did you mean ${near}?` : '';
}

export function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'text';
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`exkb lint: unknown --format "${value}"${didYouMean(value, FORMATS)} Formats: ${FORMATS.join(', ')}`);
}

export function parseExchangeVersion(value: string | undefined): ExchangeVersion | undefined {
  if (value === undefined) return undefined;
  const version = value.trim().toLowerCase();
  if ((EXCHANGE_VERSIONS as readonly string[]).includes(version)) return version as ExchangeVersion;
  throw new UsageError(`exkb lint: unknown --exchange-version "${value}"${didYouMean(version, EXCHANGE_VERSIONS)} Versions: ${EXCHANGE_VERSIONS.join(', ')}`);
}

/** `--rule id=severity`, repeatable; the last one for a rule wins. */
export function parseRuleOptions(values: readonly string[], knownRules: readonly string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const value of values) {
    const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(value);
    if (!match) throw new UsageError(`exkb lint: --rule takes <rule-id>=<${RULE_SETTINGS.join('|')}>, not "${value}"`);
    const [, id = '', setting = ''] = match;
    if (id === SYNTAX_ERROR_RULE) throw new UsageError(`exkb lint: --rule ${SYNTAX_ERROR_RULE} cannot be configured: PowerShell refuses to run a script with a syntax error`);
    if (!knownRules.includes(id)) {
      const known = knownRules.length > 0 ? '' : ' (no rules are registered yet)';
      throw new UsageError(`exkb lint: --rule names an unknown rule "${id}"${didYouMean(id, knownRules)}${known}`);
    }
    if (!(RULE_SETTINGS as readonly string[]).includes(setting)) {
      throw new UsageError(`exkb lint: --rule ${id}=${setting}: the setting must be one of ${RULE_SETTINGS.join(', ')}${didYouMean(setting === 'warn' ? 'warning' : setting, RULE_SETTINGS)}`);
    }
    rules[id] = setting as RuleSetting;
  }
  return rules;
}

/** A whole number, 0 or more; undefined means no limit. */
export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`exkb lint: --max-warnings takes a whole number, 0 or more, not "${value}"`);
  return Number(value.trim());
}
