import assert from 'node:assert/strict';
import { fork, spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, type InitializeResult } from 'vscode-languageserver-protocol/node';
import { LspClient, SERVER_BIN, startServer } from './lsp-client.js';

describe('language server lifecycle', () => {
  it('initialize announces incremental sync, hover, completion on "-", ":" and "," with resolve, signature help on " " and "-", code actions with fix-all', async () => {
    const { client, result } = await startServer();
    try {
      assert.equal(result.serverInfo?.name, 'exkb');
      assert.match(result.serverInfo?.version ?? '', /^\d+\.\d+\.\d+/);
      const { capabilities } = result;
      assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
      assert.equal(capabilities.hoverProvider, true);
      assert.deepEqual(capabilities.completionProvider, { triggerCharacters: ['-', ':', ','], resolveProvider: true });
      assert.deepEqual(capabilities.signatureHelpProvider, { triggerCharacters: [' ', '-'] });
      assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll', 'source.fixAll.exkb'] });
      assert.ok(client.logs.some((log) => /knowledge entries/.test(log.message)), 'the log says how much knowledge was loaded');
    } finally {
      client.kill();
    }
  });

  it('shutdown then exit ends the process with code 0', async () => {
    const { client } = await startServer();
    assert.equal(await client.stop(), 0);
  });

  it('exit without shutdown ends the process with code 1, as the protocol says', async () => {
    const { client } = await startServer();
    await client.connection.sendNotification('exit');
    assert.equal(await client.exit, 1);
  });

  it('talks over node IPC with --node-ipc', async () => {
    const child = fork(SERVER_BIN, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(result.serverInfo?.name, 'exkb');
      await connection.sendRequest('shutdown');
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      await connection.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });

  const FLAGS: ReadonlyArray<[string[], number, RegExp, 'stdout' | 'stderr']> = [
    [[], 2, /--stdio or --node-ipc/, 'stderr'],
    [['--help'], 0, /Usage: exkb-language-server --stdio/, 'stdout'],
    [['--version'], 0, /^\d+\.\d+\.\d+\n$/, 'stdout'],
  ];
  for (const [args, code, output, stream] of FLAGS) {
    it(`exkb-language-server ${args.join(' ') || '(no flags)'} exits ${code}`, () => {
      const run = spawnSync(process.execPath, [SERVER_BIN, ...args], { encoding: 'utf8', timeout: 10_000 });
      assert.equal(run.status, code, run.stderr);
      assert.match(run[stream], output);
    });
  }

  it('a client that disappears takes the server with it (stdin closed)', async () => {
    const client = new LspClient();
    await client.initialize();
    client.child.stdin.end();
    assert.notEqual(await client.exit, undefined);
  });
});
