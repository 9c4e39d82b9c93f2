// Parity: every rule file is registered, in order, has a table test beside it, and cites
// knowledge entries that exist; every rule id is the file's name.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { SEVERITIES } from '../settings.js';
import { RULES } from './index.js';

const compiled = path.dirname(fileURLToPath(import.meta.url));
const sources = path.resolve(compiled, '../../../src/rules');
const NOT_RULES = new Set(['index.ts', 'rule.ts', 'testing.ts']);
const ruleFiles = readdirSync(sources)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !NOT_RULES.has(name))
  .map((name) => name.slice(0, -'.ts'.length))
  .sort();
const knowledge = loadBundledKnowledge();

describe('rule registry', () => {
  it('lists every rule file exactly once, sorted by id', () => {
    assert.deepEqual(RULES.map((rule) => rule.meta.id), ruleFiles);
  });
  it('has at least 25 rules', () => {
    assert.ok(RULES.length >= 25, `${RULES.length} rules`);
  });
  for (const rule of RULES) {
    const { id, description, severity, entries } = rule.meta;
    it(`${id}: kebab-case id, one-line description, known severity`, () => {
      assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(description.length > 10 && !description.includes('\n'), description);
      assert.ok((SEVERITIES as readonly string[]).includes(severity), severity);
    });
    it(`${id}: has a table test beside it`, () => {
      assert.ok(existsSync(path.join(sources, `${id}.test.ts`)), `missing src/rules/${id}.test.ts`);
    });
    it(`${id}: cites knowledge entries that exist`, () => {
      assert.ok(entries.length > 0, 'cites no entry');
      for (const entry of entries) assert.ok(knowledge.entry(entry), `unknown knowledge entry ${entry}`);
    });
  }
});

describe('README rule table', () => {
  const readme = readFileSync(path.resolve(compiled, '../../../../README.md'), 'utf8');
  for (const rule of RULES) {
    it(`lists ${rule.meta.id}`, () => assert.ok(readme.includes(`| \`${rule.meta.id}\` |`), `README.md's Rules table lacks ${rule.meta.id}`));
  }
});
