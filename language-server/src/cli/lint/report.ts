// What `exkb lint` found, in the shape every formatter prints: 1-based lines and columns.
import type { LineMap, Span } from '../../powershell/types.js';
import type { Finding } from '../../lint.js';
import type { Severity } from '../../settings.js';

/** A range: 1-based lines and UTF-16 columns; the end column is the one after the last character (as ESLint and SARIF count). */
export interface Range {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface ReportedEdit extends Range {
  /** The text that replaces the range. */
  readonly text: string;
}

/** One row of `exkb lint --format json`. */
export interface ReportedFinding extends Range {
  /** The path as given on the command line (relative to the current folder when it was). */
  readonly file: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Knowledge entry ids: `exkb show <id>`. Empty for syntax errors. */
  readonly entries: readonly string[];
  /** Present when `--fix` would change the text; ranges refer to the file as it is now. */
  readonly fix?: { readonly title: string; readonly edits: readonly ReportedEdit[] };
}

export interface FileReport {
  readonly file: string;
  readonly absolute: string;
  readonly findings: readonly ReportedFinding[];
  /** Fixes written back by `--fix`. */
  readonly fixed: number;
}

export function rangeOf(span: Span, lines: LineMap): Range {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export function reportFinding(file: string, finding: Finding, lines: LineMap): ReportedFinding {
  return {
    file,
    line: finding.start.line + 1,
    column: finding.start.character + 1,
    endLine: finding.end.line + 1,
    endColumn: finding.end.character + 1,
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    entries: finding.entries,
    ...(finding.fix
      ? { fix: { title: finding.fix.title, edits: finding.fix.edits.map((edit) => ({ ...rangeOf(edit.span, lines), text: edit.newText })) } }
      : {}),
  };
}

export interface Totals {
  readonly errors: number;
  readonly warnings: number;
  /** `info` and `hint` findings. */
  readonly notes: number;
  readonly fixable: number;
  readonly fixed: number;
}

export function totals(reports: readonly FileReport[]): Totals {
  const findings = reports.flatMap((report) => report.findings);
  const count = (severities: readonly Severity[]) => findings.filter((finding) => severities.includes(finding.severity)).length;
  return {
    errors: count(['error']),
    warnings: count(['warning']),
    notes: count(['info', 'hint']),
    fixable: findings.filter((finding) => finding.fix).length,
    fixed: reports.reduce((sum, report) => sum + report.fixed, 0),
  };
}
