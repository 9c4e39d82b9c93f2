// Lints one script file, applying fixes when asked; reading, linting and writing are reported, never thrown.
import { applyFixes } from '../../fixes.js';
import { lint, type Finding, type RuleFailure } from '../../lint.js';
import type { Settings } from '../../settings.js';
import type { ScriptPath } from './collect-files.js';
import { reason } from './collect-files.js';
import { reportFinding, type FileReport } from './report.js';
import { readScript, writeScript, type ScriptText } from './script-file.js';

/** ESLint's limit too: fixes that keep producing fixes stop here. */
export const MAX_FIX_PASSES = 10;

export interface LintFileOptions {
  readonly settings: Settings;
  readonly fix: boolean;
  /** Report (and fix) only error-severity findings. */
  readonly quiet: boolean;
}

export type LintFileOutcome =
  | { readonly ok: true; readonly report: FileReport; readonly failures: readonly RuleFailure[]; readonly writeProblem?: string }
  | { readonly ok: false; readonly problem: string };

export async function lintFile(file: ScriptPath, options: LintFileOptions): Promise<LintFileOutcome> {
  let script: ScriptText;
  try {
    script = await readScript(file.absolute);
  } catch (error) {
    return { ok: false, problem: `cannot read ${file.shown}: ${reason(error)}` };
  }
  const keep = (finding: Finding) => !options.quiet || finding.severity === 'error';
  const unfixed = lint(script.text, { settings: options.settings });
  let result = unfixed;
  let text = script.text;
  let fixed = 0;
  for (let pass = 0; options.fix && pass < MAX_FIX_PASSES; pass++) {
    const { text: next, applied } = applyFixes(text, result.findings.filter(keep));
    if (applied === 0 || next === text) break;
    text = next;
    fixed += applied;
    result = lint(text, { settings: options.settings });
  }
  let writeProblem: string | undefined;
  if (text !== script.text) {
    try {
      await writeScript(file.absolute, { text, encoding: script.encoding });
    } catch (error) {
      writeProblem = `cannot write the fixes to ${file.shown}: ${error instanceof Error && !(error as NodeJS.ErrnoException).code ? error.message : reason(error)}`;
      fixed = 0;
      result = unfixed;
    }
  }
  const findings = result.findings.filter(keep).map((finding) => reportFinding(file.shown, finding, result.script.lines));
  return { ok: true, report: { file: file.shown, absolute: file.absolute, findings, fixed }, failures: result.failures, ...(writeProblem ? { writeProblem } : {}) };
}
