import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TEST_ROOT } from './paths.js';

/** One labelled query: what an admin types, and the entry that must come back. */
export interface LabelledQuery {
  query: string;
  expect: string;
  scenario?: number;
  file: string;
}

export const QUERIES_FOLDER = path.join(TEST_ROOT, 'queries');

export function loadQuerySet(): LabelledQuery[] {
  return readdirSync(QUERIES_FOLDER)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const rows = JSON.parse(readFileSync(path.join(QUERIES_FOLDER, name), 'utf8')) as Array<Omit<LabelledQuery, 'file'>>;
      return rows.map((row) => ({ ...row, file: name }));
    });
}

/** 1-based rank of the expected entry, or undefined when it is not among the results. */
export function rankOf(resultIds: readonly string[], expected: string): number | undefined {
  const index = resultIds.indexOf(expected);
  return index < 0 ? undefined : index + 1;
}
