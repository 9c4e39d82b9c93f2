// The team's own entries, imported in the options page and kept as written (`importedFiles`).
// One check serves both the import (refuse the whole import when any file has a problem) and the
// background's load (leave out whatever no longer passes, e.g. after an update added the same id).
//
// Decision on ids: an imported file whose id is a bundled entry's id is a problem (KB015), as in
// the language server's extra knowledge folders; the bundled entry always wins, so the browser,
// the CLI and the editor give the same answer for the same id. Rename the imported file instead.
import { checkEntries, type Entry, type EntryProblem } from '@exkb/knowledge';
import type { ImportedFile } from '../shared/settings.js';

export interface CheckedImport {
  /** Entries that passed, sorted by id. */
  entries: Entry[];
  /** Every problem of every file, by file and line. */
  problems: EntryProblem[];
}

/**
 * A file's name is its path under a knowledge folder, `<area>/<id>.md` (the layout of
 * knowledge/entries), because parseEntry reads the area from the folder and the id from the name.
 */
export function checkImportedFiles(files: readonly ImportedFile[], bundledIds: ReadonlySet<string>): CheckedImport {
  const sources = files.map((file) => ({ relativePath: file.name, file: file.name, text: file.text }));
  const checked = checkEntries(sources, bundledIds);
  const problems = [...checked.problems];
  const entries: Entry[] = [];
  for (const entry of checked.entries) {
    if (bundledIds.has(entry.id)) {
      problems.push({ code: 'KB015', file: entry.file, line: 1, column: 1, message: `the id "${entry.id}" is already used by a built-in entry; rename the file (the built-in entry always wins)` });
      continue;
    }
    entries.push(entry);
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { entries, problems };
}

/** Adds `incoming` to `current`: a file of the same name is replaced, the others are kept; sorted by name. */
export function mergeImportedFiles(current: readonly ImportedFile[], incoming: readonly ImportedFile[]): ImportedFile[] {
  const byName = new Map(current.map((file) => [file.name, file]));
  for (const file of incoming) byName.set(file.name, file);
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
