// What the end-to-end suite cannot force through the public face: a rule that throws, and a
// cmdlet model that cannot be read. The real server runs in-process over a real JSON-RPC
// connection, with the rule set or the model loader injected.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { createConnection, type Connection } from 'vscode-languageserver/node';
import {
  createMessageConnection,
  LogMessageNotification,
  MessageType,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type CompletionList,
  type Hover,
  type LogMessageParams,
  type MarkupContent,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { CmdletModelError } from '../exchange/model/load.js';
import { defineRule } from '../rules/rule.js';
import { startServer, type ServerOptions } from './server.js';

const thrower = defineRule({
  meta: { id: 'always-throws', description: 'A rule with a bug.', severity: 'error', entries: [], fixable: false },
  check() {
    throw new TypeError('cannot read properties of undefined (reading "value")');
  },
});

const reporter = defineRule({
  meta: { id: 'flags-every-script', description: 'Reports the first character.', severity: 'warning', entries: ['distribution-group-rejects-external-senders-auth-required'], fixable: false },
  check(context) {
    context.report({ span: { start: 0, end: 1 }, message: 'Something to report. Nothing to do.' });
  },
});

/** The real server over an in-memory JSON-RPC connection, started before the suite's tests and disposed after them. */
function inProcessServer(options: ServerOptions) {
  let client: MessageConnection | undefined;
  let server: Connection | undefined;
  const logs: LogMessageParams[] = [];
  const waiting: Array<(params: PublishDiagnosticsParams) => void> = [];

  before(async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(server, options);
    client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification(LogMessageNotification.type, (params) => void logs.push(params));
    client.onNotification(PublishDiagnosticsNotification.type, (params) => waiting.splice(0).forEach((resolve) => resolve(params)));
    client.listen();
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await client.sendNotification('initialized', {});
  });
  after(() => {
    client?.dispose();
    server?.dispose();
  });

  const connection = () => {
    if (!client) throw new Error('the in-process server starts in before()');
    return client;
  };
  return {
    logs,
    request: <R>(method: string, params: unknown) => connection().sendRequest<R>(method, params),
    async open(uri: string, text: string) {
      const next = new Promise<PublishDiagnosticsParams>((resolve) => waiting.push(resolve));
      await connection().sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'powershell', version: 1, text } });
      return next;
    },
  };
}

describe('a rule that throws', () => {
  const { logs, open } = inProcessServer({ rules: [thrower, reporter] });

  it('is skipped: the other rules still report', async () => {
    const { diagnostics } = await open('untitled:one.ps1', 'Get-Mailbox\n');
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.code), ['flags-every-script']);
  });

  it('is logged once per session as an error with its id and stack, however often it throws', async () => {
    await open('untitled:two.ps1', 'Get-Mailbox\n');
    await open('untitled:three.ps1', 'Get-Mailbox\n');
    const reports = logs.filter((log) => log.message.includes('always-throws'));
    assert.equal(reports.length, 1, JSON.stringify(logs));
    assert.equal(reports[0]?.type, MessageType.Error);
    assert.match(reports[0]?.message ?? '', /rule always-throws threw and was skipped/);
    assert.match(reports[0]?.message ?? '', /TypeError: cannot read properties of undefined[\s\S]*\n\s+at /);
  });
});

describe('a cmdlet model that cannot be read', () => {
  const { logs, open, request } = inProcessServer({
    rules: [reporter],
    loadModel: () => {
      throw new CmdletModelError('exkb: cannot read the cmdlet model /nowhere/exchange-cmdlets.json (ENOENT)');
    },
  });
  const at = (text: string) => ({ textDocument: { uri: 'untitled:model.ps1' }, position: { line: 0, character: text.length } });

  it('leaves hover and completion to the knowledge entries, signature help silent, and says why once', async () => {
    const text = 'Set-DistributionGroup -Identity Sales -Req';
    await open('untitled:model.ps1', text);
    const completion = await request<CompletionList | null>('textDocument/completion', at(text));
    assert.ok(completion?.items.some((item) => item.label === '-RequireSenderAuthenticationEnabled'), 'the parameters the entries use');
    assert.ok(completion?.items.every((item) => /knowledge entr/.test(item.detail ?? '')));
    const hover = await request<Hover | null>('textDocument/hover', { textDocument: { uri: 'untitled:model.ps1' }, position: { line: 0, character: 3 } });
    assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /^\*\*Set-DistributionGroup\*\*\n\nKnowledge entries:/);
    assert.equal(await request('textDocument/signatureHelp', at(text)), null);
    assert.deepEqual((await request<CompletionList | null>('textDocument/completion', at('')))?.items, [], 'no cmdlet names to offer, and no failure');
    const reports = logs.filter((log) => log.message.includes('cmdlet model'));
    assert.equal(reports.length, 1, JSON.stringify(logs));
    assert.match(reports[0]?.message ?? '', /cannot read the cmdlet model .*; completion, hover and signature help know no cmdlet facts until it is fixed/);
  });
});
