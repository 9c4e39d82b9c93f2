// Property-based fuzzing of bundle loading: the real bundle, damaged field by field or byte by
// byte, is either refused with one KnowledgeBaseError or loads into a knowledge base whose every
// query answers. A damaged bundle must never load and then fail inside a search.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { KnowledgeBase, KnowledgeBaseError } from '@exkb/knowledge';
import { BUNDLE_FILE, loadBundledKnowledge } from '@exkb/knowledge/node';
import { describeRun, fuzzParameters } from './fuzz-settings.js';
import { anyText, codeLikeText } from './fuzz-text.js';

const RUNS = 150;
const BUNDLE_TEXT = readFileSync(BUNDLE_FILE, 'utf8');
const QUERIES = ['5.2.0', '550 5.7.1 unable to relay', 'STOREDRV.Deliver', 'event 9373', 'KB953467', '0x8004010F', 'public folder', '5.7.950', 'constructor', '__proto__'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Step = string | number;

/** Every path into the bundle worth damaging: each field of a few entries, the maps, the index. */
function damagePaths(bundle: Record<string, Json>): Step[][] {
  const paths: Step[][] = [['format'], ['contentHash'], ['sourceCommit'], ['builtAt'], ['entries'], ['codes'], ['ranges'], ['index']];
  const entries = bundle['entries'] as Array<Record<string, Json>>;
  for (const n of [0, 1, Math.floor(entries.length / 2), entries.length - 1]) {
    paths.push(['entries', n]);
    for (const [field, value] of Object.entries(entries[n] ?? {})) {
      paths.push(['entries', n, field]);
      if (Array.isArray(value) && value.length > 0) paths.push(['entries', n, field, 0]);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const key of Object.keys(value)) paths.push(['entries', n, field, key]);
    }
  }
  for (const key of Object.keys(bundle['codes'] as object).slice(0, 20)) paths.push(['codes', key], ['codes', key, 0]);
  for (const n of [0, 1]) paths.push(['ranges', n], ['ranges', n, 'low'], ['ranges', n, 'prefix']);
  for (const key of Object.keys(bundle['index'] as object)) paths.push(['index', key]);
  return paths;
}

const PRISTINE = JSON.parse(BUNDLE_TEXT) as Record<string, Json>;
const PATHS = damagePaths(PRISTINE);

const replacement: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>('', 'AAAA', 'AAE=', '////', 0, -1, 1e300, 2 ** 32, null, [], {}, ['ghost'], { prefix: '5.7', low: 9, high: 1 }),
);

function withDamage(steps: readonly Step[], value: Json | undefined): unknown {
  const copy = JSON.parse(BUNDLE_TEXT) as Record<string, Json>;
  let parent: Json = copy;
  for (const step of steps.slice(0, -1)) parent = (parent as Record<string, Json>)[step as string] as Json;
  const last = steps[steps.length - 1] as string;
  if (value === undefined) delete (parent as Record<string, Json>)[last];
  else (parent as Record<string, Json>)[last] = value;
  return copy;
}

/** Loaded or refused: a bundle that loads answers every query without throwing. */
function assertLoadsSoundlyOrIsRefused(load: () => KnowledgeBase, queries: readonly string[]): void {
  let knowledge: KnowledgeBase;
  try {
    knowledge = load();
  } catch (error) {
    assert.ok(error instanceof KnowledgeBaseError, `refused with ${String(error)} instead of a KnowledgeBaseError`);
    assert.match(error.message, /^exkb: /);
    assert.doesNotMatch(error.message, /\n\s+at /, 'one line, no stack');
    return;
  }
  for (const query of queries) {
    for (const result of knowledge.search(query, { limit: 5 })) assert.ok(knowledge.entry(result.id), `search for ${query} returned an entry the base cannot show`);
    knowledge.scan(query);
    knowledge.entriesForCode(query);
  }
}

describe('bundle loading under damage', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'exkb-bundle-fuzz-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it(describeRun('a field replaced or removed is refused or loads soundly', RUNS), () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), replacement, fc.array(fc.oneof(codeLikeText, anyText), { maxLength: 3 }), (steps, value, extraQueries) => {
        assertLoadsSoundlyOrIsRefused(() => KnowledgeBase.fromBundle(withDamage(steps, value)), [...QUERIES, ...extraQueries]);
      }),
      fuzzParameters(RUNS, 2_000),
    );
  });

  it(describeRun('a bundle file cut short or with bytes overwritten is refused or loads soundly', RUNS), () => {
    const file = path.join(folder, 'knowledge.json');
    fc.assert(
      fc.property(fc.nat({ max: BUNDLE_TEXT.length }), fc.array(fc.tuple(fc.nat({ max: BUNDLE_TEXT.length - 1 }), fc.constantFrom('', '0', '"', '}', ']', ',', '\u0000', '\uFFFD', 'x')), { maxLength: 3 }), (cut, overwrites) => {
        let text = BUNDLE_TEXT.slice(0, cut === 0 ? BUNDLE_TEXT.length : cut);
        for (const [at, bytes] of overwrites) text = text.slice(0, at) + bytes + text.slice(at + 1);
        writeFileSync(file, text);
        assertLoadsSoundlyOrIsRefused(() => loadBundledKnowledge(file), QUERIES);
      }),
      fuzzParameters(RUNS, 2_000),
    );
  });

  it('the bundle as built loads and answers', () => {
    assertLoadsSoundlyOrIsRefused(() => loadBundledKnowledge(), QUERIES);
    assert.ok(loadBundledKnowledge().search('5.2.0').length > 0);
  });
});
