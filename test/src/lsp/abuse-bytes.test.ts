import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileUri, temporaryFolder } from './lsp-client.js';
import { frame, RawClient, startRawServer, type RawMessage } from './raw-client.js';

const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true';
const RULE = 'require-sender-authentication-external';
const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;
const METHOD_NOT_FOUND = -32601;
const INVALID_PARAMS = -32602;

type Expected =
  /** An error answer with this code, to the message's own id or to null. */
  | { readonly code: number; readonly to: 'own id' | 'null' }
  /** A normal result to the message's own id. */
  | 'a result'
  /** Nothing: notifications and responses are never answered. */
  | 'no answer';

interface MessageFault {
  readonly name: string;
  /** The bytes to write; `id` is the id to use where the fault has one. */
  readonly bytes: (id: number) => Buffer;
  readonly expected: Expected;
  /** What the server's log (window/logMessage) must say about it. */
  readonly log?: RegExp;
}

const search = (id: unknown, extra: Record<string, unknown> = {}) => ({ jsonrpc: '2.0', id, method: 'exkb/search', params: { query: '5.7.1', limit: 1 }, ...extra });
const withInvalidUtf8 = (id: number) =>
  frame(Buffer.concat([Buffer.from(`{"jsonrpc":"2.0","id":${id},"method":"exkb/search","params":{"query":"5.7.1 `, 'utf8'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}}', 'utf8')]));

/** Faults inside a well-framed message: each is answered as JSON-RPC says, and the next request is served. */
const MESSAGE_FAULTS: readonly MessageFault[] = [
  { name: 'a body that is not JSON', bytes: () => frame('{"jsonrpc": "2.0", "id": 1, "method": '), expected: { code: PARSE_ERROR, to: 'null' }, log: /not JSON/ },
  { name: 'an empty body (Content-Length: 0)', bytes: () => frame(''), expected: { code: PARSE_ERROR, to: 'null' } },
  { name: 'a JSON-RPC batch (an array)', bytes: (id) => frame([search(id)]), expected: { code: INVALID_REQUEST, to: 'null' }, log: /LSP has no batches/ },
  { name: 'an empty array', bytes: () => frame('[]'), expected: { code: INVALID_REQUEST, to: 'null' } },
  { name: 'a number', bytes: () => frame('42'), expected: { code: INVALID_REQUEST, to: 'null' }, log: /42 is not a JSON-RPC message/ },
  { name: 'a string', bytes: () => frame('"initialize"'), expected: { code: INVALID_REQUEST, to: 'null' } },
  { name: 'null', bytes: () => frame('null'), expected: { code: INVALID_REQUEST, to: 'null' } },
  { name: 'an object without method, result or error', bytes: () => frame({ jsonrpc: '2.0', foo: 'bar' }), expected: { code: INVALID_REQUEST, to: 'null' } },
  { name: 'an id that is an object', bytes: () => frame(search({ id: 1 })), expected: { code: INVALID_REQUEST, to: 'null' }, log: /must be a string or an integer/ },
  { name: 'an id that is a boolean', bytes: () => frame(search(true)), expected: { code: INVALID_REQUEST, to: 'null' } },
  { name: 'an id that is null', bytes: () => frame(search(null)), expected: { code: INVALID_REQUEST, to: 'null' } },
  { name: 'an id that is a fraction', bytes: () => frame(search(1.5)), expected: { code: INVALID_REQUEST, to: 'null' } },
  { name: 'a request with "jsonrpc": "1.0"', bytes: (id) => frame(search(id, { jsonrpc: '1.0' })), expected: { code: INVALID_REQUEST, to: 'own id' }, log: /"jsonrpc" is "1.0"; it must be "2.0"/ },
  { name: 'a request without "jsonrpc"', bytes: (id) => frame({ id, method: 'exkb/search', params: { query: 'x' } }), expected: { code: INVALID_REQUEST, to: 'own id' } },
  { name: 'a request whose method is a number', bytes: (id) => frame({ jsonrpc: '2.0', id, method: 42, params: {} }), expected: { code: INVALID_REQUEST, to: 'own id' } },
  { name: 'a notification whose method is a number', bytes: () => frame({ jsonrpc: '2.0', method: 42, params: {} }), expected: { code: INVALID_REQUEST, to: 'null' }, log: /"method" is 42/ },
  { name: 'a notification whose method is an object', bytes: () => frame({ jsonrpc: '2.0', method: { name: 'textDocument/didOpen' } }), expected: { code: INVALID_REQUEST, to: 'null' } },
  { name: 'params that are a string', bytes: (id) => frame(search(id, { params: 'query' })), expected: { code: INVALID_REQUEST, to: 'own id' } },
  { name: 'params by position where a name is expected', bytes: (id) => frame({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: [1, 2] }), expected: { code: INVALID_PARAMS, to: 'own id' } },
  { name: 'params of the wrong shape for exkb/search', bytes: (id) => frame(search(id, { params: { query: 5 } })), expected: { code: INVALID_PARAMS, to: 'own id' } },
  { name: 'an unknown request', bytes: (id) => frame({ jsonrpc: '2.0', id, method: 'exkb/noSuchThing', params: {} }), expected: { code: METHOD_NOT_FOUND, to: 'own id' } },
  { name: 'an unknown notification', bytes: () => frame({ jsonrpc: '2.0', method: 'exkb/noSuchThing', params: {} }), expected: 'no answer' },
  { name: '$/cancelRequest without params', bytes: () => frame({ jsonrpc: '2.0', method: '$/cancelRequest' }), expected: 'no answer', log: /\$\/cancelRequest without the id/ },
  { name: '$/cancelRequest for an id never sent', bytes: () => frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 'never-sent' } }), expected: 'no answer' },
  { name: 'a response to a request never made', bytes: () => frame({ jsonrpc: '2.0', id: 987_654, result: null }), expected: 'no answer' },
  { name: 'a response with both a result and an error', bytes: () => frame({ jsonrpc: '2.0', id: 987_655, result: 1, error: { code: 1, message: 'x' } }), expected: 'no answer', log: /both a result and an error/ },
  { name: 'invalid UTF-8 in a string of the body', bytes: withInvalidUtf8, expected: 'a result', log: /not valid UTF-8; the invalid bytes were read as U\+FFFD/ },
  { name: 'a string id', bytes: () => frame(search('an id that is a string')), expected: 'a result' },
  { name: 'params null for a request that takes an object', bytes: (id) => frame({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: null }), expected: { code: INVALID_PARAMS, to: 'own id' } },
  { name: 'params null for a request that takes none', bytes: (id) => frame({ jsonrpc: '2.0', id, method: 'exkb/serverStatus', params: null }), expected: 'a result' },
  { name: 'extra headers, any case', bytes: (id) => { const body = JSON.stringify(search(id)); return Buffer.from(`content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH: ${Buffer.byteLength(body)}\r\n\r\n${body}`); }, expected: 'a result' },
];

