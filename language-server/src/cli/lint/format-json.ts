import type { FileReport, ReportedFinding } from './report.js';

/** `exkb lint --format json`: every finding of every file, one flat array, files in the order linted. */
export function formatJson(reports: readonly FileReport[]): string {
  const rows: ReportedFinding[] = reports.flatMap((report) => report.findings);
  return JSON.stringify(rows, null, 2);
}
