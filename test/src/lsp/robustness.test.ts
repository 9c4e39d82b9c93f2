import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SearchRequest } from 'exkb-language-server/protocol';
import { ResponseError, type CodeAction } from 'vscode-languageserver-protocol';
import { ofRule, serverForSuite } from './lsp-client.js';

const RULE = 'require-sender-authentication-external';
const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true';

/**
 * Garbage in, answers out: the server never dies on input. Each case sends something malformed;
 * after all of them the same process still lints, answers requests and exits cleanly.
 */
describe('malformed input over stdio', () => {
  const server = serverForSuite();

  const TEXTS: ReadonlyArray<[string, string]> = [
    ['a 2 MB line', `${GROUP} ${'-Foo bar '.repeat(230_000)}`],
    ['NUL bytes and control characters', `Set-Distribution\u0000Group "Sa\u0000les" -RequireSenderAuthenticationEnabled $true\u0001\u0002\u001b[31m`],
    ['unclosed everything', '@" $( { ( [ \' " <# @{ function f { param( [ValidateSet('],
    ['lone surrogates and odd line ends', `\uD800\r\r\n\u2028${GROUP}\uDFFF\r`],
    ['a here-string that never ends', `$x = @"\n${GROUP}\n`],
    ['10,000 nested parentheses', `${'('.repeat(10_000)}1${')'.repeat(10_000)}`],
    ['an empty document', ''],
  ];
  for (const [name, text] of TEXTS) {
    it(`lints ${name}`, async () => {
      const published = await server.openDocument(text);
      assert.equal(published.version, 1);
      // Whatever the text, the answer is diagnostics; exkb failing on it is a bug it must admit to, not hide.
      assert.deepEqual(ofRule(published.diagnostics, 'exkb-internal-error').map((diagnostic) => diagnostic.message), []);
    });
  }

  it('a didChange with positions past the end is clamped to the end', async () => {
    const { uri } = await server.openDocument('Get-Date\n');
    const { diagnostics } = await server.client.change(uri, 2, [{ range: { start: { line: 9_999, character: 9_999 }, end: { line: 10_000, character: 0 } }, text: `${GROUP}\n` }]);
    assert.deepEqual(ofRule(diagnostics, RULE).map((diagnostic) => diagnostic.range.start.line), [1], 'appended after the last line');
  });

  it('a didChange with a malformed range skips that change and keeps the valid ones', async () => {
    const { client } = server;
    const { uri } = await server.openDocument('Get-Date\n');
    const published = await client.change(uri, 2, [
      { range: { start: { line: 'zero', character: null }, end: {} }, text: 'junk' } as never,
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: GROUP },
    ]);
    assert.equal(ofRule(published.diagnostics, RULE).length, 1);
    assert.ok(client.logs.some((log) => /malformed change; it was skipped/.test(log.message)));
  });

  it('notifications for documents that were never opened are logged and ignored', async () => {
    const { client } = server;
    const ghost = server.documentUri();
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: ghost, version: 2 }, contentChanges: [{ text: GROUP }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: ghost } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 42 } });
    await client.connection.sendNotification('textDocument/didChange', null);
    // Requests are answered in order, so by now the notifications above were handled.
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: ghost }, position: { line: 0, character: 0 } }), null);
    assert.ok(client.logs.some((log) => log.message.includes(`didChange for ${ghost}, which is not open`)));
  });

  const REQUESTS: ReadonlyArray<[string, string, unknown, unknown]> = [
    ['hover on an unknown document', 'textDocument/hover', { textDocument: { uri: 'file:///nowhere.ps1' }, position: { line: 0, character: 0 } }, null],
    ['completion on an unknown document', 'textDocument/completion', { textDocument: { uri: 'file:///nowhere.ps1' }, position: { line: 0, character: 0 } }, null],
    ['code actions on an unknown document', 'textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.ps1' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }, []],
    ['hover with fields of the wrong types', 'textDocument/hover', { textDocument: 42, position: 'start' }, null],
    ['completion with an empty object', 'textDocument/completion', {}, null],
    ['code actions without a range', 'textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.ps1' } }, []],
  ];
  for (const [name, method, params, expected] of REQUESTS) {
    it(`${name} is answered with ${JSON.stringify(expected)}`, async () => {
      assert.deepEqual(await server.client.request(method, params), expected);
    });
  }

  it('params by position where the protocol wants an object get an error answer, not silence', async () => {
    await assert.rejects(server.client.connection.sendRequest('textDocument/hover', 42), (error: unknown) => error instanceof ResponseError && /parameters by name/.test(error.message));
  });

  it('requests at positions far past the end of an open document are answered', async () => {
    const { client } = server;
    const { uri } = await server.openDocument(`${GROUP}\n`);
    const far = { line: 1_000_000, character: 1_000_000 };
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: far }), null);
    await client.request('textDocument/completion', { textDocument: { uri }, position: far });
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: far, end: far }, context: { diagnostics: [{ code: RULE, source: 'exkb', message: 'x', range: { start: far, end: far } }] } });
    assert.ok(Array.isArray(actions));
  });

  it('code actions for a range whose positions are not positions answer [] without a handler failure', async () => {
    const { client } = server;
    const { uri } = await server.openDocument(`${GROUP}\n`);
    for (const range of [{ start: null, end: { line: 0, character: 0 } }, { start: 3, end: 4 }, { start: { line: 'a', character: 0 }, end: { line: 0, character: 0 } }]) {
      assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }), []);
    }
    assert.deepEqual(client.logs.filter((log) => /codeAction failed/.test(log.message)).map((log) => log.message), []);
  });

  it('an unknown request gets MethodNotFound', async () => {
    await assert.rejects(server.client.connection.sendRequest('exkb/doesNotExist', {}), (error: unknown) => error instanceof ResponseError && error.code === -32601);
  });

  it('after all that, the same process still lints, searches and exits with 0', async () => {
    const { client } = server;
    const { diagnostics } = await server.openDocument(`${GROUP}\n`);
    assert.equal(ofRule(diagnostics, RULE).length, 1);
    assert.ok((await client.connection.sendRequest(SearchRequest.type, { query: '5.7.1' })).length > 0);
    assert.doesNotMatch(client.stderr, /uncaught|unhandled/i);
    assert.equal(await client.stop(), 0);
  });
});
