import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildImpactIndex, ImpactIndex, MAX_POSTINGS_PER_TERM } from './impact-index.js';

interface Doc {
  title: string;
  body: string;
}

const DOCS: Doc[] = [
  { title: 'Public folder bounces external mail', body: 'Anonymous needs Contributor; 550 5.2.0 STOREDRV.Deliver' },
  { title: 'Distribution group rejects outside senders', body: 'RequireSenderAuthenticationEnabled is true; 5.7.1' },
  { title: 'OWA returns HTTP 500 after IIS switched to 32-bit', body: 'Enable32bitAppOnWin64 set by an installer' },
  { title: 'Certificate warning in Outlook', body: 'autodiscover name missing from the certificate' },
  { title: 'Queue retry 4.4.7 message expired', body: 'the next hop did not answer; 5.7.15 is another code' },
];
const FIELDS = [
  { boost: 4, text: (doc: Doc) => doc.title },
  { boost: 1, text: (doc: Doc) => doc.body },
];
const index = new ImpactIndex(JSON.parse(JSON.stringify(buildImpactIndex(DOCS, FIELDS))));

/** Query → the document numbers expected first (in order); [] means nothing matches. */
const TABLE: ReadonlyArray<[string, number[], { prefix?: boolean }?]> = [
  ['public folder', [0]],
  ['bounces', [0]],
  ['bounced', [0]],
  ['5.2.0', [0]],
  ['5.7.1', [1]],
  ['5.7.15', [4]],
  ['sender authentication', [1]],
  ['RequireSenderAuthenticationEnabled', [1]],
  ['certficate', [3]],
  ['autod', [3], { prefix: true }],
  ['autod', [], { prefix: false }],
  ['owa 500', [2]],
  ['zzzz', []],
  ['', []],
];

describe('ImpactIndex', () => {
  for (const [query, expected, options] of TABLE) {
    it(`${JSON.stringify(query)} → ${JSON.stringify(expected)}`, () => {
      const hits = index.search(query, { limit: 3, prefix: options?.prefix ?? false });
      assert.deepEqual(hits.slice(0, expected.length).map((hit) => hit.document), expected);
      if (expected.length === 0) assert.deepEqual(hits, []);
    });
  }

  it('ranks a title match above a body match', () => {
    const hits = index.search('certificate', { limit: 5 });
    assert.equal(hits[0]?.document, 3);
  });

  it('honours the accept filter and the limit', () => {
    const hits = index.search('mail certificate owa queue', { limit: 2, accept: (document) => document !== 3 });
    assert.ok(hits.length <= 2);
    assert.ok(hits.every((hit) => hit.document !== 3));
  });

  it('gives the same hits twice (scratch space is reset between queries)', () => {
    assert.deepEqual(index.search('mail owa', { limit: 5 }), index.search('mail owa', { limit: 5 }));
  });

  it('reads at most MAX_POSTINGS_PER_TERM postings of a very common term, the best ones', () => {
    const many = Array.from({ length: MAX_POSTINGS_PER_TERM + 500 }, (_, n) => ({ title: n === 42 ? 'common common common' : 'common', body: `filler ${n}` }));
    const large = new ImpactIndex(buildImpactIndex(many, FIELDS));
    const hits = large.search('common', { limit: MAX_POSTINGS_PER_TERM + 500 });
    assert.equal(hits.length, MAX_POSTINGS_PER_TERM);
    assert.equal(hits[0]?.document, 42);
  });

  it('refuses an index of another format', () => {
    assert.throws(() => new ImpactIndex({ ...buildImpactIndex(DOCS, FIELDS), format: 'other' as 'exkb-impact-1' }), /rebuild the bundle/);
  });
});
