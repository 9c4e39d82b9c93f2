import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { buildBundle, KnowledgeBase } from '@exkb/knowledge';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { coveringEntry, listsCode, measureNdrCoverage, ndrTablesPresent, readCoverageGaps, sortCodes, TABLE_NAMES, type NdrCoverage } from './ndr-coverage.js';

const knowledge = loadBundledKnowledge();
const present = ndrTablesPresent();
const skip = present ? false : 'the NDR tables in ../shared/reference are not present';
const coverage: NdrCoverage | undefined = present ? measureNdrCoverage(knowledge) : undefined;
const REGENERATE = 'regenerate the list with `node test/dist/src/ndr-coverage-write-gaps.js`';
/** Fewer rows than this means the table reader lost its way, not that the tables shrank. */
const MIN_TABLE_CODES = { onPremises: 25, online: 60 } as const;

describe('NDR table coverage', { skip }, () => {
  const result = coverage as NdrCoverage;
  const listed = present ? readCoverageGaps() : { onPremises: [], online: [] };

  it('reads every code of both tables', () => {
    for (const name of TABLE_NAMES) assert.ok(result.tables[name].length >= MIN_TABLE_CODES[name], `${name}: only ${result.tables[name].length} codes read`);
  });

  for (const name of TABLE_NAMES) {
    it(`${name}: every code not covered is listed in test/ndr-coverage-gaps.json`, () => {
      const missing = result.gaps[name].filter((code) => !listed[name].includes(code));
      assert.deepEqual(missing, [], `write entries for these codes, or (only while they are being written) ${REGENERATE}`);
    });

    it(`${name}: every code listed as a gap is still not covered`, () => {
      const covered = listed[name].filter((code) => result.coveredBy.has(code));
      assert.deepEqual(covered, [], `these codes are covered now; ${REGENERATE}`);
    });

    it(`${name}: the gaps list holds only codes of the table, in order, once each`, () => {
      const codes = new Set(result.tables[name].map((row) => row.code));
      assert.deepEqual(listed[name].filter((code) => !codes.has(code)), [], `not in the ${name} table; ${REGENERATE}`);
      assert.deepEqual(listed[name], sortCodes(listed[name]));
    });
  }

  it('finds a covered range by any code inside it, below entries listing that code', () => {
    const ranges = [...result.coveredBy.keys()].filter((code) => code.includes('-'));
    assert.ok(ranges.length > 0, 'no range of the tables is covered');
    for (const range of ranges) {
      const [, prefix = '', low = 0, high = 0] = /^(\d\.\d)\.(\d+)-(\d+)$/.exec(range)?.map((part, index) => (index >= 2 ? Number(part) : part)) ?? [];
      for (const detail of [low, Math.floor((Number(low) + Number(high)) / 2), high]) {
        const code = `${prefix}.${detail}`;
        const results = knowledge.search(code, { limit: 50 });
        const rangeRank = results.findIndex((hit) => listsCode(hit.codes, range));
        assert.ok(rangeRank >= 0, `${code} does not find the entries for ${range}: ${results.map((hit) => hit.id).join(', ')}`);
        assert.ok(results[rangeRank]?.matchedRanges.includes(range));
        const exactAfterRange = results.slice(rangeRank).filter((hit) => hit.matchedCodes.length > 0);
        assert.deepEqual(exactAfterRange.map((hit) => hit.id), [], `${code}: entries listing the code must rank above ${range}`);
      }
    }
  });

  it('counts a code as a gap once no entry lists it', () => {
    const covering = new Set([result.coveredBy.get('5.7.900-999'), result.coveredBy.get('4.4.7')]);
    const rest = knowledge.entries.filter((entry) => !covering.has(entry.id) && !listsCode(entry.codes, '5.7.900-999') && !listsCode(entry.codes, '4.4.7'));
    const smaller = KnowledgeBase.fromBundle(buildBundle(rest, { contentHash: 'without', sourceCommit: null, builtAt: '' }));
    const without = measureNdrCoverage(smaller, result.tables);
    assert.ok(without.gaps.onPremises.includes('5.7.900-999') && without.gaps.onPremises.includes('4.4.7'), JSON.stringify(without.gaps));
    assert.ok(without.gaps.online.includes('4.4.7'));
  });

  it('resolves a pasted NDR line inside a range, the way scan does', () => {
    const [finding] = knowledge.scan('Remote server returned \'550 5.7.950 Delivery not authorized, message refused\'');
    const ruleRange = finding?.entries.find((id) => listsCode(knowledge.entry(id)?.codes ?? [], '5.7.900-999'));
    assert.ok(ruleRange !== undefined, JSON.stringify(finding?.entries));
    assert.equal(coveringEntry(knowledge, '5.7.900-999'), ruleRange);
  });

  after(() => console.log(result.summary));
});
