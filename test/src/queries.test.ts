import assert from 'node:assert/strict';
import { describe, it, after } from 'node:test';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { loadQuerySet, rankOf } from './query-set.js';

const knowledge = loadBundledKnowledge();
const queries = loadQuerySet();
const TOP = 3;
/** The 37 seed scenarios of shared/reference/SCENARIOS.md. */
const SCENARIO_COUNT = 37;

describe('labelled query set', () => {
  const ranks: Array<number | undefined> = [];

  it('has at least 60 queries, each naming an entry that exists', () => {
    assert.ok(queries.length >= 60, `only ${queries.length} queries`);
    const unknown = queries.filter((query) => knowledge.entry(query.expect) === undefined);
    assert.deepEqual(unknown.map((query) => `${query.file}: ${query.expect}`), []);
  });

  it('covers every seed scenario with at least one query', () => {
    const covered = new Set(queries.map((query) => query.scenario));
    const missing = Array.from({ length: SCENARIO_COUNT }, (_, index) => index + 1).filter((scenario) => !covered.has(scenario));
    assert.deepEqual(missing, []);
  });

  for (const query of queries) {
    it(`"${query.query}" → ${query.expect}`, () => {
      const results = knowledge.search(query.query, { limit: 10 }).map((result) => result.id);
      const rank = rankOf(results, query.expect);
      ranks.push(rank);
      assert.ok(rank !== undefined && rank <= TOP, `expected ${query.expect} in the top ${TOP}, got rank ${rank ?? 'none'}: ${results.slice(0, 5).join(', ')}`);
    });
  }

  after(() => {
    const hits = ranks.filter((rank) => rank !== undefined && rank <= TOP).length;
    const mrr = ranks.reduce<number>((sum, rank) => sum + (rank === undefined ? 0 : 1 / rank), 0) / Math.max(1, ranks.length);
    console.log(`query set: ${ranks.length} queries, hit@${TOP} ${((100 * hits) / Math.max(1, ranks.length)).toFixed(1)}%, MRR ${mrr.toFixed(3)}`);
  });
});

describe('code search', () => {
  const TABLE: ReadonlyArray<[string, string]> = [
    ['550 5.2.0', 'public-folder-anonymous-contributor'],
    ['5.2.0', 'public-folder-anonymous-contributor'],
    ['#550 5.2.0 STOREDRV.Deliver', 'public-folder-anonymous-contributor'],
  ];
  for (const [query, first] of TABLE) {
    it(`"${query}" puts ${first} first`, () => assert.equal(knowledge.search(query)[0]?.id, first));
  }

  it('does not match a longer code by its prefix', () => {
    for (const result of knowledge.search('5.7.15')) assert.ok(!result.codes.some((code) => /(^|\s)5\.7\.1$/.test(code)), `${result.id} lists 5.7.1`);
  });

  it('returns the same order for the same query', () => {
    const first = knowledge.search('certificate warning outlook', { limit: 20 }).map((result) => result.id);
    const second = knowledge.search('certificate warning outlook', { limit: 20 }).map((result) => result.id);
    assert.deepEqual(first, second);
  });
});
