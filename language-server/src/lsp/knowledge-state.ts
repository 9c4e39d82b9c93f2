// The knowledge the server answers from: the bundled entries, plus the entries of the user's extra
// knowledge folders when there are any (rebuilt in memory, bundled entries win on an id clash).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBundle, KnowledgeBase, type Entry } from '@exkb/knowledge';
import { BUNDLE_FILE } from '@exkb/knowledge/node';
import { catalogFromKnowledge, type CommandCatalog } from '../exchange/catalog.js';
import { readKnowledgeFolders } from '../knowledge-folders.js';

export interface KnowledgeSnapshot {
  readonly base: KnowledgeBase;
  readonly catalog: CommandCatalog;
  /** Absolute path of an entry's Markdown source, when it is on disk. */
  sourceFile(id: string): string | undefined;
}

/** The bundled entries' sources, when the checkout (not just the bundle) is installed. */
export const BUNDLED_ENTRIES_ROOT = path.resolve(path.dirname(BUNDLE_FILE), '..', 'entries');

export class KnowledgeState {
  private latest: KnowledgeSnapshot;
  private loadedFolders = '';
  private readonly bundled: KnowledgeBase;
  private readonly bundledRoot: string | undefined;

  constructor(bundled: KnowledgeBase, bundledRoot: string | undefined = BUNDLED_ENTRIES_ROOT) {
    this.bundled = bundled;
    this.bundledRoot = bundledRoot && existsSync(bundledRoot) ? bundledRoot : undefined;
    this.latest = this.snapshot(bundled, new Map());
  }

  /** Replaced as a whole when the folders change: a request holds on to the one it started with. */
  get current(): KnowledgeSnapshot {
    return this.latest;
  }

  /**
   * Loads the entries of `folders` beside the bundled ones. Returns the problems found, one line
   * each (`file:line:column KBnnn message`); an entry with a problem is left out, nothing throws.
   * Loading the same folders again does nothing.
   */
  async useFolders(folders: readonly string[]): Promise<{ changed: boolean; problems: string[]; extra: number }> {
    const unique = [...new Set(folders.map((folder) => path.resolve(folder)))].sort();
    const key = unique.join('\n');
    if (key === this.loadedFolders) return { changed: false, problems: [], extra: 0 };
    const read = await readKnowledgeFolders(unique, new Set(this.bundled.entries.map((entry) => entry.id)));
    const problems = read.folders.flatMap((folder) => folder.problems);
    const extra = read.folders.flatMap((folder) => folder.entries);
    const sources = read.files;
    this.loadedFolders = key;
    const base = extra.length === 0 ? this.bundled : combine(this.bundled, extra);
    this.latest = this.snapshot(base, sources);
    return { changed: true, problems, extra: extra.length };
  }

  private snapshot(base: KnowledgeBase, extraSources: ReadonlyMap<string, string>): KnowledgeSnapshot {
    const bundledRoot = this.bundledRoot;
    const bundled = this.bundled;
    let catalog: CommandCatalog | undefined;
    const onDisk = new Map<string, string | undefined>();
    return {
      base,
      // Built on first use: a server that is only asked for diagnostics never pays for it.
      get catalog() {
        return (catalog ??= catalogFromKnowledge(base.entries));
      },
      sourceFile(id) {
        const extra = extraSources.get(id);
        if (extra) return extra;
        const entry = bundled.entry(id);
        if (!entry || !bundledRoot) return undefined;
        if (!onDisk.has(id)) {
          const file = path.join(bundledRoot, ...entry.file.split('/'));
          onDisk.set(id, existsSync(file) ? file : undefined);
        }
        return onDisk.get(id);
      },
    };
  }
}

function combine(bundled: KnowledgeBase, extra: readonly Entry[]): KnowledgeBase {
  const entries = [...bundled.entries, ...extra];
  const contentHash = createHash('sha256').update(JSON.stringify(entries)).digest('hex');
  return KnowledgeBase.fromBundle(buildBundle(entries, { contentHash, sourceCommit: bundled.sourceCommit, builtAt: new Date().toISOString() }));
}

/** Where a link to an entry points: the template when set (`{id}`, `{area}`), else its Markdown file. */
export function entryHref(knowledge: KnowledgeSnapshot, id: string, template: string | undefined): string | undefined {
  const entry = knowledge.base.entry(id);
  if (!entry) return undefined;
  if (template) return template.replaceAll('{id}', encodeURIComponent(entry.id)).replaceAll('{area}', encodeURIComponent(entry.area));
  const file = knowledge.sourceFile(id);
  return file ? pathToFileURL(file).href : undefined;
}
