import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkEntries, type CheckedEntries, type EntrySource } from '../entry/collection.js';

/**
 * Reads every `*.md` below `root` (entries live at `<area>/<id>.md`) and checks them together.
 * `displayFrom` is the folder problem paths are shown relative to.
 */
export async function readEntries(root: string, options: { displayFrom?: string; known?: ReadonlySet<string> } = {}): Promise<CheckedEntries> {
  const displayFrom = options.displayFrom ?? process.cwd();
  const files = await markdownFiles(root);
  const sources: EntrySource[] = await Promise.all(
    files.map(async (absolute) => ({
      relativePath: path.relative(root, absolute).split(path.sep).join('/'),
      file: path.relative(displayFrom, absolute).split(path.sep).join('/') || absolute,
      text: await readFile(absolute, 'utf8'),
    })),
  );
  return checkEntries(sources, options.known);
}

async function markdownFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(folder, { withFileTypes: true })) {
    const absolute = path.join(folder, item.name);
    if (item.isDirectory()) found.push(...(await markdownFiles(absolute)));
    else if (item.isFile() && item.name.toLowerCase().endsWith('.md') && item.name.toLowerCase() !== 'readme.md') found.push(absolute);
  }
  return found.sort();
}
