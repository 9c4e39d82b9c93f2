// The user's extra knowledge folders (`knowledgeFolders` of the config), read as the language
// server reads them: every entry checked, an entry with a problem or a taken id left out.
import path from 'node:path';
import { formatProblem, type Entry } from '@exkb/knowledge';
import { readEntries } from '@exkb/knowledge/node';
import { fileErrorReason } from '../io.js';

export interface FolderKnowledge {
  /** Absolute path of the folder. */
  folder: string;
  entries: Entry[];
  /** `file:line:column KBnnn message`, one per problem; an unreadable folder is one problem. */
  problems: string[];
}

/** Reads each folder once, in the order given; `taken` holds the ids already in use (the bundled entries). */
export async function readKnowledgeFolders(folders: readonly string[], taken: ReadonlySet<string>): Promise<FolderKnowledge[]> {
  const known = new Set(taken);
  const read: FolderKnowledge[] = [];
  for (const folder of [...new Set(folders.map((each) => path.resolve(each)))]) {
    let checked;
    try {
      checked = await readEntries(folder, { displayFrom: folder, known });
    } catch (error) {
      read.push({ folder, entries: [], problems: [`${folder}: cannot read the knowledge folder: ${fileErrorReason(error, 'no such folder')}`] });
      continue;
    }
    const problems = checked.problems.map((problem) => formatProblem({ ...problem, file: path.join(folder, problem.file) }));
    const entries: Entry[] = [];
    for (const entry of checked.entries) {
      if (known.has(entry.id)) {
        problems.push(`${path.join(folder, entry.file)}:1:1 the id "${entry.id}" is already used by another entry; rename the file`);
        continue;
      }
      known.add(entry.id);
      entries.push(entry);
    }
    read.push({ folder, entries, problems });
  }
  return read;
}
