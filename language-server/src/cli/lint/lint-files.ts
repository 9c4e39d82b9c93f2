// Lints one script file, applying fixes when asked; reading, linting and writing are reported, never thrown.
import { applyFixes } from '../../fixes.js';
import { lint, type Finding, type RuleFailure } from '../../lint.js';
import type { Settings } from '../../settings.js';
import type { ScriptPath } from './collect-files.js';
import { reason } from './collect-files.js';
import { reportFinding, type FileReport } from './report.js';
import { binaryReason, readScript, writeScript, type ReadScript } from './script-file.js';

/** ESLint's limit too: fixes that keep producing fixes stop here. */
export const MAX_FIX_PASSES = 10;

export interface LintFileOptions {
  readonly settings: Settings;
  readonly fix: boolean;
  /** Report (and fix) only error-severity findings. */
  readonly quiet: boolean;
}

/** What linting one file gave: a report unless it could not be read or is not a script. */
export interface LintFileOutcome {
  readonly report?: FileReport;
  readonly failures: readonly RuleFailure[];
  /** Something the user asked for could not be done (read, write the fixes): the run is incomplete, exit code 2. */
  readonly troubles: readonly string[];
  /** Worth knowing, but nothing asked for was lost (a binary file skipped, Windows-1252 read): exit code unchanged. */
  readonly notes: readonly string[];
}

export async function lintFile(file: ScriptPath, options: LintFileOptions): Promise<LintFileOutcome> {
  let script: ReadScript;
  try {
    script = await readScript(file.absolute);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it disappeared after exkb listed it' : reason(error);
    return { failures: [], troubles: [`cannot read ${file.shown}: ${why}`], notes: [] };
  }
  const binary = binaryReason(script.text);
  if (binary !== undefined) return { failures: [], troubles: [], notes: [`skipped ${file.shown}: ${binary}`] };
  const notes: string[] = [];
  if (script.notUtf8) {
    const { line, column, byte } = script.notUtf8;
    notes.push(
      `read ${file.shown} as Windows-1252, as Windows PowerShell 5.1 does: it is not UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at ${line + 1}:${column + 1}); PowerShell 7 reads it as UTF-8, so save it as UTF-8 with a BOM to be read alike by both`,
    );
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
  const troubles: string[] = [];
  if (text !== script.text) {
    try {
      await writeScript(file.absolute, { text, encoding: script.encoding }, script.stats);
    } catch (error) {
      troubles.push(`cannot write the fixes to ${file.shown}: ${error instanceof Error && !(error as NodeJS.ErrnoException).code ? error.message : reason(error)}`);
      fixed = 0;
      result = unfixed;
    }
  }
  const findings = result.findings.filter(keep).map((finding) => reportFinding(file.shown, finding, result.script.lines));
  return { report: { file: file.shown, absolute: file.absolute, findings, fixed }, failures: result.failures, troubles, notes };
}
