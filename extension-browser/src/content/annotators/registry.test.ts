import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ANNOTATORS } from './index.js';

// The sources, not dist: the "Test URLs" comment is checked where it is written.
const folder = fileURLToPath(new URL('../../../../src/content/annotators/', import.meta.url));
const NOT_ANNOTATORS = new Set(['annotator.ts', 'index.ts']);
const files = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !NOT_ANNOTATORS.has(name));

test('every annotator file is registered under its file name, sorted by id', () => {
  assert.deepEqual(ANNOTATORS.map((annotator) => `${annotator.id}.ts`), [...files].sort());
  assert.deepEqual(ANNOTATORS.map((annotator) => annotator.id), ANNOTATORS.map((annotator) => annotator.id).sort());
  assert.ok(files.length >= 4);
});

test('every annotator documents its Test URLs', () => {
  for (const file of files) {
    const source = readFileSync(folder + file, 'utf8');
    const comment = /\/\/ Test URLs:\n((?:\/\/ +\S.*\n)+)/.exec(source);
    assert.ok(comment, `${file} has no "// Test URLs:" comment followed by at least one URL line`);
  }
});
