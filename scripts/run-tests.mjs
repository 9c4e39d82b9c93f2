#!/usr/bin/env node
// Runs every compiled `*.test.js` of every workspace in one node:test run, so CI sees one summary.
// Usage: node scripts/run-tests.mjs [path-fragment…]  (fragments filter the files, e.g. "codes")
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workspaces = ['knowledge', 'language-server', 'extension-vscode', 'extension-browser', 'test'];
const filters = process.argv.slice(2);

function testFiles(folder) {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(full);
    return entry.name.endsWith('.test.js') ? [full] : [];
  });
}

const files = workspaces
  .flatMap((workspace) => testFiles(path.join(root, workspace, 'dist')))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();
if (files.length === 0) {
  console.error('run-tests: no compiled test files found; run `npm run build` first');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=2', ...files], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
