import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileUri, temporaryFolder } from './lsp-client.js';
import { RawClient, startRawServer } from './raw-client.js';

const REQUEST_CANCELLED = -32800;
const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true';
/** About 2 MB of script: its lint takes long enough that requests written after it queue up. */
const LONG_SCRIPT = `${'Get-Mailbox -Identity "user" | Set-Mailbox -ProhibitSendQuota 2GB\n'.repeat(30_000)}${GROUP}\n`;
const LAST_LINE = LONG_SCRIPT.split('\n').length - 2;

/**
 * $/cancelRequest, ordered by the protocol rather than by sleeps: a request and its cancellation
 * written in one write arrive together, so the request is still queued when the cancellation is
 * read, and the server must answer it at once with RequestCancelled (-32800), ahead of the request
 * queued before it.
 */
describe('cancellation over stdio', () => {
  let client: RawClient;
  const folder = temporaryFolder();
  before(async () => {
    client = await startRawServer();
  });
  after(() => client.kill());

  it('a request cancelled while queued behind a long lint is answered with RequestCancelled before the request ahead of it', async () => {
    const uri = fileUri(`${folder}/long.ps1`);
    const published = client.diagnostics(uri, 1);
    const position = { textDocument: { uri }, position: { line: LAST_LINE, character: 5 } };
    const ahead = client.requestFrame('textDocument/hover', position);
    const cancelledOne = client.requestFrame('textDocument/hover', position);
    const answers = [client.answerTo(ahead.id), client.answerTo(cancelledOne.id)];
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'powershell', version: 1, text: LONG_SCRIPT } });
    await client.write(Buffer.concat([ahead.bytes, cancelledOne.bytes, client.notificationFrame('$/cancelRequest', { id: cancelledOne.id })]));
    const [first, second] = await Promise.all(answers);
    assert.equal(second?.error?.code, REQUEST_CANCELLED, JSON.stringify(second));
    assert.match(second?.error?.message ?? '', /textDocument\/hover was cancelled before it started/);
    assert.ok(first && 'result' in first, `the request ahead is answered normally: ${JSON.stringify(first?.error)}`);
    assert.ok(client.received.indexOf(second!) < client.received.indexOf(first!), 'the cancelled request is answered first, without waiting for the lint');
    assert.ok((await published).diagnostics.some((diagnostic) => diagnostic.code === 'require-sender-authentication-external'), 'the long document is still linted');
  });

  const KINDS: ReadonlyArray<readonly [string, (uri: string) => unknown]> = [
    ['textDocument/completion', (uri) => ({ textDocument: { uri }, position: { line: 0, character: 3 } })],
    ['textDocument/signatureHelp', (uri) => ({ textDocument: { uri }, position: { line: 0, character: 12 } })],
    ['textDocument/codeAction', (uri) => ({ textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })],
    ['exkb/search', () => ({ query: 'mailbox quota' })],
    ['exkb/scan', () => ({ text: '550 5.7.1 '.repeat(50_000) })],
    ['exkb/serverStatus', () => undefined],
  ];
  for (const [method, params] of KINDS) {
    it(`${method} cancelled in the write that sent it is answered with RequestCancelled, exactly once`, async () => {
      const uri = fileUri(`${folder}/long.ps1`);
      const target = client.requestFrame(method, params(uri));
      const answer = client.answerTo(target.id);
      await client.write(Buffer.concat([target.bytes, client.notificationFrame('$/cancelRequest', { id: target.id })]));
      const cancelledAnswer = await answer;
      assert.equal(cancelledAnswer?.error?.code, REQUEST_CANCELLED, JSON.stringify(cancelledAnswer));
      // One more round trip, so a second answer to the cancelled id would have arrived by now.
      await client.request('exkb/serverStatus');
      assert.equal(client.received.filter((message) => message.id === target.id).length, 1);
    });
  }

  it('cancelling a request that was already answered changes nothing', async () => {
    const { id, bytes } = client.requestFrame('exkb/search', { query: '5.7.1', limit: 1 });
    const answer = client.answerTo(id);
    await client.write(bytes);
    assert.equal(((await answer).result as unknown[]).length, 1);
    await client.notify('$/cancelRequest', { id });
    await client.request('exkb/serverStatus');
    assert.equal(client.received.filter((message) => message.id === id).length, 1);
  });

  it('a request cancelled while its handler waits (here for the client\'s settings) is answered with RequestCancelled once it resumes', async () => {
    const waiting = new RawClient();
    try {
      waiting.holdServerRequests = true;
      await waiting.initialize({ configuration: true });
      await waiting.waitFor((message) => message.method === 'workspace/configuration', 'the server to ask for its settings');
      const search = waiting.requestFrame('exkb/search', { query: '5.7.1', limit: 1 });
      const answer = waiting.answerTo(search.id);
      await waiting.write(search.bytes);
      // Answered after the search was dispatched (the queue keeps order): the search now waits for the settings.
      await waiting.result('exkb/serverStatus');
      await waiting.notify('$/cancelRequest', { id: search.id });
      await waiting.release();
      const cancelledAnswer = await answer;
      assert.equal(cancelledAnswer.error?.code, REQUEST_CANCELLED, JSON.stringify(cancelledAnswer));
      assert.match(cancelledAnswer.error?.message ?? '', /exkb\/search was cancelled while it ran/);
      // The next search, not cancelled, is answered.
      assert.equal((await waiting.result<unknown[]>('exkb/search', { query: '5.7.1', limit: 1 })).length, 1);
      assert.equal(await waiting.stop(), 0);
    } finally {
      waiting.kill();
    }
  });

  it('after the cancellations, the same process still lints, answers and exits with 0', async () => {
    const { diagnostics } = await client.open(fileUri(`${folder}/after-cancel.ps1`), `${GROUP}\n`);
    assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === 'require-sender-authentication-external').length, 1);
    assert.doesNotMatch(client.stderr, /uncaught|unhandled/i);
    assert.equal(await client.stop(), 0);
  });
});
