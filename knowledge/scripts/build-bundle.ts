import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildBundle } from '../src/bundle/build.js';
import { formatProblem } from '../src/entry/diagnostics.js';
import { findNearDuplicateBodies, formatNearDuplicate, NEAR_DUPLICATE_BODY } from '../src/entry/duplicates.js';
import { readEntries } from '../src/node/read-entries.js';
import { BUNDLE_PATH, ENTRIES_ROOT, PACKAGE_ROOT } from './paths.js';

const { entries, problems } = await readEntries(ENTRIES_ROOT);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem(s) in the knowledge entries; the bundle was not built.`);
  process.exit(1);
}

// Reported, not refused: two entries may rightly share most of a fix; a reviewer decides.
const nearDuplicates = findNearDuplicateBodies(entries);
for (const pair of nearDuplicates) console.warn(`warning: near-duplicate bodies (word shingles, Jaccard ≥ ${NEAR_DUPLICATE_BODY}): ${formatNearDuplicate(pair)}`);

const contentHash = createHash('sha256').update(JSON.stringify(entries)).digest('hex');
const bundle = buildBundle(entries, { contentHash, sourceCommit: gitCommit(), builtAt: new Date().toISOString() });
await mkdir(path.dirname(BUNDLE_PATH), { recursive: true });
// Written beside and renamed, so a reader never sees half a bundle.
const temporary = `${BUNDLE_PATH}.${process.pid}.tmp`;
await writeFile(temporary, JSON.stringify(bundle));
await rename(temporary, BUNDLE_PATH);
console.log(`knowledge bundle: ${entries.length} entries, ${Object.keys(bundle.codes).length} codes → ${path.relative(process.cwd(), BUNDLE_PATH)}`);

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PACKAGE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
