// At most `maxDiagnosticsPerFile` problems go to the editor: a broken 2 MB line can hold hundreds
// of thousands, and sending them all stalls the editor for nothing. The most severe are kept (an
// error never makes way for a hint), each severity from the top of the file, and one line at the
// top says how many more there are and which setting shows them. Code actions still read every
// finding, so "fix all" fixes what is not shown too.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../lint.js';
import { SEVERITIES, type Severity } from '../settings.js';

/** The code of the diagnostic that says problems were left out. */
export const TOO_MANY_PROBLEMS_CODE = 'exkb-too-many-problems';

export interface CappedFindings {
  /** In position order, as the lint returned them. */
  readonly shown: readonly Finding[];
  /** How many of each severity were left out; all zero when nothing was. */
  readonly hidden: Readonly<Record<Severity, number>>;
}

/** `limit` 0 (or less) keeps everything. Linear in the number of findings. */
export function capFindings(findings: readonly Finding[], limit: number): CappedFindings {
  const hidden: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  if (limit <= 0 || findings.length <= limit) return { shown: findings, hidden };
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of findings) total[finding.severity]++;
  // SEVERITIES runs from error to hint: each takes what the more severe ones left of the budget.
  const quota: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let budget = limit;
  for (const severity of SEVERITIES) {
    quota[severity] = Math.min(total[severity], budget);
    budget -= quota[severity];
    hidden[severity] = total[severity] - quota[severity];
  }
  const shown: Finding[] = [];
  for (const finding of findings) {
    if (quota[finding.severity] === 0) continue;
    quota[finding.severity]--;
    shown.push(finding);
  }
  return { shown, hidden };
}

/** The Information diagnostic on the first line that counts what was left out; undefined when nothing was. */
export function tooManyProblems(capped: CappedFindings, source: string): (Diagnostic & { readonly message: string }) | undefined {
  const left = SEVERITIES.filter((severity) => capped.hidden[severity] > 0);
  const more = left.reduce((sum, severity) => sum + capped.hidden[severity], 0);
  if (more === 0) return undefined;
  const kinds = left.map((severity) => count(capped.hidden[severity], NOUNS[severity]));
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: TOO_MANY_PROBLEMS_CODE,
    source,
    message:
      `exkb shows ${number(capped.shown.length)} of the ${number(capped.shown.length + more)} problems in this file (errors first, then warnings, information and hints, each from the top); ` +
      `${number(more)} more ${more === 1 ? 'is' : 'are'} not shown (${kinds.join(', ')}). ` +
      `To see them, raise the setting exkb.maxDiagnosticsPerFile ("maxDiagnosticsPerFile" in exkb.config.json; 0 shows all), or run exkb lint on the file.`,
  };
}

const NOUNS: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['information', 'information'],
  hint: ['hint', 'hints'],
};

function count(value: number, [one, many]: readonly [string, string]): string {
  return `${number(value)} ${value === 1 ? one : many}`;
}

function number(value: number): string {
  return value.toLocaleString('en-US');
}
