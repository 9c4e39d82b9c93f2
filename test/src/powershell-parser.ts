// The language server's PowerShell parser, for the suites that measure or compare it. The package
// exports only its public entry points, so the compiled module is loaded by path.
// TODO(lead): export `./powershell` from language-server/package.json and import it by name.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ParsedSyntax, TokenKind } from '../../language-server/src/powershell/index.js';
import { REPO_ROOT, SHARED_ROOT } from './paths.js';

export type { ParsedSyntax };

export interface PowerShellModule {
  parseScript(text: string): ParsedSyntax;
  readonly TokenKind: typeof TokenKind;
}

const MODULE = path.join(REPO_ROOT, 'language-server', 'dist', 'src', 'powershell', 'index.js');

export async function loadPowerShell(): Promise<PowerShellModule> {
  return (await import(pathToFileURL(MODULE).href)) as PowerShellModule;
}

export async function loadParser(): Promise<(text: string) => ParsedSyntax> {
  return (await loadPowerShell()).parseScript;
}

/** The real-script corpus beside the clone (`../shared/corpus/scripts`). */
export const CORPUS_ROOT = path.join(SHARED_ROOT, 'corpus', 'scripts');

/** Every PowerShell file (.ps1, .psm1, .psd1, any case) under `folder`, sorted; none when the folder is absent. */
export function powershellFiles(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return powershellFiles(full);
      return /\.ps[dm]?1$/i.test(entry.name) ? [full] : [];
    })
    .sort();
}

/** UTF-8 with or without BOM, or UTF-16 with a BOM, as Windows editors write scripts. */
export function decodeScript(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
