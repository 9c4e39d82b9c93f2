// What the importer reports instead of throwing: every slip of the reference names its file and
// line, and the page is still imported as well as it can be.

/** Kinds of problem, so a run can be summarised ("12 syntax, 3 yaml"). */
export type ProblemKind =
  | 'page' // the page can't be read or lacks a section the model needs
  | 'front-matter'
  | 'products' // an `applicable:` / `> Applicable:` list with a slip
  | 'syntax' // a SYNTAX block that doesn't follow the notation
  | 'yaml' // a parameter's yaml block
  | 'parameters' // SYNTAX and PARAMETERS disagree on which parameters there are
  | 'position'; // a syntax block writes as named a parameter its yaml gives a Position

/** A problem found inside a page, before the caller knows the file's name. */
export interface LineProblem {
  readonly line: number;
  readonly kind: ProblemKind;
  readonly message: string;
}

export interface ImportProblem extends LineProblem {
  /** The page's file name, relative to the reference folder (`Set-Mailbox.md`). */
  readonly file: string;
}

export function formatProblem(problem: ImportProblem): string {
  return `${problem.file}:${problem.line}: ${problem.kind}: ${problem.message}`;
}
