// What the hostile-input suites lint: one script with exactly one finding (so every linted file shows
// up once in the JSON report) and a builder for trees of files in a scratch folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TEST_ROOT } from './paths.js';

export const RULE = 'require-sender-authentication-external';
/** Two lines; the finding is `$true` at 2:67–2:72 (info by default). */
export const FLAGGED = readFileSync(path.join(TEST_ROOT, 'fixtures', 'lint', 'scripts', 'groups.ps1'), 'utf8');
export const FIXED = FLAGGED.replace('-RequireSenderAuthenticationEnabled $true', '-RequireSenderAuthenticationEnabled $false');
/** Makes the finding an error, so a run that finds it exits 1. */
export const AS_ERROR = ['--rule', `${RULE}=error`] as const;

/** One finding of `exkb lint --format json`. */
export interface Row {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
  entries: string[];
  fix?: { title: string; edits: Array<{ line: number; column: number; endLine: number; endColumn: number; text: string }> };
}

export function rows(stdout: string): Row[] {
  return JSON.parse(stdout) as Row[];
}

/** The files of a JSON report, in report order. */
export function filesOf(stdout: string): string[] {
  return rows(stdout).map((row) => row.file);
}

/** Writes each file (creating folders); returns the root. */
export function writeTree(root: string, files: Readonly<Record<string, string | Uint8Array>>): string {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), content);
  }
  return root;
}