/**
 * Faults in the framing itself. After a header that cannot be read, where the next message starts
 * is unknowable (vscode-jsonrpc's own reader then goes deaf: it fails on every later byte, or waits
 * forever for a body that never ends). A demanding client wants a server it can see has died, not
 * one that hangs: the server says what was wrong on stderr and exits with code 1, at once.
 */
const FRAMING_FAULTS: ReadonlyArray<readonly [string, Buffer, RegExp]> = [
  ['a header without Content-Length', Buffer.from('Content-Type: application/vscode-jsonrpc\r\n\r\n{}'), /a header without Content-Length/],
  ['a Content-Length that is not a number', Buffer.from('Content-Length: twelve\r\n\r\n{}'), /Content-Length is "twelve"/],
  ['a negative Content-Length', Buffer.from('Content-Length: -5\r\n\r\n{}'), /Content-Length is "-5"/],
  ['a Content-Length of 100 GB', Buffer.from('Content-Length: 100000000000\r\n\r\n{}'), /Content-Length is 100000000000; exkb reads messages of at most/],
  ['a header line without a colon', Buffer.from('Content-Length 12\r\n\r\n{}'), /a header line without "name: value"/],
  ['8 KB of bytes without a header end', Buffer.from(`${'x'.repeat(9_000)}\r\n`), /no end of header/],
  ['a body shorter than its Content-Length, then the next message', Buffer.concat([Buffer.from('Content-Length: 60\r\n\r\n{}'), frame(search(1)), frame(search(2))]), /Content-Length|name: value/],
  ['a body longer than its Content-Length', Buffer.concat([Buffer.from('Content-Length: 5\r\n\r\n'), Buffer.from(JSON.stringify(search(1))), frame(search(2))]), /Content-Length|name: value/],
];

