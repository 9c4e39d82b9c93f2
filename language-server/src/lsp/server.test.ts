// The one thing the end-to-end suite cannot force through the public face: a rule that throws.
// The real server runs in-process over a real JSON-RPC connection, with the rule set injected.
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
  type LogMessageParams,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { defineRule } from '../rules/rule.js';
import { startServer } from './server.js';

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

describe('a rule that throws', () => {
  let client: MessageConnection;
  let server: Connection;
  const logs: LogMessageParams[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const waiting: Array<(params: PublishDiagnosticsParams) => void> = [];

  before(async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(server, { rules: [thrower, reporter] });
    client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification(LogMessageNotification.type, (params) => void logs.push(params));
    client.onNotification(PublishDiagnosticsNotification.type, (params) => {
      published.push(params);
      waiting.splice(0).forEach((resolve) => resolve(params));
    });
    client.listen();
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    await client.sendNotification('initialized', {});
  });
  after(() => {
    client.dispose();
    server.dispose();
  });

  const open = async (uri: string, text: string) => {
    const next = new Promise<PublishDiagnosticsParams>((resolve) => waiting.push(resolve));
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'powershell', version: 1, text } });
    return next;
  };

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
