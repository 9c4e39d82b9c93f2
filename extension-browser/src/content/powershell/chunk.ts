// Entry point of powershell.js (ESM, web-accessible), imported by the content script only on
// pages with a PowerShell-looking block. The cmdlet model sits beside this file in the build.
import type { CmdletModelFile } from 'exkb-language-server/lint-core';
import { FILES } from '../../shared/files.js';
import { createBlockLinter, type BlockResult } from './lint-blocks.js';

export type { BlockFinding, BlockResult } from './lint-blocks.js';

const MODEL_URL = new URL(FILES.cmdletModel, import.meta.url).href;

// Fetched beside this module; a content script's fetch counts as the page's, so the manifest must
// declare the file web-accessible without `use_dynamic_url` (Chromium then refuses it).
async function loadModelFile(): Promise<CmdletModelFile> {
  const response = await fetch(MODEL_URL);
  if (!response.ok) throw new Error(`exkb: cannot read ${FILES.cmdletModel} (${response.status})`);
  return (await response.json()) as CmdletModelFile;
}

const linter = createBlockLinter(loadModelFile);

export function lintBlocks(texts: readonly string[]): Promise<BlockResult[]> {
  return linter(texts);
}