describe('malformed JSON-RPC at the byte level, over stdio', () => {
  let client: RawClient;
  before(async () => {
    client = await startRawServer();
  });
  after(() => client.kill());

  for (const fault of MESSAGE_FAULTS) {
    const expected = fault.expected;
    const says = expected === 'a result' ? 'a result' : expected === 'no answer' ? 'no answer' : `error ${expected.code} to ${expected.to}`;
    it(`${fault.name}: ${says}, then the next request is served`, async () => {
      const from = client.received.length;
      const id = client.id();
      await client.write(fault.bytes(id));
      const next = await client.request('exkb/search', { query: '5.7.1', limit: 1 });
      assert.ok(Array.isArray(next.result) && next.result.length === 1, `the next request is answered: ${JSON.stringify(next)}`);
      const answers = client.received.slice(from, client.received.indexOf(next)).filter((message) => message.method === undefined);
      if (expected === 'no answer') {
        assert.deepEqual(answers, []);
      } else if (expected === 'a result') {
        assert.equal(answers.length, 1, JSON.stringify(answers));
        assert.ok(answers[0] && 'result' in answers[0] && answers[0].error === undefined, JSON.stringify(answers));
      } else {
        assert.equal(answers.length, 1, `exactly one answer: ${JSON.stringify(answers)}`);
        const [answer] = answers as [RawMessage];
        assert.equal(answer.jsonrpc, '2.0');
        assert.equal(answer.error?.code, expected.code, JSON.stringify(answer));
        assert.equal(answer.id, expected.to === 'null' ? null : id);
        assert.equal('result' in answer, false);
      }
      if (fault.log) {
        const log = fault.log;
        assert.ok(
          client.received.slice(from).some((message) => message.method === 'window/logMessage' && log.test((message.params as { message: string }).message)),
          `the log says ${log}`,
        );
      }
    });
  }

  it('a frame written one byte at a time is read whole', async () => {
    const { id, bytes } = client.requestFrame('exkb/search', { query: '5.7.1', limit: 1 });
    const answer = client.answerTo(id);
    for (const byte of bytes) await client.write(Buffer.from([byte]));
    assert.equal(((await answer).result as unknown[]).length, 1);
  });

  it('three frames in one write are all answered, in order', async () => {
    const frames = [client.requestFrame('exkb/search', { query: '5.7.1', limit: 1 }), client.requestFrame('exkb/entry', { id: 'no-such-entry' }), client.requestFrame('exkb/search', { query: 'x', limit: 0 })];
    const answers = Promise.all(frames.map((request) => client.answerTo(request.id)));
    await client.write(Buffer.concat(frames.map((request) => request.bytes)));
    const [first, second, third] = await answers;
    assert.equal((first?.result as unknown[]).length, 1);
    assert.equal(second?.result, null);
    assert.deepEqual(third?.result, []);
  });

  it('a document opened with invalid UTF-8 is linted with U+FFFD in place of the bad bytes', async () => {
    const uri = fileUri(`${temporaryFolder()}/broken-bytes.ps1`);
    const published = client.diagnostics(uri, 1);
    const head = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'powershell', version: 1, text: `${GROUP} #@@` } } }), 'utf8');
    const at = head.indexOf('@@');
    await client.write(frame(Buffer.concat([head.subarray(0, at), Buffer.from([0xc0, 0xaf]), head.subarray(at + 2)])));
    assert.deepEqual((await published).diagnostics.filter((diagnostic) => diagnostic.code === RULE).length, 1);
  });

  it('after all that, the same process still lints, answers and exits with 0', async () => {
    const uri = fileUri(`${temporaryFolder()}/after-bytes.ps1`);
    const { diagnostics } = await client.open(uri, `${GROUP}\n`);
    assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === RULE).length, 1);
    assert.doesNotMatch(client.stderr, /uncaught|unhandled|broke the message framing/i);
    assert.equal(await client.stop(), 0);
  });
});

describe('a broken frame header ends the server with a message on stderr, over stdio', () => {
  for (const [name, bytes, message] of FRAMING_FAULTS) {
    it(`${name}: exit code 1, stderr says why`, async () => {
      const client = await startRawServer();
      try {
        // The server is serving before the fault.
        assert.equal(((await client.result<unknown[]>('exkb/search', { query: '5.7.1', limit: 1 })) ?? []).length, 1);
        await client.write(bytes).catch(() => undefined);
        const { code } = await client.within(client.exit, 'the server to exit');
        assert.equal(code, 1);
        assert.match(client.stderr, /exkb-language-server: the client broke the message framing \(/);
        assert.match(client.stderr, message);
      } finally {
        client.kill();
      }
    });
  }

  it('a Content-Length longer than what arrives is waited for, as on a slow pipe; closing stdin then ends the server', async () => {
    const client = await startRawServer();
    try {
      await client.write(Buffer.from('Content-Length: 1000\r\n\r\n{"jsonrpc":"2.0",'));
      // A request written now is read as the rest of that body; the server has not answered it.
      const { id, bytes } = client.requestFrame('exkb/search', { query: '5.7.1' });
      await client.write(bytes);
      client.child.stdin.end();
      const { code } = await client.within(client.exit, 'the server to exit');
      assert.equal(code, 1, 'exit without shutdown is 1, as the protocol says');
      assert.equal(client.received.some((received) => received.id === id), false);
    } finally {
      client.kill();
    }
  });
});
