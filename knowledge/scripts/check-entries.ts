import { formatProblem } from '../src/entry/diagnostics.js';
import { readEntries } from '../src/node/read-entries.js';
import { ENTRIES_ROOT } from './paths.js';

const { entries, problems } = await readEntries(ENTRIES_ROOT);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in the knowledge entries.`);
  process.exit(1);
}
console.log(`${entries.length} entries are valid.`);
