import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServerStatus } from 'exkb-language-server/protocol';
import { fileUri, temporaryFolder } from './lsp-client.js';
import { startRawServer, type PublishedDiagnostics, type RawClient } from './raw-client.js';

const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true';
const RULE = 'require-sender-authentication-external';
const DOCUMENTS = 1_000;
/**
 * How far the heap may stay above the baseline once every document is closed: what the process
 * keeps for good after first use (compiled code, interned strings, the library's per-method
 * bookkeeping) is a few MB; 1,000 documents and their analyses are ~100× that (printed below).
 */
const HEAP_MARGIN_BYTES = 8 * 1024 * 1024;
/** A second round must not add what a per-document leak would: 3 KB × 1,000 documents. */
const PER_ROUND_MARGIN_BYTES = 3 * 1024 * 1024;

/** Each document is different (its own names and line count), so nothing is shared between them. */
function script(index: number): string {
  const lines = [`# script ${index}`, `$name = "group-${index}"`];
  for (let line = 0; line < 10 + (index % 20); line++) lines.push(`Get-Mailbox -Identity "user${index}-${line}" | Set-Mailbox -ProhibitSendQuota ${line + 1}GB`);
  lines.push(GROUP.replace('"Sales"', `"Sales ${index}"`));
  return `${lines.join('\n')}\n`;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * 1,000 open documents, then none: every one is linted, and closing them frees what they held.
 * Measured inside the server (`exkb/serverStatus`), after a full garbage collection: the server
 * runs with `node --expose-gc`.
 */
describe('1,000 open documents over stdio', () => {
  let client: RawClient;
  const folder = temporaryFolder();
  before(async () => {
    client = await startRawServer(['--expose-gc']);
  });
  after(() => client.kill());

  it('all get diagnostics; after closing them, documents and analyses return to 0 and the heap to its baseline', async (t) => {
    // Warm-up: the first document loads the cmdlet model, the rules and the knowledge for good.
    const warm = fileUri(`${folder}/warm-up.ps1`);
    await client.open(warm, script(-1));
    await client.result('textDocument/hover', { textDocument: { uri: warm }, position: { line: 2, character: 3 } });
    await client.result('textDocument/completion', { textDocument: { uri: warm }, position: { line: 2, character: 3 } });
    await client.notify('textDocument/didClose', { textDocument: { uri: warm } });
    const baseline = await client.result<ServerStatus>('exkb/serverStatus');
    assert.equal(baseline.collected, true, 'the server ran with --expose-gc and collected before measuring');
    assert.equal(baseline.openDocuments, 0);

    const uris = Array.from({ length: DOCUMENTS }, (_, index) => fileUri(`${folder}/many-${index}.ps1`));
    const published: PublishedDiagnostics[] = await Promise.all(uris.map((uri, index) => client.open(uri, script(index))));
    for (const diagnostics of published) assert.equal(diagnostics.diagnostics.filter((diagnostic) => diagnostic.code === RULE).length, 1, diagnostics.uri);
    // Each document answers from its cached analysis.
    const hovers = await Promise.all(uris.slice(0, 50).map((uri) => client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } })));
    assert.ok(hovers.every((hover) => hover.error === undefined));
    const open = await client.result<ServerStatus>('exkb/serverStatus');
    assert.equal(open.openDocuments, DOCUMENTS);
    assert.equal(open.cachedAnalyses, DOCUMENTS);

    const from = client.received.length;
    await client.write(Buffer.concat(uris.map((uri) => client.notificationFrame('textDocument/didClose', { textDocument: { uri } }))));
    const closed = await client.result<ServerStatus>('exkb/serverStatus');
    const clearedUris = new Set(client.received.slice(from).flatMap((message) => (message.method === 'textDocument/publishDiagnostics' && (message.params as PublishedDiagnostics).diagnostics.length === 0 ? [(message.params as PublishedDiagnostics).uri] : [])));
    assert.equal(clearedUris.size, DOCUMENTS, 'closing a document clears its diagnostics');

    t.diagnostic(`heap used: baseline ${mb(baseline.heapUsedBytes)}, with ${DOCUMENTS} documents ${mb(open.heapUsedBytes)}, after closing ${mb(closed.heapUsedBytes)} (margin ${mb(HEAP_MARGIN_BYTES)})`);
    t.diagnostic(`rss: baseline ${mb(baseline.rssBytes)}, with ${DOCUMENTS} documents ${mb(open.rssBytes)}, after closing ${mb(closed.rssBytes)}`);
    assert.equal(closed.openDocuments, 0);
    assert.equal(closed.cachedAnalyses, 0);
    assert.ok(open.heapUsedBytes - baseline.heapUsedBytes > 4 * HEAP_MARGIN_BYTES, 'the documents are visible in the heap, so the margin means something');
    assert.ok(closed.heapUsedBytes - baseline.heapUsedBytes < HEAP_MARGIN_BYTES, `the heap returns to within ${mb(HEAP_MARGIN_BYTES)} of its baseline`);
  });

  it('a second 1,000 open and close leave the heap where the first left it: nothing is kept per document', async (t) => {
    const before = await client.result<ServerStatus>('exkb/serverStatus');
    const uris = Array.from({ length: DOCUMENTS }, (_, index) => fileUri(`${folder}/again-${index}.ps1`));
    await Promise.all(uris.map((uri, index) => client.open(uri, script(DOCUMENTS + index))));
    await client.write(Buffer.concat(uris.map((uri) => client.notificationFrame('textDocument/didClose', { textDocument: { uri } }))));
    const closed = await client.result<ServerStatus>('exkb/serverStatus');
    t.diagnostic(`heap used: before the second round ${mb(before.heapUsedBytes)}, after it ${mb(closed.heapUsedBytes)} (margin ${mb(PER_ROUND_MARGIN_BYTES)})`);
    assert.deepEqual([closed.openDocuments, closed.cachedAnalyses], [0, 0]);
    assert.ok(closed.heapUsedBytes - before.heapUsedBytes < PER_ROUND_MARGIN_BYTES, `a second round adds less than ${mb(PER_ROUND_MARGIN_BYTES)}: under 3 KB per document`);
  });

  it('after that, the same process still lints, answers and exits with 0', async () => {
    const { diagnostics } = await client.open(fileUri(`${folder}/after-many.ps1`), `${GROUP}\n`);
    assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === RULE).length, 1);
    assert.equal(await client.stop(), 0);
  });
});
