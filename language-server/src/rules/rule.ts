// What a rule is. A rule module's default export is `defineRule({ meta, check })`; its id is its
// file name, and the registry in `index.ts` lists every rule.
import type { Binding } from '../exchange/bind.js';
import type { CmdletModel } from '../exchange/model/cmdlet-model.js';
import type { CommandView, ParsedScript, Span } from '../powershell/types.js';
import type { ExchangeVersion, Settings, Severity } from '../settings.js';

export interface RuleMeta {
  /** = the file name = the diagnostic code. kebab-case. */
  readonly id: string;
  /** One line, used in `--help`, SARIF and the rule list. */
  readonly description: string;
  readonly severity: Severity;
  /** Knowledge entry ids the findings cite (the first is the main one). A parity test checks they exist. */
  readonly entries: readonly string[];
  readonly fixable: boolean;
  /** Exchange versions the rule applies to; absent means all. Checked against `settings.exchangeVersion` by the lint core. */
  readonly versions?: readonly Exclude<ExchangeVersion, 'any'>[];
}

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  /** Imperative, shown as the quick-fix title: "Set -RequireSenderAuthenticationEnabled to $false". */
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface Related {
  readonly span: Span;
  readonly message: string;
}

export interface Report {
  /** The exact argument, parameter or command at fault. */
  readonly span: Span;
  /** What will happen, with the concrete value; then how to fix it. Two sentences. */
  readonly message: string;
  readonly fix?: Fix;
  readonly related?: readonly Related[];
  /** Defaults to `meta.entries`. */
  readonly entries?: readonly string[];
}

export interface RuleContext {
  readonly script: ParsedScript;
  /** Every command of the script, nested ones included, in source order. */
  readonly commands: readonly CommandView[];
  readonly settings: Settings;
  /** The Exchange cmdlet model (loaded on first use). */
  readonly model: CmdletModel;
  /** The command bound to its cmdlet of the model; undefined for commands the model doesn't know. Computed once per lint. */
  bind(command: CommandView): Binding | undefined;
  report(report: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
