import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findCodes, type KnowledgeBase } from '@exkb/knowledge';
import { ndrTableCodes, type TableCode } from './ndr-coverage-tables.js';
import { SHARED_ROOT, TEST_ROOT } from './paths.js';

/*
 * How many enhanced status codes of Microsoft's two NDR tables exkb resolves, and which it does
 * not yet. The committed gaps file is a ratchet: it may only shrink, and it must stay true.
 * Regenerate it after adding entries: `node test/dist/src/ndr-coverage-write-gaps.js`.
 */

export type TableName = 'onPremises' | 'online';
export const TABLE_NAMES: readonly TableName[] = ['onPremises', 'online'];

export const NDR_TABLE_FILES: Readonly<Record<TableName, string>> = {
  onPremises: path.join(SHARED_ROOT, 'reference', 'exchange-server-docs', 'odx__non-delivery-reports-and-bounce-messages.md'),
  online: path.join(SHARED_ROOT, 'reference', 'support-articles', 'ExchangeOnline', 'email-delivery', 'ndr', 'non-delivery-reports-in-exchange-online.md'),
};

export const GAPS_FILE = path.join(TEST_ROOT, 'ndr-coverage-gaps.json');

/** The committed list of table codes that no entry covers yet, per table. */
export interface CoverageGaps {
  onPremises: string[];
  online: string[];
}

export interface NdrCoverage {
  tables: Record<TableName, TableCode[]>;
  /** Table code → the entry that exact search puts first for it, when that entry lists the code. */
  coveredBy: Map<string, string>;
  gaps: CoverageGaps;
  /** `NDR codes covered: X of Y (on-premises a/b, Online c/d)` */
  summary: string;
}

export function ndrTablesPresent(): boolean {
  return TABLE_NAMES.every((name) => existsSync(NDR_TABLE_FILES[name]));
}

export function readNdrTables(): Record<TableName, TableCode[]> {
  return {
    onPremises: ndrTableCodes(readFileSync(NDR_TABLE_FILES.onPremises, 'utf8')),
    online: ndrTableCodes(readFileSync(NDR_TABLE_FILES.online, 'utf8')),
  };
}

/** True when one of the entry's codes is `code` (a code or a range, normalised). */
export function listsCode(entryCodes: readonly string[], code: string): boolean {
  return entryCodes.some((written) => findCodes(written).some((found) => found.normalized === code));
}

/** The entry exact search puts first for `code`, when it lists that very code or range. */
export function coveringEntry(knowledge: KnowledgeBase, code: string): string | undefined {
  const [first] = knowledge.search(code, { limit: 1 });
  return first !== undefined && listsCode(first.codes, code) ? first.id : undefined;
}

export function measureNdrCoverage(knowledge: KnowledgeBase, tables: Record<TableName, TableCode[]> = readNdrTables()): NdrCoverage {
  const coveredBy = new Map<string, string>();
  const all = new Set(TABLE_NAMES.flatMap((name) => tables[name].map((row) => row.code)));
  for (const code of all) {
    const id = coveringEntry(knowledge, code);
    if (id !== undefined) coveredBy.set(code, id);
  }
  const gapsOf = (name: TableName) => sortCodes(tables[name].map((row) => row.code).filter((code) => !coveredBy.has(code)));
  const gaps = { onPremises: gapsOf('onPremises'), online: gapsOf('online') };
  const count = (name: TableName) => `${tables[name].length - gaps[name].length}/${tables[name].length}`;
  const summary = `NDR codes covered: ${coveredBy.size} of ${all.size} (on-premises ${count('onPremises')}, Online ${count('online')})`;
  return { tables, coveredBy, gaps, summary };
}

/** Codes in numeric order: 4.4.7 before 4.4.316, 5.7.9 before 5.7.13. */
export function sortCodes(codes: readonly string[]): string[] {
  const parts = (code: string) => code.split(/[.-]/).map(Number);
  return [...new Set(codes)].sort((a, b) => {
    const [pa, pb] = [parts(a), parts(b)];
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const difference = (pa[i] ?? -1) - (pb[i] ?? -1);
      if (difference !== 0) return difference;
    }
    return 0;
  });
}

export function readCoverageGaps(): CoverageGaps {
  const parsed = JSON.parse(readFileSync(GAPS_FILE, 'utf8')) as Partial<CoverageGaps>;
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return { onPremises: list(parsed.onPremises), online: list(parsed.online) };
}

export function writeCoverageGaps(gaps: CoverageGaps): void {
  const about = 'NDR table codes no knowledge entry covers yet (test/src/ndr-coverage.test.ts). Only shrinks: regenerate with `node test/dist/src/ndr-coverage-write-gaps.js` after `npm run build`.';
  const lines = ['{', `  "about": ${JSON.stringify(about)},`];
  TABLE_NAMES.forEach((name, index) => {
    const comma = index < TABLE_NAMES.length - 1 ? ',' : '';
    lines.push(`  "${name}": [${gaps[name].map((code) => JSON.stringify(code)).join(', ')}]${comma}`);
  });
  lines.push('}', '');
  writeFileSync(GAPS_FILE, lines.join('\n'));
}
