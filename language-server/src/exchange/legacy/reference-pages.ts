// Node-only, for the table tests: what the Exchange cmdlet reference beside the clone
// (`../shared/reference/exchange-cmdlets`, one `<Name>.md` per cmdlet) says about a cmdlet, so
// the hand-curated tables are checked against it. When the folder is absent (a clone without
// `../shared`), `referencePages()` is undefined and the tests skip those assertions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExchangeTarget } from './names.js';

/** From `language-server/dist/src/exchange/legacy/` up to the folder that holds the clone. */
export const REFERENCE_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../..',
  '..',
  'shared',
  'reference',
  'exchange-cmdlets',
);

const PRODUCTS: Readonly<Record<string, ExchangeTarget>> = {
  'Exchange Server 2010': '2010',
  'Exchange Server 2013': '2013',
  'Exchange Server 2016': '2016',
  'Exchange Server 2019': '2019',
  'Exchange Server SE': 'se',
  'Exchange Online': 'online',
};

export interface ReferencePage {
  /** As the file name spells it. */
  readonly name: string;
  /** The front matter's `applicable:` products, as targets; cloud products other than Exchange Online are left out. */
  readonly targets: readonly ExchangeTarget[];
  /** The raw `applicable:` value. */
  readonly applicable: string;
  /** Parameter names of the PARAMETERS section (`### -Name`), without the dash. */
  readonly parameters: readonly string[];
}

export class ReferencePages {
  readonly folder: string;
  readonly #files: ReadonlyMap<string, string>;
  readonly #pages = new Map<string, ReferencePage>();

  constructor(folder: string) {
    this.folder = folder;
    const files = new Map<string, string>();
    for (const file of readdirSync(folder)) {
      if (file.endsWith('.md') && /^[A-Za-z]+-[A-Za-z0-9]+\.md$/.test(file)) files.set(file.slice(0, -3).toLowerCase(), file);
    }
    this.#files = files;
  }

  /** Every cmdlet name with a page, as the file names spell them. */
  get names(): string[] {
    return [...this.#files.values()].map((file) => file.slice(0, -3));
  }

  has(name: string): boolean {
    return this.#files.has(name.toLowerCase());
  }

  page(name: string): ReferencePage | undefined {
    const key = name.toLowerCase();
    const cached = this.#pages.get(key);
    if (cached) return cached;
    const file = this.#files.get(key);
    if (!file) return undefined;
    const page = readPage(file.slice(0, -3), readFileSync(path.join(this.folder, file), 'utf8'));
    this.#pages.set(key, page);
    return page;
  }
}

/** The reference beside the clone, or undefined when it isn't there. */
export function referencePages(folder: string = REFERENCE_FOLDER): ReferencePages | undefined {
  return existsSync(folder) ? new ReferencePages(folder) : undefined;
}

export function readPage(name: string, text: string): ReferencePage {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const applicable = /^applicable:[ \t]*(.*)$/m.exec(frontMatter)?.[1]?.trim() ?? '';
  const targets = applicable
    .split(',')
    .map((product) => PRODUCTS[product.trim()])
    .filter((target): target is ExchangeTarget => target !== undefined);
  const parameters = [...text.matchAll(/^### -([A-Za-z0-9]+)[ \t]*$/gm)].map((match) => match[1]!);
  return { name, targets, applicable, parameters };
}
