import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { ScanRequest, type ScanResult } from 'exkb-language-server/protocol';
import { ResponseError } from 'vscode-languageserver-protocol';
import { serverForSuite } from './lsp-client.js';

const NDR = [
  'Delivery has failed to these recipients or groups:',
  "Remote Server returned '550 5.2.0 STOREDRV.Deliver: The Microsoft Exchange Information Store service reported an error.'",
  'Event ID 9373 logged; also 0x8004010F and nothing-here 1.2',
].join('\r\n');

describe('exkb/scan over stdio', () => {
  const server = serverForSuite();
  const knowledge = loadBundledKnowledge();

  const scan = (params: unknown) => server.client.connection.sendRequest(ScanRequest.type, params as never) as Promise<ScanResult>;

  it('finds every code of an NDR with its line, the line text and the entries of `exkb scan`', async () => {
    const { codes } = await scan({ text: NDR });
    assert.deepEqual(
      codes.map(({ text, kind, normalized, line, column }) => ({ text, kind, normalized, line, column })),
      [
        { text: '550 5.2.0 STOREDRV.Deliver', kind: 'enhanced-status', normalized: '5.2.0', line: 2, column: 25 },
        { text: 'Event ID 9373', kind: 'event-id', normalized: 'Event 9373', line: 3, column: 1 },
        { text: '0x8004010F', kind: 'hex', normalized: '0x8004010F', line: 3, column: 28 },
      ],
    );
    assert.deepEqual(codes.map((code) => code.entries.map((entry) => entry.id)), knowledge.scan(NDR).map((finding) => finding.entries));
    assert.equal(codes[0]?.lineText, "Remote Server returned '550 5.2.0 STOREDRV.Deliver: The Microsoft Exchange Information Store service reported an error.'");
    assert.equal(codes[1]?.lineText, 'Event ID 9373 logged; also 0x8004010F and nothing-here 1.2');
  });

  it('gives each matched entry its title and fix, the remedy the panel shows', async () => {
    const { codes } = await scan({ text: NDR });
    const first = codes[0]?.entries[0];
    assert.ok(first, '5.2.0 STOREDRV.Deliver has an entry');
    const entry = knowledge.entry(first.id);
    assert.equal(first.title, entry?.title);
    assert.equal(first.fix, entry?.summary.fix);
    assert.ok(first.fix.length > 0);
  });

  it('reads HTML as HTML: markup and scripts are not text, lines are the source lines', async () => {
    const html = '<!doctype html>\n<html><head><script>var x = "5.7.1";</script></head>\n<body>\n<p>Your message was rejected:\n<b>550&nbsp;5.7.1</b> delivery not authorized</p>\n</body></html>';
    const { codes } = await scan({ text: html });
    assert.deepEqual(codes.map((code) => [code.normalized, code.line]), [['5.7.1', 5]]);
    assert.doesNotMatch(codes[0]?.lineText ?? '', /</);
    assert.ok((codes[0]?.entries.length ?? 0) > 0);
  });

  it('keeps a code in view on a very long line', async () => {
    const text = `${'x '.repeat(2_000)}550 5.7.1 ${'y '.repeat(2_000)}`;
    const { codes } = await scan({ text });
    assert.equal(codes.length, 1);
    const lineText = codes[0]?.lineText ?? '';
    assert.ok(lineText.length <= 302, `${lineText.length} characters`);
    assert.match(lineText, /^….*550 5\.7\.1.*…$/);
  });

  it('answers an empty list for text without codes', async () => {
    assert.deepEqual(await scan({ text: 'Hello, nothing wrong here.' }), { codes: [] });
    assert.deepEqual(await scan({ text: '' }), { codes: [] });
  });

  it('lists the first 1,000 codes of a text that holds more, and says how many there are', async () => {
    const { codes, totalCodes } = await scan({ text: '550 5.7.1 Delivery not authorized\n'.repeat(3_000) });
    assert.equal(codes.length, 1_000);
    assert.equal(totalCodes, 3_000);
    assert.deepEqual([codes[0]?.line, codes.at(-1)?.line], [1, 1_000]);
  });

  it('a text of 2 MB of codes, the most one scan takes, is answered with the first 1,000', async () => {
    // Uncapped, its answer (200,000 codes, each with its entries' fixes) was longer than a string can be.
    const { codes, totalCodes } = await scan({ text: '550 5.7.1\n'.repeat(199_999) });
    assert.deepEqual([codes.length, totalCodes], [1_000, 199_999]);
  });

  const BAD: ReadonlyArray<[string, unknown, RegExp]> = [
    ['no params', null, /needs \{text: string\}/],
    ['a number for text', { text: 550 }, /needs \{text: string\}/],
    ['a list', ['550 5.7.1'], /needs \{text: string\}/],
    ['more than the panel scans at once', { text: 'a'.repeat(2_000_001) }, /text is 2000001 characters; scan at most 2000000/],
  ];
  for (const [name, params, message] of BAD) {
    it(`${name} is answered with InvalidParams`, async () => {
      await assert.rejects(server.client.connection.sendRequest(ScanRequest.method, params), (error: unknown) => {
        assert.ok(error instanceof ResponseError);
        assert.equal(error.code, -32602);
        assert.match(error.message, message);
        return true;
      });
    });
  }
});
