import type { EntryProblem } from './diagnostics.js';
import { findCodeClashes, SYMPTOM_OVERLAP_LIMIT } from './duplicates.js';
import type { Entry } from './model.js';
import { parseEntry } from './parse-entry.js';

export interface EntrySource {
  /** `<area>/<id>.md` under the entries folder. */
  relativePath: string;
  /** How problems name the file (usually the path from the working directory). */
  file: string;
  text: string;
}

export interface CheckedEntries {
  entries: Entry[];
  problems: EntryProblem[];
}

/**
 * Parses every source and checks what needs them all: unique ids and links that land. Entries
 * come back sorted by id; problems by file and line. `known` holds ids that exist elsewhere
 * (the built-in entries, when checking a user's extra folder) so links to them are fine.
 */
export function checkEntries(sources: readonly EntrySource[], known: ReadonlySet<string> = new Set()): CheckedEntries {
  const problems: EntryProblem[] = [];
  const entries: Entry[] = [];
  const firstFileOfId = new Map<string, string>();
  for (const source of [...sources].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
    const parsed = parseEntry(source.text, source.relativePath, source.file);
    problems.push(...parsed.problems);
    const id = source.relativePath.split('/').at(-1)?.replace(/\.md$/i, '') ?? '';
    const first = firstFileOfId.get(id);
    if (first !== undefined) {
      problems.push({ code: 'KB015', file: source.file, line: 1, column: 1, message: `the id "${id}" is already used by ${first}; ids are unique across areas, so rename one of the files` });
      continue;
    }
    firstFileOfId.set(id, source.file);
    if (parsed.entry) entries.push(parsed.entry);
  }
  const sourceOf = new Map(sources.map((source) => [source.relativePath, source]));
  for (const entry of entries) {
    const source = sourceOf.get(entry.file);
    for (const target of entry.links) {
      if (firstFileOfId.has(target) || known.has(target)) continue;
      problems.push({
        code: 'KB016',
        file: source?.file ?? entry.file,
        line: lineOf(source?.text ?? '', `exkb:${target}`),
        column: 1,
        field: 'link',
        message: `exkb:${target} links to an entry that does not exist; fix the id or remove the link`,
      });
    }
  }
  const broken = new Set(problems.filter((problem) => problem.code === 'KB016').map((problem) => problem.file));
  const linked = entries.filter((entry) => !broken.has(sourceOf.get(entry.file)?.file ?? entry.file));
  const clashing = codeClashProblems(linked, sourceOf);
  problems.push(...clashing);
  const clashed = new Set(clashing.map((problem) => problem.file));
  const kept = linked.filter((entry) => !clashed.has(sourceOf.get(entry.file)?.file ?? entry.file));
  kept.sort((a, b) => a.id.localeCompare(b.id));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { entries: kept, problems };
}

/**
 * KB019: two entries sharing a code must differ in title and symptoms. The problem is reported on
 * the second by id, naming the first, and only the second is left out.
 */
function codeClashProblems(entries: readonly Entry[], sourceOf: ReadonlyMap<string, EntrySource>): EntryProblem[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return findCodeClashes(entries).map((clash) => {
    const first = byId.get(clash.first);
    const second = byId.get(clash.second);
    const firstFile = (first && sourceOf.get(first.file)?.file) ?? first?.file ?? clash.first;
    const source = second ? sourceOf.get(second.file) : undefined;
    const field = clash.sameTitle ? 'title' : 'symptoms';
    const what = clash.sameTitle ? 'the same title' : `symptoms that overlap ${clash.symptomOverlap.toFixed(2)} (Jaccard of the phrases; keep it below ${SYMPTOM_OVERLAP_LIMIT})`;
    return {
      code: 'KB019',
      file: source?.file ?? second?.file ?? clash.second,
      line: fieldLine(source?.text ?? '', field),
      column: 1,
      field,
      message: `shares ${clash.codes.join(', ')} with ${firstFile} and has ${what}; entries for one code must be told apart by title and symptoms, so reword one or merge them`,
    };
  });
}

/** The line of a top-level front-matter field. */
function fieldLine(text: string, field: string): number {
  const match = new RegExp(`^${field}\\s*:`, 'm').exec(text);
  return match === null ? 1 : text.slice(0, match.index).split('\n').length;
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}
