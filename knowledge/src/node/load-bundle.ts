import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KnowledgeBase, KnowledgeBaseError } from '../knowledge-base.js';

/** The bundle the knowledge build writes, beside the compiled sources. */
export const BUNDLE_FILE = fileURLToPath(new URL('../../knowledge.json', import.meta.url));

/**
 * Names another bundle file for the CLI and the language server: a team's own build, or a pinned
 * older one. Read at each load, so a test or a wrapper script can point a process elsewhere.
 */
export const BUNDLE_FILE_VARIABLE = 'EXKB_KNOWLEDGE_BUNDLE';

/** The bundle file to load: `EXKB_KNOWLEDGE_BUNDLE` when it is set and not empty, else the built one. */
export function bundleFile(environment: Readonly<Record<string, string | undefined>> = process.env): string {
  const chosen = environment[BUNDLE_FILE_VARIABLE];
  return chosen === undefined || chosen.trim() === '' ? BUNDLE_FILE : chosen;
}

/** Reads and loads a bundle file; a missing, unreadable or damaged file gives one clear error naming it. */
export function loadBundledKnowledge(file: string = bundleFile()): KnowledgeBase {
  const rebuild = file === BUNDLE_FILE ? 'build it with `npm run build`' : `fix ${BUNDLE_FILE_VARIABLE} or rebuild that bundle`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new KnowledgeBaseError(`exkb: cannot read the knowledge bundle ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); ${rebuild}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new KnowledgeBaseError(`exkb: the knowledge bundle ${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}); ${rebuild}`);
  }
  try {
    return KnowledgeBase.fromBundle(parsed);
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    const detail = error.message.replace(/^exkb: the knowledge bundle /, '').replace(/; rebuild it with `npm run build`$/, '');
    throw new KnowledgeBaseError(`exkb: the knowledge bundle ${file} ${detail}; ${rebuild}`);
  }
}
