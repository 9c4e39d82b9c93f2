// The lifecycle over stdio: before initialize a request is answered with ServerNotInitialized and a
// notification is dropped; after shutdown a request is answered with InvalidRequest; exit is
// always heard. The same process then behaves as a fresh one would.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileUri, temporaryFolder } from './lsp-client.js';
import { RawClient } from './raw-client.js';

const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true';
const RULE = 'require-sender-authentication-external';

describe('the LSP lifecycle, over stdio', () => {
  it('before initialize: requests get -32002, notifications are dropped; after it, everything works', async () => {
    const client = new RawClient();
    try {
      const uri = fileUri(`${temporaryFolder()}/early.ps1`);
      for (const method of ['textDocument/hover', 'exkb/search', 'shutdown']) {
        const answer = await client.request(method, { textDocument: { uri }, position: { line: 0, character: 0 }, query: '5.7.1' });
        assert.equal(answer.error?.code, -32002, `${method}: ${JSON.stringify(answer)}`);
      }
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'powershell', version: 1, text: GROUP } });
      await client.initialize();
      // Nothing may reach the client before the initialize answer: the refusals went to stderr.
      assert.deepEqual(client.received.filter((message) => message.method === 'window/logMessage' && /before initialize/.test(JSON.stringify(message.params))), []);
      assert.match(client.stderr, /ignored a message from the client: textDocument\/hover before initialize/);
      // The dropped didOpen never opened the document: a change for it is not applied, and opening it now works as a first open.
      const { diagnostics } = await client.open(uri, GROUP);
      assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === RULE).length, 1);
      assert.equal(client.published(uri).length, 1, 'nothing was published for the dropped didOpen');
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });

  it('after shutdown: requests get -32600 and notifications are dropped until exit, which ends the process with 0', async () => {
    const client = new RawClient();
    try {
      await client.initialize();
      assert.equal((await client.request('shutdown')).error, undefined);
      const answer = await client.request('exkb/search', { query: '5.7.1' });
      assert.equal(answer.error?.code, -32600, JSON.stringify(answer));
      assert.match(answer.error?.message ?? '', /shutting down/);
      await client.notify('textDocument/didOpen', { textDocument: { uri: fileUri(`${temporaryFolder()}/late.ps1`), languageId: 'powershell', version: 1, text: GROUP } });
      await client.notify('exit');
      assert.equal((await client.within(client.exit, 'the server to exit')).code, 0);
      assert.deepEqual(client.published(), [], 'the didOpen after shutdown was not linted');
    } finally {
      client.kill();
    }
  });

  it('exit before initialize ends the process (with 1: there was no shutdown)', async () => {
    const client = new RawClient();
    try {
      await client.notify('exit');
      assert.equal((await client.within(client.exit, 'the server to exit')).code, 1);
    } finally {
      client.kill();
    }
  });
});
