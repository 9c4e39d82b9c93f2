import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KnowledgeBase, KnowledgeBaseError } from '../knowledge-base.js';

/** The bundle the knowledge build writes, beside the compiled sources. */
export const BUNDLE_FILE = fileURLToPath(new URL('../../knowledge.json', import.meta.url));

/** Reads and loads a bundle file; a missing or corrupt file gives one clear error. */
export function loadBundledKnowledge(file: string = BUNDLE_FILE): KnowledgeBase {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new KnowledgeBaseError(`exkb: cannot read the knowledge bundle ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); build it with \`npm run build\``);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new KnowledgeBaseError(`exkb: the knowledge bundle ${file} is not valid JSON; rebuild it with \`npm run build\``);
  }
  return KnowledgeBase.fromBundle(parsed);
}
