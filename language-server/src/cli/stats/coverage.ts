// What the knowledge base covers, counted from its entries: the numbers behind `exkb stats`.
import { AREAS, findCodes, findNearDuplicateBodies, POWERSHELL_FENCES, PRODUCTS, RECOGNISERS, codeKey, type Area, type CodeKind, type Entry, type NearDuplicate, type Product } from '@exkb/knowledge';

/** Code kinds in the order `exkb stats` prints them. */
export const CODE_KINDS: readonly CodeKind[] = ['enhanced-status', 'status-word', 'hex', 'event-id', 'http-status', 'kb-article'];

export interface Coverage {
  entries: number;
  /** Every area, in `AREAS` order, with its entry count (0 included). */
  areas: Record<Area, number>;
  /** Every product, oldest first; an entry counts once for each product it names. */
  products: Record<Product, number>;
  /** Distinct normalised codes the entries list, by kind, sorted. */
  codes: Record<CodeKind, string[]>;
  withoutReferences: string[];
  withoutCodes: string[];
  /** Entries with no PowerShell block under Fix or Correct. */
  withoutPowerShellFix: string[];
  nearDuplicateBodies: NearDuplicate[];
}

const STATUS_WORD = RECOGNISERS.find((recogniser) => recogniser.kind === 'status-word');

export function countCoverage(entries: readonly Entry[]): Coverage {
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  const areas = Object.fromEntries(AREAS.map((area) => [area, 0])) as Record<Area, number>;
  const products = Object.fromEntries(PRODUCTS.map((product) => [product, 0])) as Record<Product, number>;
  const codes = new Map<CodeKind, Map<string, string>>(CODE_KINDS.map((kind) => [kind, new Map()]));
  const add = (kind: CodeKind, normalized: string) => {
    const spellings = codes.get(kind);
    if (spellings && !spellings.has(codeKey(normalized))) spellings.set(codeKey(normalized), normalized);
  };
  for (const entry of sorted) {
    if (entry.area in areas) areas[entry.area]++;
    for (const product of new Set(entry.products)) if (product in products) products[product]++;
    for (const written of entry.codes) {
      for (const found of findCodes(written)) {
        add(found.kind, found.normalized);
        // `550 5.2.0 STOREDRV.Deliver` lists the status word too: it is searchable on its own.
        if (found.kind === 'enhanced-status' && found.keys.length > 1) {
          for (const word of STATUS_WORD?.find(found.text) ?? []) add('status-word', word.normalized);
        }
      }
    }
  }
  return {
    entries: sorted.length,
    areas,
    products,
    codes: Object.fromEntries(CODE_KINDS.map((kind) => [kind, [...(codes.get(kind)?.values() ?? [])].sort(compareCodes)])) as Record<CodeKind, string[]>,
    withoutReferences: sorted.filter((entry) => entry.references.length === 0).map((entry) => entry.id),
    withoutCodes: sorted.filter((entry) => entry.codes.length === 0).map((entry) => entry.id),
    withoutPowerShellFix: sorted.filter((entry) => !hasPowerShellFix(entry)).map((entry) => entry.id),
    nearDuplicateBodies: findNearDuplicateBodies(sorted),
  };
}

function hasPowerShellFix(entry: Entry): boolean {
  return entry.snippets.some((snippet) => (snippet.section === 'Fix' || snippet.section === 'Correct') && POWERSHELL_FENCES.has(snippet.language.toLowerCase()));
}

/** Numbers by value inside the code (`5.7.9` before `5.7.10`, `Event 999` before `Event 1000`), then text. */
function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }) || a.localeCompare(b);
}
