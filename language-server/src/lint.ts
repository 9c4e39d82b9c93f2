// The lint core for Node: `lint-core.ts` plus the shipped cmdlet model, read once per process
// when a rule first asks for it (or passed in). No LSP and no other file system access.
import type { CmdletModel } from './exchange/model/cmdlet-model.js';
import { loadCmdletModel } from './exchange/model/load.js';
import { lintParsed, type LintResult } from './lint-core.js';
import type { ParsedScript } from './powershell/types.js';
import { parseScript } from './powershell/index.js';
import type { Rule } from './rules/rule.js';
import type { Settings } from './settings.js';

export { SYNTAX_ERROR_RULE, type Finding, type LintResult, type RuleFailure } from './lint-core.js';

export interface LintOptions {
  readonly settings?: Settings;
  /** Defaults to every registered rule. */
  readonly rules?: readonly Rule[];
  /** Defaults to the shipped model, read once per process when a rule first needs it. */
  readonly model?: CmdletModel;
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintScript(parseScript(text), options);
}

export function lintScript(script: ParsedScript, options: LintOptions = {}): LintResult {
  return lintParsed(script, { ...options, model: options.model ?? loadCmdletModel });
}
