// The knowledge the background answers from: the bundled entries plus the team's imported ones,
// rebuilt into one KnowledgeBase whenever the imported files change.
import { buildBundle, KnowledgeBase, type EntryProblem } from '@exkb/knowledge';
import type { EntryOrigin } from '../shared/messages.js';
import type { ImportedFile } from '../shared/settings.js';
import { checkImportedFiles } from './imported-entries.js';

export interface KnowledgeState {
  base: KnowledgeBase;
  origin(id: string): EntryOrigin;
  /** Problems of imported files left out at load (normally none: files are checked on import). */
  problems: EntryProblem[];
}

export function knowledgeState(bundled: KnowledgeBase, importedFiles: readonly ImportedFile[]): KnowledgeState {
  if (importedFiles.length === 0) return { base: bundled, origin: () => 'bundled', problems: [] };
  const bundledIds = new Set(bundled.entries.map((entry) => entry.id));
  const { entries, problems } = checkImportedFiles(importedFiles, bundledIds);
  if (entries.length === 0) return { base: bundled, origin: () => 'bundled', problems };
  const imported = new Set(entries.map((entry) => entry.id));
  const all = [...bundled.entries, ...entries];
  const base = KnowledgeBase.fromBundle(
    buildBundle(all, { contentHash: `${bundled.contentHash}+${hashText(JSON.stringify(entries))}`, sourceCommit: bundled.sourceCommit, builtAt: new Date().toISOString() }),
  );
  return { base, origin: (id) => (imported.has(id) ? 'imported' : 'bundled'), problems };
}

/** FNV-1a, 32 bits: enough to tell two sets of imported entries apart (crypto.subtle is async). */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
