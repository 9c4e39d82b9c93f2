// Which entry "exkb: Show entry for diagnostic" opens: of the exkb diagnostics at the cursor, the
// most severe one (the narrowest when severities tie), and the first entry it cites (the server
// puts the main one first in `data.entries`). Pure over protocol diagnostics, so it is a table.
import type { Diagnostic } from 'vscode-languageclient';

export interface DiagnosticEntry {
  readonly id: string;
  /** The rule id of the diagnostic it comes from. */
  readonly rule: string;
}

/** Protocol severities: 1 error … 4 hint; a diagnostic without one counts as an error, as VS Code shows it. */
const severityOf = (diagnostic: Diagnostic): number => diagnostic.severity ?? 1;

/** Lines first, then characters: enough to tell the narrower of two ranges that both hold the cursor. */
function extent({ range: { start, end } }: Diagnostic): [number, number] {
  return [end.line - start.line, end.line === start.line ? end.character - start.character : end.character];
}

export function entryOfDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticEntry | undefined {
  const ranked = diagnostics
    .map((diagnostic) => ({ diagnostic, id: citedEntries(diagnostic.data)[0] }))
    .filter((item): item is { diagnostic: Diagnostic; id: string } => item.id !== undefined)
    .sort((a, b) => {
      const [aLines, aChars] = extent(a.diagnostic);
      const [bLines, bChars] = extent(b.diagnostic);
      return severityOf(a.diagnostic) - severityOf(b.diagnostic) || aLines - bLines || aChars - bChars;
    });
  const best = ranked[0];
  return best ? { id: best.id, rule: String(best.diagnostic.code ?? '') } : undefined;
}

/** `data.entries` as the server sends it (`DiagnosticData`); anything else cites nothing. */
export function citedEntries(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const entries = (data as { entries?: unknown }).entries;
  return Array.isArray(entries) ? entries.filter((id): id is string => typeof id === 'string' && id !== '') : [];
}
