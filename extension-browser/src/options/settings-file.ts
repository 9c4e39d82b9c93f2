// `exkb-settings.json`: the sites and imported entries, exported from and imported into the options
// page. Importing one is a restore: it replaces the sites and the imported files, after the same
// checks as an import of Markdown files (any problem, and nothing changes).
import { AREAS } from '@exkb/knowledge';
import { siteOf } from '../shared/sites.js';
import type { ImportedFile, Settings } from '../shared/settings.js';
import { checkImportedFiles } from '../background/imported-entries.js';
import type { ImportProblem } from './import-problem.js';

export const SETTINGS_FILE_NAME = 'exkb-settings.json';
export const SETTINGS_FILE_FORMAT = 1;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  sites: { enabled: string[]; disabled: string[] };
  importedFiles: ImportedFile[];
}

export function exportSettings(settings: Settings): SettingsFile {
  return {
    format: SETTINGS_FILE_FORMAT,
    sites: { enabled: [...settings.enabledSites], disabled: [...settings.disabledSites] },
    importedFiles: settings.importedFiles.map((file) => ({ name: file.name, text: file.text })),
  };
}

export function serializeSettings(settings: Settings): string {
  return `${JSON.stringify(exportSettings(settings), null, 2)}\n`;
}

export type ParsedSettingsFile = { ok: true; settings: Settings } | { ok: false; problems: ImportProblem[] };

/** Reads a settings file named `file`; every problem is reported, and a file with any is refused whole. */
export function parseSettingsFile(text: string, file: string, bundledIds: ReadonlySet<string>): ParsedSettingsFile {
  const problems: ImportProblem[] = [];
  const problem = (message: string, field?: string, at = { line: 1, column: 1 }) => problems.push({ code: 'SETTINGS', file, ...at, ...(field ? { field } : {}), message });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problem(`not valid JSON (${error instanceof Error ? error.message : String(error)}); export the settings again`, undefined, jsonErrorPosition(text, error));
    return { ok: false, problems };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problem('not an exkb settings file (expected an object with format, sites and importedFiles)');
    return { ok: false, problems };
  }
  const record = json as Record<string, unknown>;
  if (record.format !== SETTINGS_FILE_FORMAT) problem(`format ${JSON.stringify(record.format)} is not one this version reads; it reads format ${SETTINGS_FILE_FORMAT}`, 'format');
  const sites = typeof record.sites === 'object' && record.sites !== null ? (record.sites as Record<string, unknown>) : undefined;
  if (sites === undefined) problem('missing; expected { "enabled": [...], "disabled": [...] }', 'sites');
  const siteList = (key: 'enabled' | 'disabled'): string[] => {
    const value = sites?.[key] ?? [];
    if (!Array.isArray(value)) {
      problem('must be a list of sites such as "https://mail.contoso.com"', `sites.${key}`);
      return [];
    }
    return value.flatMap((site, index) => {
      if (typeof site === 'string' && siteOf(site) === site) return [site];
      problem(`${JSON.stringify(site)} is not a site; write the origin only, such as "https://mail.contoso.com"`, `sites.${key}[${index}]`);
      return [];
    });
  };
  const enabled = siteList('enabled');
  const disabled = siteList('disabled');
  const files = readFiles(record.importedFiles, problem);
  if (problems.length > 0) return { ok: false, problems };

  const checked = checkImportedFiles(files, bundledIds);
  if (checked.problems.length > 0) return { ok: false, problems: checked.problems.map((entryProblem) => ({ ...entryProblem, file: `${file} › ${entryProblem.file}` })) };
  return { ok: true, settings: { enabledSites: [...new Set(enabled)].sort(), disabledSites: [...new Set(disabled)].sort(), importedFiles: files } };
}

function readFiles(value: unknown, problem: (message: string, field?: string) => void): ImportedFile[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problem('must be a list of { "name": "<area>/<id>.md", "text": "…" }', 'importedFiles');
    return [];
  }
  const names = new Set<string>();
  return value.flatMap((item: unknown, index) => {
    const file = item as Partial<ImportedFile> | null;
    if (typeof file !== 'object' || file === null || typeof file.name !== 'string' || typeof file.text !== 'string') {
      problem('must be { "name": "<area>/<id>.md", "text": "…" }', `importedFiles[${index}]`);
      return [];
    }
    if (names.has(file.name)) {
      problem(`"${file.name}" appears twice`, `importedFiles[${index}].name`);
      return [];
    }
    names.add(file.name);
    return [{ name: file.name, text: file.text }];
  });
}

/** V8 says "at position N" or "(line L column C)"; either becomes a line and column. */
function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return { line: 1, column: 1 };
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** `kb/mail-flow/x.md` → `mail-flow/x.md`; a file without an area folder gets `area` when one is chosen. */
export function importName(path: string, area: string | undefined): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  const name = parts.at(-1) ?? path;
  const folder = parts.at(-2);
  if (folder !== undefined && (AREAS as readonly string[]).includes(folder)) return `${folder}/${name}`;
  if (area) return `${area}/${name}`;
  return folder === undefined ? name : `${folder}/${name}`;
}
