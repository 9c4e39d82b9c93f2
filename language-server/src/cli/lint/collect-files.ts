// Turns the paths on the command line into the list of scripts to lint.
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileErrorReason } from '../io.js';
import { specialFileKind } from '../read-file.js';

/** PowerShell scripts, modules and data files, in any case (`.PS1` is common on Windows). */
export const SCRIPT_FILE = /\.ps[md]?1$/i;
/** Never walked into: dependencies and version control. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

export interface ScriptPath {
  /** As the user will recognise it: the given path joined with the part found by walking. */
  readonly shown: string;
  readonly absolute: string;
}

export interface CollectedFiles {
  readonly files: readonly ScriptPath[];
  /** One line per path that could not be read: the run is incomplete. */
  readonly problems: readonly string[];
  /** One line per script-named entry that is not a file to lint (a dangling link, a FIFO): nothing lost. */
  readonly notes: readonly string[];
}

/**
 * A file named on the command line is linted whatever its extension; a folder is walked for
 * scripts in name order. Symbolic links are followed, like a shell would. Each file is listed once,
 * even when reached twice (through a symlink or two overlapping paths); a folder reached again
 * (a second link to it, or a link to a folder above it) is not walked again, so loops end silently.
 * Only names are kept while walking, so thousands of files cost no open file handles.
 */
export async function collectFiles(paths: readonly string[], cwd: string): Promise<CollectedFiles> {
  const files: ScriptPath[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();

  const addFile = async (shown: string, absolute: string) => {
    const real = await realpath(absolute).catch(() => absolute);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push({ shown, absolute });
  };

  const walk = async (shown: string, absolute: string): Promise<void> => {
    const real = await realpath(absolute).catch(() => absolute);
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    let entries: Array<{ entry: Dirent<Buffer>; name: string }>;
    try {
      // Names as bytes: a name that is not UTF-8 would otherwise turn into U+FFFD and then not be found.
      entries = (await readdir(absolute, { withFileTypes: true, encoding: 'buffer' }))
        .map((entry) => ({ entry, name: entry.name.toString('utf8') }))
        .sort((a, b) => byCodePoint(a.name, b.name));
    } catch (error) {
      problems.push(`cannot read folder ${shown}: ${reason(error)}`);
      return;
    }
    for (const { entry, name } of entries) {
      if (SKIPPED_FOLDERS.has(name.toLowerCase())) continue;
      const childShown = path.join(shown, name);
      const childAbsolute = path.join(absolute, name);
      if (!Buffer.from(name, 'utf8').equals(entry.name)) {
        if (entry.isDirectory() || SCRIPT_FILE.test(name)) problems.push(`cannot read ${childShown}: its name is not valid UTF-8; rename it`);
        continue;
      }
      if (entry.isDirectory()) {
        await walk(childShown, childAbsolute);
        continue;
      }
      const isScript = SCRIPT_FILE.test(name);
      if (entry.isFile()) {
        if (isScript) await addFile(childShown, childAbsolute);
        continue;
      }
      // A symbolic link (or a file system that does not say): follow it to see what it is.
      let info: Stats;
      try {
        info = await stat(childAbsolute);
      } catch (error) {
        if (isScript) notes.push(`skipped ${childShown}: ${linkReason(error, entry)}`);
        continue;
      }
      if (info.isDirectory()) await walk(childShown, childAbsolute);
      else if (isScript && info.isFile()) await addFile(childShown, childAbsolute);
      else if (isScript) notes.push(`skipped ${childShown}: ${specialFileKind(info) ?? 'it is not a regular file'}`);
    }
  };

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      problems.push(`cannot read ${given}: ${reason(error)}`);
      continue;
    }
    if (info.isDirectory()) await walk(path.normalize(given), absolute);
    else if (info.isFile()) await addFile(path.normalize(given), absolute);
    else problems.push(`cannot read ${given}: ${specialFileKind(info) ?? 'it is not a regular file'}`);
  }
  return { files, problems, notes };
}

function linkReason(error: unknown, entry: Dirent<Buffer>): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (entry.isSymbolicLink() && code === 'ENOENT') return 'a symbolic link to nothing (its target does not exist)';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  return reason(error);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function reason(error: unknown): string {
  return fileErrorReason(error, 'no such file or folder');
}
