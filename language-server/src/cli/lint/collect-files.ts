// Turns the paths on the command line into the list of scripts to lint.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileErrorReason } from '../io.js';

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
  /** One line per path that could not be read. */
  readonly problems: readonly string[];
}

/**
 * A file named on the command line is linted whatever its extension; a folder is walked for
 * scripts in name order. Each file is listed once, even when reached twice (through a symlink or
 * two overlapping paths); a folder reached again through a symlink is not walked again.
 */
export async function collectFiles(paths: readonly string[], cwd: string): Promise<CollectedFiles> {
  const files: ScriptPath[] = [];
  const problems: string[] = [];
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
    let names: string[];
    try {
      names = (await readdir(absolute)).sort(byCodePoint);
    } catch (error) {
      problems.push(`cannot read folder ${shown}: ${reason(error)}`);
      return;
    }
    for (const name of names) {
      if (SKIPPED_FOLDERS.has(name.toLowerCase())) continue;
      const childShown = path.join(shown, name);
      const childAbsolute = path.join(absolute, name);
      // stat follows symlinks: a link to a folder is walked (once), a dangling link is skipped.
      const info = await stat(childAbsolute).catch(() => undefined);
      if (info?.isDirectory()) await walk(childShown, childAbsolute);
      else if (info?.isFile() && SCRIPT_FILE.test(name)) await addFile(childShown, childAbsolute);
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
    else await addFile(path.normalize(given), absolute);
  }
  return { files, problems };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function reason(error: unknown): string {
  return fileErrorReason(error, 'no such file or folder');
}
