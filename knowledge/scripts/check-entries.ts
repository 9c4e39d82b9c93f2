import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/entry/diagnostics.js';
import { readEntries } from '../src/node/read-entries.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ENTRIES_ROOT = path.resolve(here, '../../entries');

const { entries, problems } = await readEntries(ENTRIES_ROOT);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in the knowledge entries; nothing was built.`);
  process.exit(1);
}
console.log(`${entries.length} entries are valid.`);
