export { main, COMMANDS } from './cli/main.js';
export { lint, lintScript, SYNTAX_ERROR_RULE, type Finding, type LintOptions, type LintResult, type RuleFailure } from './lint.js';
export { applyFixes, nonOverlappingEdits } from './fixes.js';
export { RULES } from './rules/index.js';
export type { Rule, RuleMeta, Fix, TextEdit, Report } from './rules/rule.js';
export { DEFAULT_SETTINGS, EXCHANGE_VERSIONS, SEVERITIES, mergeSettings, type ExchangeVersion, type Settings, type Severity } from './settings.js';
