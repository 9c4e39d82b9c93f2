// One import from the options page (picked or dropped files), checked as a whole before anything
// is stored. Markdown files are added to the imported files (a file of the same name is replaced);
// a settings file restores everything. Any problem in any file, and nothing is imported.
import type { ImportedFile, Settings } from '../shared/settings.js';
import { checkImportedFiles, mergeImportedFiles } from '../background/imported-entries.js';
import type { ImportProblem } from './import-problem.js';
import { parseSettingsFile } from './settings-file.js';

/** A picked or dropped file: `name` is already its import name (`<area>/<id>.md`). */
export interface PickedFile {
  name: string;
  text: string;
}

export type PreparedImport =
  | { ok: true; kind: 'entries'; settings: Pick<Settings, 'importedFiles'>; added: string[]; replaced: string[] }
  | { ok: true; kind: 'settings'; settings: Settings }
  | { ok: false; problems: ImportProblem[] };

export function prepareImport(current: Settings, picked: readonly PickedFile[], bundledIds: ReadonlySet<string>): PreparedImport {
  if (picked.length === 0) return { ok: false, problems: [{ code: 'SETTINGS', file: '(none)', line: 1, column: 1, message: 'no file was chosen; pick Markdown entries (.md) or an exkb-settings.json' }] };
  const settingsFiles = picked.filter((file) => file.name.toLowerCase().endsWith('.json'));
  const markdown = picked.filter((file) => file.name.toLowerCase().endsWith('.md'));
  const other = picked.filter((file) => !settingsFiles.includes(file) && !markdown.includes(file));
  const problems: ImportProblem[] = other.map((file) => ({ code: 'SETTINGS', file: file.name, line: 1, column: 1, message: 'not a Markdown entry (.md) or an exkb settings file (.json)' }));
  if (settingsFiles.length > 0 && (settingsFiles.length > 1 || markdown.length > 0)) {
    problems.push({ code: 'SETTINGS', file: settingsFiles[0]?.name ?? '', line: 1, column: 1, message: 'a settings file restores everything, so import it on its own' });
  }
  const seen = new Set<string>();
  for (const file of markdown) {
    if (seen.has(file.name)) problems.push({ code: 'SETTINGS', file: file.name, line: 1, column: 1, message: 'chosen twice (two folders hold a file of this name); import one of them' });
    seen.add(file.name);
  }
  if (problems.length > 0) return { ok: false, problems };

  const settingsFile = settingsFiles[0];
  if (settingsFile) {
    const parsed = parseSettingsFile(settingsFile.text, settingsFile.name, bundledIds);
    return parsed.ok ? { ok: true, kind: 'settings', settings: parsed.settings } : parsed;
  }
  const importedFiles = mergeImportedFiles(current.importedFiles, markdown);
  // Checked together with the files kept from before, so an id used twice is caught either way.
  const checked = checkImportedFiles(importedFiles, bundledIds);
  if (checked.problems.length > 0) return { ok: false, problems: checked.problems };
  const before = new Set(current.importedFiles.map((file: ImportedFile) => file.name));
  const names = [...new Set(markdown.map((file) => file.name))].sort();
  return { ok: true, kind: 'entries', settings: { importedFiles }, added: names.filter((name) => !before.has(name)), replaced: names.filter((name) => before.has(name)) };
}
