import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { createHandlers, shorten, SUMMARY_LENGTH } from './handlers.js';
import { knowledgeState } from './knowledge-state.js';
import { brokenEntryFile, validEntryFile } from './test-entries.js';

const bundled = loadBundledKnowledge();
const handlers = createHandlers(knowledgeState(bundled, []));
const RELAY = 'accepted-domain-missing-unable-to-relay-inbound';

describe('search', () => {
  const cases = [
    { query: '550 5.7.54', first: RELAY, matched: ['5.7.54'] },
    { query: 'accepted domain unable to relay', first: RELAY, matched: [] },
    { query: '   ', first: undefined, matched: undefined },
    // Markup in a query is only words: it finds nothing by code and comes back as plain titles.
    { query: '<script>alert(1)</script>', first: bundled.search('<script>alert(1)</script>')[0]?.id, matched: [] },
  ];
  for (const { query, first, matched } of cases) {
    it(JSON.stringify(query), () => {
      const hits = handlers.search({ query });
      assert.equal(hits[0]?.id, first);
      assert.deepEqual(hits[0]?.matchedCodes, matched);
      for (const hit of hits) {
        assert.ok(hit.summary.length > 0 && hit.summary.length <= SUMMARY_LENGTH, hit.summary);
        assert.equal(hit.title, bundled.entry(hit.id)?.title);
      }
    });
  }
  it('says which listed range a code fell in', () => {
    const hits = handlers.search({ query: '5.7.950', limit: 5 });
    assert.deepEqual(hits.map(({ id, matchedRanges }) => ({ id, matchedRanges })), bundled.search('5.7.950', { limit: 5 }).map(({ id, matchedRanges }) => ({ id, matchedRanges })));
    assert.ok(hits.some((hit) => hit.matchedRanges.includes('5.7.900-999')));
    for (const hit of handlers.search({ query: '550 5.7.54' })) assert.deepEqual(hit.matchedRanges, [], hit.id);
  });
  it('keeps to the limit', () => assert.equal(handlers.search({ query: 'exchange', limit: 3 }).length, 3));
  it('filters by product', () => {
    const hits = handlers.search({ query: 'certificate', products: ['exchange-online'] });
    for (const hit of hits) assert.ok(bundled.entry(hit.id)?.products.includes('exchange-online'), hit.id);
  });
});

describe('entry', () => {
  it('a bundled entry, marked as such', () => {
    const entry = handlers.entry({ id: RELAY });
    assert.equal(entry?.id, RELAY);
    assert.equal(entry?.origin, 'bundled');
    assert.match(entry?.markdown ?? '', /^## Symptom/);
  });
  for (const id of ['no-such-entry', '', '__proto__', 'constructor', '../mail-flow/x']) it(`unknown id ${JSON.stringify(id)}`, () => assert.equal(handlers.entry({ id }), null));
});

describe('scan', () => {
  const cases = [
    { text: 'Remote Server returned 550 5.7.54 SMTP; Unable to relay recipient', codes: [{ code: '5.7.54', text: '550 5.7.54' }] },
    { text: 'nothing to see here', codes: [] },
    { text: '', codes: [] },
    { text: 'Event 9999 is not in the knowledge base', codes: [] },
    // 0x80070057 has no entry, so it is not a finding; the emoji's two UTF-16 units keep the offsets honest.
    { text: '0x80070057 then 5.7.1 \u{1F600} 4.4.7', codes: [{ code: '5.7.1', text: '5.7.1' }, { code: '4.4.7', text: '4.4.7' }] },
  ];
  for (const { text, codes } of cases) {
    it(JSON.stringify(text), () => {
      const { findings, titles } = handlers.scan({ texts: [text, 'and 5.7.1'] });
      assert.equal(findings.length, 2);
      const found = findings[0] ?? [];
      assert.deepEqual(found.map((finding) => ({ code: finding.code, text: text.slice(finding.start, finding.end).replace(/^#/, '') })), codes.map(({ code, text: seen }) => ({ code, text: seen.includes(' ') ? seen : seen })));
      for (const finding of [...found, ...(findings[1] ?? [])]) {
        assert.ok(finding.entries.length > 0);
        for (const id of finding.entries) assert.equal(titles[id], bundled.entry(id)?.title);
      }
    });
  }
});

describe('with imported files', () => {
  const state = knowledgeState(bundled, [validEntryFile('contoso-scanner-relay', { code: '550 5.7.1', link: RELAY }), brokenEntryFile('contoso-broken'), validEntryFile(RELAY)]);
  const merged = createHandlers(state);
  it('an imported entry is found, shown and marked imported', () => {
    assert.ok(merged.search({ query: 'contoso scanner relay' }).some((hit) => hit.id === 'contoso-scanner-relay'));
    assert.equal(merged.entry({ id: 'contoso-scanner-relay' })?.origin, 'imported');
    assert.ok(merged.scan({ texts: ['550 5.7.1'] }).findings[0]?.[0]?.entries.includes('contoso-scanner-relay'));
  });
  it('the bundled entry wins over an imported file of the same id', () => {
    assert.equal(merged.entry({ id: RELAY })?.origin, 'bundled');
    assert.equal(merged.entry({ id: RELAY })?.title, bundled.entry(RELAY)?.title);
  });
  it('a broken file is left out and reported', () => {
    assert.equal(merged.entry({ id: 'contoso-broken' }), null);
    assert.deepEqual(state.problems.map((problem) => `${problem.file} ${problem.code}`), [`mail-flow/${RELAY}.md KB015`, 'mail-flow/contoso-broken.md KB003']);
  });
  it('every bundled entry is still there', () => assert.equal(state.base.entries.length, bundled.entries.length + 1));
});

describe('shorten', () => {
  const cases = [
    { text: 'short', expected: 'short' },
    { text: '  spaced\n\nout  ', expected: 'spaced out' },
    { text: `${'word '.repeat(40)}`, expected: `${'word '.repeat(31).trim()}…` },
  ];
  for (const { text, expected } of cases) it(JSON.stringify(text.slice(0, 20)), () => assert.equal(shorten(text), expected));
});
