import type { Finding } from './lint.js';
import type { TextEdit } from './rules/rule.js';

/**
 * The edits of the fixes that can be applied together, in text order. A fix whose edits overlap
 * an earlier fix's waits for the next run, as ESLint does; the editor's "fix all" and
 * `exkb lint --fix` both choose with this.
 */
export function nonOverlappingEdits(findings: readonly Finding[]): TextEdit[] {
  return chooseFixes(findings).flat().sort((a, b) => a.span.start - b.span.start);
}

/** Applies the fixes of the given findings in one pass; `applied` counts the fixes made. */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const fixes = chooseFixes(findings);
  let result = text;
  for (const edit of fixes.flat().sort((a, b) => b.span.start - a.span.start)) {
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return { text: result, applied: fixes.length };
}

function chooseFixes(findings: readonly Finding[]): TextEdit[][] {
  const fixes = findings
    .flatMap((finding) => (finding.fix ? [[...finding.fix.edits].sort((a, b) => a.span.start - b.span.start)] : []))
    .filter((edits) => edits.length > 0)
    .sort((a, b) => (a[0]?.span.start ?? 0) - (b[0]?.span.start ?? 0));
  const chosen: TextEdit[] = [];
  const applied: TextEdit[][] = [];
  for (const edits of fixes) {
    const clash = edits.some((edit) =>
      chosen.some(
        (taken) =>
          (edit.span.start < taken.span.end && taken.span.start < edit.span.end) ||
          (edit.span.start === taken.span.start && edit.span.end === taken.span.end),
      ),
    );
    if (clash) continue;
    chosen.push(...edits);
    applied.push(edits);
  }
  return applied;
}
