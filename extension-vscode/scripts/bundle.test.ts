// The bundles work on their own: bundled into a folder outside the repository, the server starts
// with no node_modules and no sources near it, reads the knowledge and the cmdlet model from
// `runtime/`, and answers over stdio as the extension's client would talk to it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  createMessageConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { SearchRequest } from 'exkb-language-server/protocol';
import { bundle, RUNTIME_FILES, type BundleResult } from './bundle.js';
import { NOTICES_FILE } from './third-party-notices.js';
import { REPO_ROOT } from './paths.js';

const WAIT_MS = 15_000;

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${what} within ${WAIT_MS} ms`)), WAIT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('the bundled language server', () => {
  let folder: string;
  let result: BundleResult;
  let connection: MessageConnection;
  let stderr = '';
  const published: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'exkb-bundle-'));
    result = await bundle(folder);
    const child = spawn(process.execPath, [path.join(folder, 'server.js'), '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      published.push(params);
      for (const wake of waiters.splice(0)) wake();
    });
    connection.onRequest('workspace/configuration', () => [{ exchangeVersion: '2019' }]);
    connection.listen();
    await within(connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } }), 'initialize answer');
    await connection.sendNotification('initialized', {});
  });

  after(async () => {
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  async function diagnosticsOf(text: string, name: string): Promise<PublishDiagnosticsParams> {
    const uri = `untitled:${name}`;
    const arrived = (): PublishDiagnosticsParams | undefined => published.find((params) => params.uri === uri);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'powershell', version: 1, text } });
    while (!arrived()) await within(new Promise<void>((resolve) => waiters.push(resolve)), `diagnostics for ${name} (stderr: ${stderr})`);
    return arrived() as PublishDiagnosticsParams;
  }

  test('writes the client, the server, the panel script, the notices and the runtime files', () => {
    assert.deepEqual(result.files, ['extension.js', 'server.js', 'panel.js', NOTICES_FILE, ...RUNTIME_FILES.map((file) => `runtime/${file}`)]);
    const client = readFileSync(path.join(folder, 'extension.js'), 'utf8');
    assert.match(client, /from\s*"vscode"|require\("vscode"\)/, 'vscode stays external');
    assert.doesNotMatch(client, /node_modules/);
  });

  test('the notices list every npm package in every bundle, with the licence text it ships', () => {
    const notices = readFileSync(path.join(folder, NOTICES_FILE), 'utf8');
    // Found independently of the notices code: the nearest package.json with a name above each input.
    const expected = new Set<string>();
    for (const input of Object.values(result.inputs).flat()) {
      if (!input.split('/').includes('node_modules')) continue;
      let dir = path.dirname(path.join(REPO_ROOT, input));
      for (;;) {
        const file = path.join(dir, 'package.json');
        const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }) : {};
        if (manifest.name && manifest.version) {
          expected.add(`${manifest.name}@${manifest.version}`);
          break;
        }
        assert.notEqual(path.dirname(dir), dir, `no package.json above ${input}`);
        dir = path.dirname(dir);
      }
    }
    assert.ok(expected.has(`vscode-languageclient@${result.packages.find((item) => item.name === 'vscode-languageclient')?.version}`), 'the client library is bundled');
    // Licence texts have `##` headings of their own (Blue Oak's); a package heading is name@version.
    const listed = new Set([...notices.matchAll(/^## (\S+@\d\S*)$/gm)].map((match) => match[1]));
    assert.deepEqual([...listed].sort(), [...expected].sort());
    for (const item of result.packages) {
      if (item.licenseFiles.length === 0) assert.match(notices, new RegExp(`## ${item.name}@${item.version}\n\nLicence: \\S+\n\nThe package ships no licence file`), item.name);
      for (const { text } of item.licenseFiles) assert.ok(text.length > 100 && notices.includes(text), `${item.name}: licence text`);
    }
  });

  test('reports diagnostics from the rules and from the cmdlet model', async () => {
    const cases: { name: string; text: string; rule: string }[] = [
      { name: 'group.ps1', text: 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\n', rule: 'require-sender-authentication-external' },
      { name: 'model.ps1', text: 'Get-Mailbox -Identiti "Sales"\n', rule: 'unknown-parameter' },
    ];
    for (const { name, text, rule } of cases) {
      const { diagnostics } = await diagnosticsOf(text, name);
      assert.ok(diagnostics.some((diagnostic) => diagnostic.code === rule), `${name}: ${JSON.stringify(diagnostics)}`);
    }
  });

  test('searches the bundled knowledge', async () => {
    const items = await within(connection.sendRequest(SearchRequest.type, { query: '5.2.0' }), 'search answer');
    assert.ok(items.length > 0);
    assert.ok(items[0]?.matchedCodes.includes('5.2.0'), JSON.stringify(items[0]));
  });

  test('knows its version from the runtime package.json', () => {
    const run = spawnSync(process.execPath, [path.join(folder, 'server.js'), '--version'], { cwd: folder, encoding: 'utf8' });
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'language-server/package.json'), 'utf8')) as { version: string };
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), version);
  });
});
