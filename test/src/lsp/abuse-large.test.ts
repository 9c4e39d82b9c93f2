import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServerStatus } from 'exkb-language-server/protocol';
import { fileUri, temporaryFolder } from './lsp-client.js';
import { startRawServer, type RawClient } from './raw-client.js';

const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true';
const RULE = 'require-sender-authentication-external';
const TEN_MB = 10_000_000;
const LINE = 'Get-Mailbox -Identity "user" | Select-Object DisplayName, PrimarySmtpAddress # check\n';

/** Ten megabytes two ways: ~117,000 lines, and one line (a 10 MB string, then a command). Each ends with a finding. */
const DOCUMENTS: ReadonlyArray<readonly [string, string]> = [
  ['10 MB of lines', `${LINE.repeat(Math.ceil(TEN_MB / LINE.length))}${GROUP}\n`],
  ['a 10 MB single line', `$s = "${'a'.repeat(TEN_MB)}"; ${GROUP}`],
];

/** As in abuse-many.test.ts: what the process keeps for good after first use. */
const HEAP_MARGIN_BYTES = 8 * 1024 * 1024;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function endOf(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines.at(-1)?.length ?? 0 };
}

describe('10 MB documents over stdio', () => {
  let client: RawClient;
  const folder = temporaryFolder();
  let baseline: ServerStatus;
  before(async () => {
    client = await startRawServer(['--expose-gc']);
    const warm = fileUri(`${folder}/warm-up.ps1`);
    await client.open(warm, `${LINE}${GROUP}\n`);
    await client.notify('textDocument/didClose', { textDocument: { uri: warm } });
    baseline = await client.result<ServerStatus>('exkb/serverStatus');
  });
  after(() => client.kill());

  for (const [name, text] of DOCUMENTS) {
    it(`${name}: diagnostics, hover and completion at its end, an edit in the middle, close; other documents are served meanwhile`, async (t) => {
      const uri = fileUri(`${folder}/${name.replace(/\W+/g, '-')}.ps1`);
      const small = fileUri(`${folder}/small-beside-${name.replace(/\W+/g, '-')}.ps1`);
      const opened = client.open(uri, text);
      // Written after the 10 MB didOpen: served too, in its turn.
      const smallPublished = client.open(small, `${GROUP}\n`);
      const published = await opened;
      assert.deepEqual(published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [[RULE, endOf(text).line - (text.endsWith('\n') ? 1 : 0)]]);
      assert.equal((await smallPublished).diagnostics.filter((diagnostic) => diagnostic.code === RULE).length, 1);

      const end = endOf(text);
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: end });
      const completion = await client.request('textDocument/completion', { textDocument: { uri }, position: end });
      assert.equal(hover.error, undefined, JSON.stringify(hover.error));
      assert.equal(completion.error, undefined, JSON.stringify(completion.error));
      const onGroup = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: published.diagnostics[0]?.range.start.line ?? 0, character: (published.diagnostics[0]?.range.start.character ?? 0) - 2 } });
      assert.match(JSON.stringify(onGroup.result), /RequireSenderAuthenticationEnabled/, 'hover on the parameter near the end knows it');

      // An edit in the middle: a second finding appears where it was inserted.
      const middle = { line: Math.floor(end.line / 2), character: end.line === 0 ? Math.floor(text.length / 2) : 0 };
      const changed = client.diagnostics(uri, 2);
      const inserted = end.line === 0 ? `"; ${GROUP}; $t = "` : `${GROUP}\n`;
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: middle, end: middle }, text: inserted }] });
      assert.deepEqual((await changed).diagnostics.filter((diagnostic) => diagnostic.code === RULE).map((diagnostic) => diagnostic.range.start.line), end.line === 0 ? [0, 0] : [middle.line, end.line]);

      const cleared = client.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && (message.params as { uri: string; diagnostics: unknown[] }).uri === uri && (message.params as { diagnostics: unknown[] }).diagnostics.length === 0, 'diagnostics cleared on close', client.received.length);
      await client.notify('textDocument/didClose', { textDocument: { uri } });
      await cleared;
      await client.notify('textDocument/didClose', { textDocument: { uri: small } });
      const status = await client.result<ServerStatus>('exkb/serverStatus');
      assert.equal(status.openDocuments, 0);
      assert.equal(status.cachedAnalyses, 0);
      t.diagnostic(`${name}: ${text.length} characters, ${end.line + 1} lines; heap used: baseline ${mb(baseline.heapUsedBytes)}, after close ${mb(status.heapUsedBytes)}; rss ${mb(status.rssBytes)}`);
      assert.ok(status.heapUsedBytes - baseline.heapUsedBytes < HEAP_MARGIN_BYTES, `the heap returns to within ${mb(HEAP_MARGIN_BYTES)} of its baseline`);
    });
  }

  it('after the 10 MB documents, the same process still lints, answers and exits with 0', async () => {
    const { diagnostics } = await client.open(fileUri(`${folder}/after-large.ps1`), `${GROUP}\n`);
    assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === RULE).length, 1);
    assert.doesNotMatch(client.stderr, /uncaught|unhandled/i);
    assert.equal(await client.stop(), 0);
  });
});
