import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { EntryRequest, SearchRequest, type EntryResult, type SearchItem } from 'exkb-language-server/protocol';
import { ResponseError } from 'vscode-languageserver-protocol';
import { serverForSuite } from './lsp-client.js';

const GROUP_ENTRY = 'distribution-group-rejects-external-senders-auth-required';

describe('exkb/search and exkb/entry over stdio', () => {
  const server = serverForSuite();
  const knowledge = loadBundledKnowledge();

  const search = (params: unknown) => server.client.connection.sendRequest(SearchRequest.type, params as never) as Promise<SearchItem[]>;

  it('by error code: entries listing 5.7.1 come first, with the matched code, summary and score', async () => {
    const results = await search({ query: '5.7.1' });
    assert.ok(results.length > 3);
    const listing = results.filter((result) => result.matchedCodes.includes('5.7.1'));
    assert.deepEqual(results.slice(0, listing.length), listing, 'exact-code matches rank first');
    assert.ok(listing.some((result) => result.id === GROUP_ENTRY));
    const group = results.find((result) => result.id === GROUP_ENTRY);
    assert.ok(group?.codes.includes('550 5.7.1'));
    assert.match(group?.summary ?? '', /^A mail-enabled distribution group/);
    assert.ok((group?.score ?? 0) > 0);
  });

  it('by words: the same ranking as the knowledge base itself, limit respected', async () => {
    const query = 'distribution group rejects outside senders';
    const results = await search({ query, limit: 3 });
    assert.deepEqual(results.map((result) => result.id), knowledge.search(query, { limit: 3 }).map((result) => result.id));
    assert.equal(results[0]?.id, GROUP_ENTRY);
  });

  it('filters by product', async () => {
    const results = await search({ query: 'certificate', products: ['exchange-2007'] });
    assert.ok(results.length > 0);
    for (const result of results) {
      assert.ok(result.products.includes('exchange-2007'), result.id);
      assert.deepEqual(result.products, knowledge.entry(result.id)?.products, 'each result carries its products');
    }
  });

  it('a code inside a listed range: the range is reported, as the knowledge base reports it', async () => {
    const results = await search({ query: '5.7.950', limit: 5 });
    const expected = knowledge.search('5.7.950', { limit: 5 });
    assert.deepEqual(results.map(({ id, matchedCodes, matchedRanges }) => ({ id, matchedCodes, matchedRanges })), expected.map(({ id, matchedCodes, matchedRanges }) => ({ id, matchedCodes, matchedRanges })));
    const ranged = results.find((result) => result.matchedRanges.includes('5.7.900-999'));
    assert.ok(ranged, 'an entry listing 5.7.900-999 answers 5.7.950');
    assert.deepEqual(ranged.matchedCodes, []);
    const exact = await search({ query: '5.7.1', limit: 3 });
    for (const result of exact) assert.deepEqual(result.matchedRanges, [], `${result.id}: an exact code matches no range`);
  });

  it('filters by product for a code that has on-premises and Online entries', async () => {
    const all = await search({ query: '5.4.6', limit: 25 });
    const online = await search({ query: '5.4.6', limit: 25, products: ['exchange-online'] });
    assert.ok(all.some((result) => !result.products.includes('exchange-online')), 'on-premises-only entries exist for 5.4.6');
    assert.ok(online.length > 0);
    for (const result of online) assert.ok(result.products.includes('exchange-online'), result.id);
    assert.ok(online.some((result) => result.matchedCodes.includes('5.4.6')));
  });

  it('exkb/entry returns the whole entry with its Markdown and a link', async () => {
    const entry = (await server.client.connection.sendRequest(EntryRequest.type, { id: GROUP_ENTRY })) as EntryResult | null;
    assert.ok(entry);
    assert.equal(entry.title, knowledge.entry(GROUP_ENTRY)?.title);
    assert.equal(entry.area, 'recipients');
    assert.match(entry.markdown, /^## Symptom\n/);
    assert.ok(entry.cmdlets.includes('Set-DistributionGroup'));
    assert.match(entry.href ?? '', /^file:\/\/.*\/knowledge\/entries\/recipients\/distribution-group-rejects-external-senders-auth-required\.md$/);
  });

  it('exkb/entry answers null for an unknown id', async () => {
    assert.equal(await server.client.connection.sendRequest(EntryRequest.type, { id: 'no-such-entry' }), null);
  });

  const BAD: ReadonlyArray<[string, string, unknown, RegExp]> = [
    ['search without a query', SearchRequest.method, {}, /needs \{query: string/],
    ['search with a negative limit', SearchRequest.method, { query: 'owa', limit: -1 }, /limit must be a whole number/],
    ['search with an unknown product', SearchRequest.method, { query: 'owa', products: ['exchange-5.5'] }, /products must be a list of exchange-2003/],
    ['entry with a numeric id', EntryRequest.method, { id: 7 }, /needs \{id: string\}/],
    ['entry with no params', EntryRequest.method, null, /needs \{id: string\}/],
  ];
  for (const [name, method, params, message] of BAD) {
    it(`${name} is answered with InvalidParams`, async () => {
      await assert.rejects(server.client.connection.sendRequest(method, params), (error: unknown) => {
        assert.ok(error instanceof ResponseError);
        assert.equal(error.code, -32602);
        assert.match(error.message, message);
        return true;
      });
    });
  }
});
