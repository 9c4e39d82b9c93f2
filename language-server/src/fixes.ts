import type { Finding } from './lint.js';
import type { TextEdit } from './rules/rule.js';

/**
 * Applies the fixes of the given findings in one pass. A fix whose edits overlap an earlier
 * fix's is skipped (run again to apply it), as ESLint does.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const fixes = findings
    .flatMap((finding) => (finding.fix ? [finding.fix] : []))
    .map((fix) => [...fix.edits].sort((a, b) => a.span.start - b.span.start))
    .filter((edits) => edits.length > 0)
    .sort((a, b) => (a[0]?.span.start ?? 0) - (b[0]?.span.start ?? 0));
  const chosen: TextEdit[] = [];
  let applied = 0;
  for (const edits of fixes) {
    const overlaps = edits.some((edit) =>
      chosen.some((taken) => edit.span.start < taken.span.end && taken.span.start < edit.span.end || (edit.span.start === taken.span.start && edit.span.end === taken.span.end)),
    );
    if (overlaps) continue;
    chosen.push(...edits);
    applied++;
  }
  chosen.sort((a, b) => b.span.start - a.span.start);
  let result = text;
  for (const edit of chosen) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return { text: result, applied };
}
