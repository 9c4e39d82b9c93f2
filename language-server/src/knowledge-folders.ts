// Node-only: the user's extra knowledge folders (`knowledgeFolders` of the config), read the one
// way the language server and `exkb stats` share: every entry checked, an entry with a problem or
// an id already taken (bundled ids first, then earlier folders) left out and reported.
import path from 'node:path';
import { formatProblem, type Entry } from '@exkb/knowledge';
import { readEntries } from '@exkb/knowledge/node';

export interface FolderKnowledge {
  /** Absolute path of the folder. */
  folder: string;
  entries: Entry[];
  /** `file:line:column KBnnn message`, one per problem; an unreadable folder is one problem. */
  problems: string[];
}

export interface ExtraKnowledge {
  folders: FolderKnowledge[];
  /** Absolute path of each extra entry's file, by id. */
  files: Map<string, string>;
}

/** Reads each folder once, in the order given; `taken` holds the ids already in use (the bundled entries). */
export async function readKnowledgeFolders(folders: readonly string[], taken: ReadonlySet<string>): Promise<ExtraKnowledge> {
  const known = new Set(taken);
  const files = new Map<string, string>();
  const read: FolderKnowledge[] = [];
  for (const folder of [...new Set(folders.map((each) => path.resolve(each)))]) {
    let checked;
    try {
      checked = await readEntries(folder, { displayFrom: folder, known });
    } catch (error) {
      read.push({ folder, entries: [], problems: [`${folder}: cannot read the knowledge folder (${unreadableReason(error)})`] });
      continue;
    }
    const problems = checked.problems.map((problem) => formatProblem({ ...problem, file: path.join(folder, problem.file) }));
    const entries: Entry[] = [];
    for (const entry of checked.entries) {
      const file = path.join(folder, entry.file);
      if (known.has(entry.id)) {
        problems.push(`${file}:1:1 KB015 the id "${entry.id}" is already used by ${files.get(entry.id) ?? 'a bundled entry'}; rename the file`);
        continue;
      }
      known.add(entry.id);
      files.set(entry.id, file);
      entries.push(entry);
    }
    read.push({ folder, entries, problems });
  }
  return { folders: read, files };
}

function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a folder';
  return code ?? (error instanceof Error ? error.message : String(error));
}
