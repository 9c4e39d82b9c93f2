// A missing, truncated or foreign knowledge bundle (EXKB_KNOWLEDGE_BUNDLE) gives one clear error:
// the knowledge commands stop with exit code 2 and one line naming the file; `exkb lint` and the
// language server, which do not need the knowledge to lint, carry on.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { BUNDLE_FILE } from '@exkb/knowledge/node';
import { SearchRequest } from 'exkb-language-server/protocol';
import { MessageType } from 'vscode-languageserver-protocol';
import { runExkb } from '../exkb-process.js';
import { fileUri, ofRule, startServer, temporaryFolder } from '../lsp/lsp-client.js';

const RULE = 'require-sender-authentication-external';
const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\n';
const folder = mkdtempSync(path.join(tmpdir(), 'exkb-bundle-fault-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const real = readFileSync(BUNDLE_FILE, 'utf8');
const parsed = () => JSON.parse(real) as { format: number; entries: Array<Record<string, unknown>>; index: Record<string, unknown> };

/** Each damaged bundle and what the one error line must say about it. */
const DAMAGE: ReadonlyArray<[string, string | undefined, RegExp]> = [
  ['missing', undefined, /cannot read the knowledge bundle .*missing\.json \(ENOENT\)/],
  ['empty', '', /empty\.json is not valid JSON/],
  ['truncated', real.slice(0, Math.floor(real.length / 2)), /truncated\.json is not valid JSON/],
  ['format-2', JSON.stringify({ ...parsed(), format: 2 }), /format-2\.json is damaged or from another build \(it has format 2, this build reads format 3\)/],
  ['bad-entry', JSON.stringify((() => { const bundle = parsed(); bundle.entries[3] = { ...bundle.entries[3], codes: 7 }; return bundle; })()), /bad-entry\.json is damaged or from another build \(entries\[3\]\.codes is missing or of the wrong type\)/],
  ['bad-index', JSON.stringify((() => { const bundle = parsed(); bundle.index = { ...bundle.index, documents: 'AAAA' }; return bundle; })()), /bad-index\.json has a search index that is damaged/],
];

function bundleAt(name: string, text: string | undefined): string {
  const file = path.join(folder, `${name}.json`);
  if (text !== undefined) writeFileSync(file, text);
  return file;
}

describe('a damaged knowledge bundle, from the command line', () => {
  const script = path.join(folder, 'group.ps1');
  writeFileSync(script, GROUP);

  for (const [name, text, expected] of DAMAGE) {
    it(`${name}: search, show, scan and stats stop with one line and exit code 2; lint still lints`, async () => {
      const env = { EXKB_KNOWLEDGE_BUNDLE: bundleAt(name, text) };
      for (const args of [['search', '5.2.0'], ['show', 'exo-5-7-13-public-folder-authentication-required-createitems'], ['scan', script], ['stats']]) {
        const result = await runExkb(args, { env });
        assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
        assert.equal(result.stdout, '');
        assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
        assert.match(result.stderr, expected);
        assert.match(result.stderr, /EXKB_KNOWLEDGE_BUNDLE/, 'says how to fix it');
      }
      const linted = await runExkb(['lint', '--format', 'json', script], { env });
      const reference = await runExkb(['lint', '--format', 'json', script]);
      assert.deepEqual([linted.code, JSON.parse(linted.stdout)], [reference.code, JSON.parse(reference.stdout)]);
    });
  }
});

describe('a damaged knowledge bundle, in the language server', () => {
  for (const [name, text, expected] of DAMAGE.filter(([name]) => ['missing', 'truncated', 'bad-entry'].includes(name))) {
    it(`${name}: logged once as an error; linting goes on, search answers empty, shutdown is clean`, async () => {
      const previous = process.env['EXKB_KNOWLEDGE_BUNDLE'];
      process.env['EXKB_KNOWLEDGE_BUNDLE'] = bundleAt(name, text);
      const { client } = await startServer().finally(() => {
        if (previous === undefined) delete process.env['EXKB_KNOWLEDGE_BUNDLE'];
        else process.env['EXKB_KNOWLEDGE_BUNDLE'] = previous;
      });
      try {
        const { diagnostics } = await client.open(fileUri(path.join(temporaryFolder(), 'group.ps1')), GROUP);
        assert.equal(ofRule(diagnostics, RULE).length, 1);
        assert.deepEqual(await client.connection.sendRequest(SearchRequest.type, { query: '5.2.0' }), []);
        const errors = client.logs.filter((log) => log.type === MessageType.Error);
        assert.equal(errors.length, 1, errors.map((log) => log.message).join('\n'));
        assert.match(errors[0]?.message ?? '', expected);
        assert.equal(await client.stop(), 0);
      } finally {
        client.kill();
      }
    });
  }
});
