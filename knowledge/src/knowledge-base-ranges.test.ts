import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildBundle } from './bundle/build.js';
import { BUNDLE_FORMAT } from './bundle/types.js';
import type { Entry } from './entry/model.js';
import { parseEntry } from './entry/parse-entry.js';
import { KnowledgeBase, KnowledgeBaseError } from './knowledge-base.js';

/** A complete entry file listing `codes`, parsed and validated like any entry. */
function entry(id: string, title: string, codes: readonly string[]): Entry {
  const source = [
    '---',
    `title: "${title}"`,
    'codes:',
    ...codes.map((code) => `  - "${code}"`),
    'symptoms:',
    `  - ${title.toLowerCase()}`,
    'products:',
    '  - exchange-online',
    '---',
    '',
    '## Symptom',
    'A message bounces.',
    '',
    '## Cause',
    'A rule or a filter refused it.',
    '',
    '## Fix',
    'Find the rule and change it.',
    '',
  ].join('\n');
  const parsed = parseEntry(source, `mail-flow/${id}.md`);
  assert.deepEqual(parsed.problems, []);
  return parsed.entry as Entry;
}

const ENTRIES = [
  entry('rule-range', 'Mail flow rule rejects with a custom code', ['5.7.900-999']),
  entry('rule-exact', 'Rule rejects with code 5.7.950 for one partner', ['550 5.7.950']),
  entry('wide-range', 'Access denied by the service, any 5.7.5xx or 6xx', ['5.7.500-699']),
  entry('narrow-range', 'Banned sending IP address', ['5.7.606 - 5.7.649']),
  entry('temporary-range', 'Access denied please try again later', ['451 4.7.500\u2013699']),
  entry('five-seven-one', 'Delivery not authorized by the recipient', ['550 5.7.1']),
];
const knowledge = KnowledgeBase.fromBundle(JSON.parse(JSON.stringify(buildBundle(ENTRIES, { contentHash: 'test', sourceCommit: null, builtAt: '' }))));

describe('code ranges in the knowledge base', () => {
  /** Query → the ids that must come first, in this order. */
  const TABLE: ReadonlyArray<[string, string[]]> = [
    ['5.7.950', ['rule-exact', 'rule-range']],
    ['5.7.951', ['rule-range']],
    ['550 5.7.999 Delivery not authorized, message refused', ['rule-range']],
    ['5.7.900-999', ['rule-range']],
    ['5.7.900 \u2013 5.7.999', ['rule-range']],
    ['5.7.620', ['narrow-range', 'wide-range']],
    ['5.7.650', ['wide-range']],
    ['4.7.612', ['temporary-range']],
    ['451 4.7.500-699', ['temporary-range']],
  ];
  for (const [query, first] of TABLE) {
    it(`"${query}" → ${first.join(', ')}`, () => {
      const ids = knowledge.search(query).map((result) => result.id);
      assert.deepEqual(ids.slice(0, first.length), first, ids.join(', '));
    });
  }

  it('says which range matched, and keeps matchedCodes for exact codes', () => {
    const [exact, range] = knowledge.search('5.7.950');
    assert.deepEqual([exact?.matchedCodes, exact?.matchedRanges], [['5.7.950'], []]);
    assert.deepEqual([range?.matchedCodes, range?.matchedRanges], [[], ['5.7.900-999']]);
  });

  it('lists the ranges holding a code, narrowest first', () => {
    assert.deepEqual(knowledge.rangesForCode('5.7.620'), ['5.7.606-649', '5.7.500-699']);
    assert.deepEqual(knowledge.rangesForCode('5.7.700'), []);
  });

  it('ranks a range entry above word matches', () => {
    const ids = knowledge.search('5.7.960 delivery not authorized').map((result) => result.id);
    assert.deepEqual(ids.slice(0, 2), ['rule-range', 'five-seven-one']);
  });

  it('never matches a code outside the range or of another class', () => {
    for (const query of ['5.7.899', '4.7.950', '5.7.700', '5.7.15', '5.7.1']) {
      const ids = knowledge.search(query).filter((result) => result.matchedRanges.length > 0).map((result) => result.id);
      assert.deepEqual(ids, [], query);
    }
  });

  it('scans a page: the exact entry first, then the range entries', () => {
    const findings = knowledge.scan('Remote server returned\n550 5.7.950 Delivery not authorized, message refused\nand 550 5.7.630 Access denied');
    assert.deepEqual(
      findings.map((finding) => [finding.code.normalized, finding.line, finding.entries]),
      [
        ['5.7.950', 2, ['rule-exact', 'rule-range']],
        ['5.7.630', 3, ['narrow-range', 'wide-range']],
      ],
    );
  });

  it('keeps the bundle range list sorted and distinct', () => {
    const bundle = buildBundle([...ENTRIES, entry('same-range', 'Another rule rejecting with a custom code', ['5.7.900-5.7.999'])], { contentHash: 'test', sourceCommit: null, builtAt: '' });
    assert.deepEqual(
      bundle.ranges.map((range) => `${range.prefix}.${range.low}-${range.high}`),
      ['4.7.500-699', '5.7.500-699', '5.7.606-649', '5.7.900-999'],
    );
    assert.deepEqual(bundle.codes['5.7.900-999'], ['rule-range', 'same-range']);
  });

  it('refuses a bundle of this format without its range list', () => {
    const bundle = { ...buildBundle(ENTRIES, { contentHash: 'test', sourceCommit: null, builtAt: '' }), ranges: undefined };
    assert.throws(() => KnowledgeBase.fromBundle(bundle), (error: unknown) => error instanceof KnowledgeBaseError && /ranges is missing or not a list/.test(error.message));
    assert.throws(() => KnowledgeBase.fromBundle({ ...bundle, format: BUNDLE_FORMAT - 1 }), /format 2, this build reads format 3/);
  });
});

describe('code ranges in entry validation', () => {
  /** A range as written in `codes:` → the message fragment of its KB009 problem. */
  const TABLE: ReadonlyArray<[string, string]> = [
    ['5.7.999-900', 'reversed (999 is above 900); write the lower end first: 5.7.900-999'],
    ['5.7.900-4.7.999', 'must share class and subject'],
    ['5.7.900-99', 'as many digits'],
    ['5.7.900\u2014999', 'with a hyphen or an en dash'],
    ['5.7.900-', 'not a number or a code'],
  ];
  for (const [code, fragment] of TABLE) {
    it(JSON.stringify(code), () => {
      const source = ['---', 'title: A valid title for a range entry', 'symptoms:', '  - mail bounces', 'products:', '  - exchange-online', 'codes:', '  - 550 5.7.1', `  - "${code}"`, '---', '', '## Symptom', 'S.', '', '## Cause', 'C.', '', '## Fix', 'F.', ''].join('\n');
      const { entry: parsed, problems } = parseEntry(source, 'mail-flow/bad-range.md');
      assert.equal(parsed, undefined);
      assert.deepEqual(
        problems.map((problem) => [problem.code, problem.file, problem.line, problem.field]),
        [['KB009', 'mail-flow/bad-range.md', 9, 'codes[1]']],
      );
      assert.ok(problems[0]?.message.includes(fragment), problems[0]?.message);
    });
  }
});
