import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkEntries, type CheckedEntries, type EntrySource } from '../entry/collection.js';
import { decodeEntryText } from '../entry/decode-entry-text.js';
import type { EntryProblem } from '../entry/diagnostics.js';

/**
 * Reads every `*.md` below `root` (entries live at `<area>/<id>.md`) and checks them together.
 * `displayFrom` is the folder problem paths are shown relative to. Only `root` itself must be
 * readable: a subfolder or file that cannot be read, or is not text, is one KB020 problem and the
 * other entries are still read. Symbolic links are not followed, so a link loop cannot trap it.
 */
export async function readEntries(root: string, options: { displayFrom?: string; known?: ReadonlySet<string> } = {}): Promise<CheckedEntries> {
  const displayFrom = options.displayFrom ?? process.cwd();
  const shown = (absolute: string) => path.relative(displayFrom, absolute).split(path.sep).join('/') || absolute;
  const unreadable: EntryProblem[] = [];
  const files = await markdownFiles(root, true, (folder, error) => unreadable.push({ code: 'KB020', file: shown(folder), line: 1, column: 1, message: `cannot read this folder (${reason(error)}); its entries were left out` }));
  const sources: EntrySource[] = [];
  await Promise.all(
    files.map(async (absolute) => {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(absolute);
      } catch (error) {
        unreadable.push({ code: 'KB020', file: shown(absolute), line: 1, column: 1, message: `cannot read this file (${reason(error)})` });
        return;
      }
      const decoded = decodeEntryText(bytes);
      if (!decoded.ok) {
        unreadable.push({ code: 'KB020', file: shown(absolute), line: decoded.line, column: decoded.column, message: decoded.message });
        return;
      }
      sources.push({ relativePath: path.relative(root, absolute).split(path.sep).join('/'), file: shown(absolute), text: decoded.text });
    }),
  );
  const checked = checkEntries(sources, options.known);
  const problems = [...unreadable, ...checked.problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { entries: checked.entries, problems };
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it disappeared while being read';
  if (code === 'EISDIR') return 'it is a folder';
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** The root must be readable (its error is thrown); below it, an unreadable folder is reported and skipped. */
async function markdownFiles(folder: string, isRoot: boolean, onUnreadable: (folder: string, error: unknown) => void): Promise<string[]> {
  let items;
  try {
    items = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (isRoot) throw error;
    onUnreadable(folder, error);
    return [];
  }
  const found: string[] = [];
  for (const item of items) {
    const absolute = path.join(folder, item.name);
    if (item.isDirectory()) found.push(...(await markdownFiles(absolute, false, onUnreadable)));
    else if (item.isFile() && item.name.toLowerCase().endsWith('.md') && item.name.toLowerCase() !== 'readme.md') found.push(absolute);
  }
  return found.sort();
}
