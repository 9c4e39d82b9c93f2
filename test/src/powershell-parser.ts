// The language server's PowerShell parser, for the suites that measure or compare it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as powershell from 'exkb-language-server/powershell';
import type { ParsedSyntax, TokenKind } from 'exkb-language-server/powershell';
import { SHARED_ROOT } from './paths.js';

export type { ParsedSyntax };

export interface PowerShellModule {
  parseScript(text: string): ParsedSyntax;
  readonly TokenKind: typeof TokenKind;
}

export async function loadPowerShell(): Promise<PowerShellModule> {
  return powershell;
}

export async function loadParser(): Promise<(text: string) => ParsedSyntax> {
  return powershell.parseScript;
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
