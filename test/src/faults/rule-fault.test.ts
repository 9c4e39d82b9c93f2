// A rule that throws is isolated: in the language server and in `exkb lint` it is reported once,
// and every other rule still reports on every document.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MessageType } from 'vscode-languageserver-protocol';
import { runExkb } from '../exkb-process.js';
import { fileUri, ofRule, startServer, temporaryFolder, type LspClient } from '../lsp/lsp-client.js';
import { throwingRuleNodeOptions } from './fault-injection.js';
import { THROWING_RULE_ID } from './inject-throwing-rule.js';

const RULE = 'require-sender-authentication-external';
const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\n';

describe('a rule that throws, in the language server over stdio', () => {
  let client: LspClient;
  const previous = process.env['NODE_OPTIONS'];
  before(async () => {
    process.env['NODE_OPTIONS'] = throwingRuleNodeOptions();
    try {
      ({ client } = await startServer());
    } finally {
      if (previous === undefined) delete process.env['NODE_OPTIONS'];
      else process.env['NODE_OPTIONS'] = previous;
    }
  });
  after(() => client?.kill());

  it('is skipped on every document while the other rules still report', async () => {
    const folder = temporaryFolder();
    for (let n = 0; n < 5; n++) {
      const { diagnostics } = await client.open(fileUri(path.join(folder, `script-${n}.ps1`)), GROUP);
      assert.equal(ofRule(diagnostics, RULE).length, 1, `document ${n}`);
      assert.deepEqual(ofRule(diagnostics, THROWING_RULE_ID), []);
      assert.deepEqual(ofRule(diagnostics, 'exkb-internal-error'), [], 'one broken rule is not an internal error of the whole lint');
    }
  });

  it('is logged once for the session, as an error naming the rule and the stack', async () => {
    const reports = client.logs.filter((log) => log.message.includes(THROWING_RULE_ID));
    assert.equal(reports.length, 1, reports.map((log) => log.message).join('\n'));
    assert.equal(reports[0]?.type, MessageType.Error);
    assert.match(reports[0]?.message ?? '', /TypeError[\s\S]*\n\s+at /);
  });

  it('does not stop the server: it still answers and shuts down cleanly', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(path.join(temporaryFolder(), 'none.ps1')) }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
    assert.equal(await client.stop(), 0);
  });
});

describe('a rule that throws, in exkb lint', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'exkb-rule-fault-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('is reported once per run on standard error, and every file still gets the other rules', async () => {
    for (let n = 0; n < 4; n++) writeFileSync(path.join(folder, `script-${n}.ps1`), GROUP);
    const clean = await runExkb(['lint', '--format', 'json', folder]);
    const faulty = await runExkb(['lint', '--format', 'json', folder], { env: { NODE_OPTIONS: throwingRuleNodeOptions() } });
    assert.equal(faulty.code, clean.code);
    assert.deepEqual(JSON.parse(faulty.stdout), JSON.parse(clean.stdout), 'the same findings as without the broken rule');
    const mentions = faulty.stderr.split('\n').filter((line) => line.includes(THROWING_RULE_ID));
    assert.equal(mentions.length, 1, faulty.stderr);
    assert.match(mentions[0] ?? '', /4 files/);
  });
});
