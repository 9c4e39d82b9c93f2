// Runs @vscode/vsce's command line on the extension folder. It has no type declarations, so its
// CLI is the interface; `--no-dependencies` because the bundles carry every dependency.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { EXTENSION_ROOT } from './paths.js';

const VSCE_BIN = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');

/** `vsce <args> --no-dependencies` in the extension folder; throws with vsce's output when it fails. */
export function vsce(args: readonly string[]): string {
  const result = spawnSync(process.execPath, [VSCE_BIN, ...args, '--no-dependencies'], { cwd: EXTENSION_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vsce ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** The files the .vsix would contain, as `vsce ls` prints them (relative, `/`-separated). */
export function packagedFiles(): string[] {
  return vsce(['ls']).split('\n').map((line) => line.trim()).filter((line) => line !== '');
}
