/**
 * The validation error catalogue. Codes are stable: documentation, fixtures and users' CI logs
 * refer to them. Each code has a failing fixture in `fixtures/invalid/<code>/`.
 */
export const ENTRY_PROBLEMS = {
  KB001: 'missing required field',
  KB002: 'wrong type',
  KB003: 'value not allowed',
  KB004: 'unknown field',
  KB005: 'badly formed value',
  KB006: 'duplicate item',
  KB007: 'empty list',
  KB008: 'front matter missing or not YAML',
  KB009: 'unrecognised error code',
  KB010: 'required section missing',
  KB011: 'heading outside the outline',
  KB012: 'section out of order or repeated',
  KB013: 'malformed PowerShell snippet',
  KB014: 'invalid entry id',
  KB015: 'duplicate entry id',
  KB016: 'link to an unknown entry',
  KB017: 'unknown area',
  KB018: 'empty section',
  KB019: 'entries sharing a code not told apart',
  KB020: 'file unreadable or not text',
} as const;

export type EntryProblemCode = keyof typeof ENTRY_PROBLEMS;

/** One thing wrong with an entry, located precisely enough to jump to. Lines and columns are 1-based. */
export interface EntryProblem {
  code: EntryProblemCode;
  file: string;
  line: number;
  column: number;
  /** The front-matter field (`products[2]`) or body part (`## Fix`) concerned, when there is one. */
  field?: string;
  message: string;
}

/** `file:line:column KBnnn field: message`, the format every tool prints. */
export function formatProblem(problem: EntryProblem): string {
  const field = problem.field === undefined ? '' : `${problem.field}: `;
  return `${problem.file}:${problem.line}:${problem.column} ${problem.code} ${field}${problem.message}`;
}
