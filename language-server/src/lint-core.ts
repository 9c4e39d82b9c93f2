// The lint core without the file system: text, settings and a cmdlet model in, findings out. The
// browser extension's PowerShell chunk imports this entry (`exkb-language-server/lint-core`), so
// nothing reachable from here may import Node modules; `lint.ts` adds the shipped model for Node.
import { bindCommand, type Binding } from './exchange/bind.js';
import type { CmdletModel } from './exchange/model/cmdlet-model.js';
import { parseScript } from './powershell/index.js';
import type { CommandView, ParsedScript, Position, Span } from './powershell/types.js';
import { RULES } from './rules/index.js';
import type { Fix, Related, Rule, RuleContext } from './rules/rule.js';
import { DEFAULT_SETTINGS, type Settings, type Severity } from './settings.js';
import { readSuppressions } from './suppressions.js';

export { CmdletModel, type CmdletModelSources } from './exchange/model/cmdlet-model.js';
export type { CmdletModelFile } from './exchange/model/format.js';
export { HISTORY_SOURCES } from './exchange/model/history.js';
export { parseScript } from './powershell/index.js';
export type { ParsedScript } from './powershell/types.js';
export { DEFAULT_SETTINGS, type Settings, type Severity } from './settings.js';

/** The rule id of syntax errors: PowerShell would refuse to run the script. */
export const SYNTAX_ERROR_RULE = 'syntax-error';

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  /** 0-based, UTF-16 (LSP's convention); the CLI adds one. */
  readonly start: Position;
  readonly end: Position;
  /** Knowledge entry ids; empty only for syntax errors. */
  readonly entries: readonly string[];
  readonly fix?: Fix;
  readonly related?: readonly Related[];
}

export interface RuleFailure {
  readonly rule: string;
  readonly error: unknown;
}

export interface LintCoreOptions {
  readonly settings?: Settings;
  /** Defaults to every registered rule. */
  readonly rules?: readonly Rule[];
  /** The model, or a function called once when a rule first needs it (most scripts never do). */
  readonly model: CmdletModel | (() => CmdletModel);
}

export interface LintResult {
  readonly script: ParsedScript;
  readonly findings: readonly Finding[];
  /** Findings silenced by comments or attributes. */
  readonly suppressed: number;
  /** Rules that threw: they are skipped, the rest still run. */
  readonly failures: readonly RuleFailure[];
}

export function lintText(text: string, options: LintCoreOptions): LintResult {
  return lintParsed(parseScript(text), options);
}

/** Syntax errors listed per file; the rest are counted in one more finding. */
export const MAX_SYNTAX_ERRORS = 100;

export function lintParsed(script: ParsedScript, options: LintCoreOptions): LintResult {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const suppressions = readSuppressions(script);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  let suppressed = 0;
  const { lines } = script;
  const provided = options.model;
  let model = typeof provided === 'function' ? undefined : provided;
  const modelOf = (): CmdletModel => (model ??= (provided as () => CmdletModel)());
  const bindings = new Map<CommandView, Binding | undefined>();
  const bind = (command: CommandView): Binding | undefined => {
    if (bindings.has(command)) return bindings.get(command);
    const cmdlet = command.native ? undefined : modelOf().cmdlet(command.canonical);
    const binding = cmdlet?.parametersKnown ? bindCommand(command, cmdlet, script.text) : undefined;
    bindings.set(command, binding);
    return binding;
  };

  for (const error of script.errors.slice(0, MAX_SYNTAX_ERRORS)) {
    const { span } = error;
    findings.push({ rule: SYNTAX_ERROR_RULE, severity: 'error', message: error.message, entries: [], span, start: lines.positionAt(span.start), end: lines.positionAt(span.end) });
  }
  const firstUnlisted = script.errors[MAX_SYNTAX_ERRORS];
  if (firstUnlisted !== undefined) {
    // Past this many, the file is rarely PowerShell (a binary, a minified blob, another language):
    // one more finding counts the rest, as compilers stop after their first errors.
    const { span } = firstUnlisted;
    const more = script.errors.length - MAX_SYNTAX_ERRORS;
    findings.push({ rule: SYNTAX_ERROR_RULE, severity: 'error', message: `${more.toLocaleString('en-US')} more syntax error${more === 1 ? ' from here on is' : 's from here on are'} not listed (exkb lists the first ${MAX_SYNTAX_ERRORS} of a file); is this file PowerShell?`, entries: [], span, start: lines.positionAt(span.start), end: lines.positionAt(span.end) });
  }
  for (const rule of options.rules ?? RULES) {
    const severity = severityOf(rule, settings);
    if (!severity) continue;
    const { id } = rule.meta;
    const context: RuleContext = {
      script,
      commands: script.commands,
      settings,
      get model() {
        return modelOf();
      },
      bind,
      report(report) {
        const { span } = report;
        if (suppressions.isSuppressed(id, span.start)) {
          suppressed++;
          return;
        }
        // One object shape for every finding: optional fields are added only when present.
        const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
          rule: id,
          severity,
          message: report.message,
          entries: report.entries ?? rule.meta.entries,
          span,
          start: lines.positionAt(span.start),
          end: lines.positionAt(span.end),
        };
        if (report.fix) finding.fix = report.fix;
        if (report.related) finding.related = report.related;
        findings.push(finding);
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      failures.push({ rule: id, error });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  return { script, findings, suppressed, failures };
}

function severityOf(rule: Rule, settings: Settings): Severity | undefined {
  const configured = settings.rules[rule.meta.id];
  if (configured === 'off') return undefined;
  const { versions } = rule.meta;
  // A version-specific rule needs a known target: under `any` it would flag code that is right
  // for the versions the script was written for.
  if (versions && (settings.exchangeVersion === 'any' || !versions.includes(settings.exchangeVersion))) return undefined;
  return configured ?? rule.meta.severity;
}
