// ESLint's "stylish" layout: findings grouped by file, aligned columns, one summary line. The rule
// comes before the message: our messages are two full sentences, so aligning a column after them
// would push it off any terminal.
import type { Severity } from '../../settings.js';
import { printable } from '../printable.js';
import { style } from '../style.js';
import { totals, type FileReport } from './report.js';

const RED = (text: string) => `\u001b[31m${text}\u001b[39m`;

export function formatText(reports: readonly FileReport[], color: boolean): string {
  const s = style(color);
  const paint: Record<Severity, (text: string) => string> = {
    error: color ? RED : (text) => text,
    warning: s.accent,
    info: s.dim,
    hint: s.dim,
  };
  const out: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    const rows = report.findings.map((finding) => ({
      where: `${finding.line}:${finding.column}`,
      finding,
      message: printable(finding.message.replace(/\s*\n\s*/g, ' ')),
    }));
    const whereWidth = Math.max(...rows.map((row) => row.where.length));
    const severityWidth = Math.max(...rows.map((row) => row.finding.severity.length));
    const ruleWidth = Math.max(...rows.map((row) => row.finding.rule.length));
    out.push(s.bold(printable(report.file)));
    for (const { where, finding, message } of rows) {
      const entries = finding.entries.length > 0 ? `  ${s.dim(`→ ${finding.entries.join(', ')}`)}` : '';
      out.push(`  ${s.dim(where.padEnd(whereWidth))}  ${paint[finding.severity](finding.severity.padEnd(severityWidth))}  ${s.dim(finding.rule.padEnd(ruleWidth))}  ${message}${entries}`);
    }
    out.push('');
  }
  const sum = totals(reports);
  for (const report of reports) if (report.fixed > 0) out.push(`${s.bold('fixed')} ${printable(report.file)}: ${plural(report.fixed, 'problem')}`);
  if (sum.fixed > 0) out.push('');
  const problems = sum.errors + sum.warnings + sum.notes;
  if (problems === 0) {
    out.push(`✔ no problems in ${plural(reports.length, 'file')}`);
    return out.join('\n');
  }
  const notes = sum.notes > 0 ? `, ${sum.notes} info` : '';
  const summary = `✖ ${plural(problems, 'problem')} (${plural(sum.errors, 'error')}, ${plural(sum.warnings, 'warning')}${notes})`;
  out.push(sum.errors > 0 ? paint.error(s.bold(summary)) : s.accent(s.bold(summary)));
  if (sum.fixable > 0) out.push(`  ${plural(sum.fixable, 'problem')} fixable with the --fix option.`);
  return out.join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
