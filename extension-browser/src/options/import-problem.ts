// A problem of an import: an entry problem of the knowledge validator, or one of the settings file
// itself. Both print the way every exkb tool prints problems: `file:line:column CODE field: message`.
import { formatProblem, type EntryProblem } from '@exkb/knowledge';

export type ImportProblem = EntryProblem | (Omit<EntryProblem, 'code'> & { code: 'SETTINGS' });

export function formatImportProblem(problem: ImportProblem): string {
  if (problem.code !== 'SETTINGS') return formatProblem(problem);
  const field = problem.field === undefined ? '' : `${problem.field}: `;
  return `${problem.file}:${problem.line}:${problem.column} ${problem.code} ${field}${problem.message}`;
}
