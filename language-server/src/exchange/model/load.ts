// Node-only: reads the generated model shipped with the package. One model per process; the
// server and the CLI share it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CmdletModel, type CmdletModelSources } from './cmdlet-model.js';
import type { CmdletModelFile } from './format.js';
import { HISTORY_SOURCES } from './history.js';

export const MODEL_FILE = fileURLToPath(new URL('../../../../model/exchange-cmdlets.json', import.meta.url));

export class CmdletModelError extends Error {}

export function readModelFile(file: string = MODEL_FILE): CmdletModelFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CmdletModelError(`exkb: cannot read the cmdlet model ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CmdletModelError(`exkb: the cmdlet model ${file} is not valid JSON; regenerate it with \`npm run import-cmdlets -w language-server\``);
  }
  if (!isModelFile(parsed)) throw new CmdletModelError(`exkb: ${file} is not an exkb cmdlet model (no source or cmdlets)`);
  return parsed;
}

let shared: CmdletModel | undefined;

/** The model of the shipped reference plus exkb's history tables, loaded once. */
export function loadCmdletModel(): CmdletModel {
  return (shared ??= new CmdletModel({ reference: readModelFile(), ...HISTORY_SOURCES } satisfies CmdletModelSources));
}

function isModelFile(value: unknown): value is CmdletModelFile {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<CmdletModelFile>;
  return typeof candidate.source?.commit === 'string' && Array.isArray(candidate.cmdlets);
}
