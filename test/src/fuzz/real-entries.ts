// The shipped knowledge entries as text: the seed material the entry and lint fuzzers mutate.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../paths.js';

export const ENTRIES_ROOT = path.join(REPO_ROOT, 'knowledge', 'entries');

export interface EntryText {
  /** `<area>/<id>.md`, as `parseEntry` expects. */
  readonly relativePath: string;
  readonly text: string;
}

export function readEntryTexts(): EntryText[] {
  return readdirSync(ENTRIES_ROOT, { withFileTypes: true })
    .filter((area) => area.isDirectory())
    .flatMap((area) =>
      readdirSync(path.join(ENTRIES_ROOT, area.name))
        .filter((name) => name.endsWith('.md'))
        .map((name) => ({ relativePath: `${area.name}/${name}`, text: readFileSync(path.join(ENTRIES_ROOT, area.name, name), 'utf8') })),
    )
    .sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}
