// The diagnostics cap through the real server over stdio: a 2 MB line of 230,000 unknown
// parameters publishes the first N errors and one line counting the rest; the limit follows the
// client's settings and exkb.config.json; code actions and fix-all still see every finding.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { applyEdits, editsOf, fileUri, ofRule, rangeOf, serverForSuite, temporaryFolder, type LspClient } from './lsp-client.js';

const DEFAULT_LIMIT = 500;
const SUMMARY_CODE = 'exkb-too-many-problems';
const UNKNOWN = 'unknown-parameter';
/** An information finding with a fix, before every error on the line. */
const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true';
const GROUP_RULE = 'require-sender-authentication-external';
const REPEATS = 230_000;
/** 2 MB on one line: one information finding, then 230,000 errors. */
const HUGE_LINE = `${GROUP} ${'-Foo bar '.repeat(REPEATS)}`;
const TOTAL = REPEATS + 1;

const messageOf = (diagnostic: Diagnostic | undefined) => (typeof diagnostic?.message === 'string' ? diagnostic.message : (diagnostic?.message.value ?? ''));
const summaries = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === SUMMARY_CODE);

/** Sets the client's `exkb` settings and resolves with the diagnostics republished for `uri`. */
async function withSettings(client: LspClient, uri: string, settings: unknown): Promise<Diagnostic[]> {
  client.settings = settings;
  const republished = client.diagnostics(uri);
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  return (await republished).diagnostics;
}

describe('the diagnostics cap over stdio', () => {
  const server = serverForSuite();

  it(`a 2 MB line of ${TOTAL.toLocaleString('en-US')} problems publishes ${DEFAULT_LIMIT} errors and one summary, and follows the setting`, async () => {
    const { uri, diagnostics } = await server.openDocument(HUGE_LINE);
    assert.equal(diagnostics.length, DEFAULT_LIMIT + 1);

    const [summary, ...shown] = diagnostics;
    assert.equal(summary?.code, SUMMARY_CODE);
    assert.equal(summary?.severity, DiagnosticSeverity.Information);
    assert.equal(summary?.source, 'exkb');
    assert.deepEqual(summary?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(messageOf(summary), /^exkb shows 500 of the 230,001 problems in this file \(errors first/);
    assert.match(messageOf(summary), /229,501 more are not shown \(229,500 errors, 1 information\)/);
    assert.match(messageOf(summary), /exkb\.maxDiagnosticsPerFile/);

    // The errors are kept, the information finding before them on the line is not; the first errors by position.
    assert.ok(shown.every((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error && diagnostic.code === UNKNOWN));
    assert.deepEqual(shown[0]?.range, rangeOf(HUGE_LINE, '-Foo', 1));
    assert.deepEqual(shown.at(-1)?.range, rangeOf(HUGE_LINE, '-Foo', DEFAULT_LIMIT));

    const lowered = await withSettings(server.client, uri, { maxDiagnosticsPerFile: 20 });
    assert.equal(lowered.length, 21);
    assert.match(messageOf(summaries(lowered)[0]), /exkb shows 20 of the 230,001 problems.*229,981 more are not shown \(229,980 errors, 1 information\)/);

    const raised = await withSettings(server.client, uri, { maxDiagnosticsPerFile: 2000 });
    assert.equal(raised.length, 2001);
    assert.equal(summaries(raised).length, 1);

    // Everything fits: no summary, the information finding is back.
    const all = await withSettings(server.client, uri, { maxDiagnosticsPerFile: 0 });
    assert.equal(all.length, TOTAL);
    assert.deepEqual(summaries(all), []);
    assert.equal(ofRule(all, GROUP_RULE).length, 1);
    assert.equal(ofRule(all, UNKNOWN).length, REPEATS);

    // Back to the default when the setting is unset.
    assert.equal((await withSettings(server.client, uri, null)).length, DEFAULT_LIMIT + 1);
  });

  it('exkb.config.json sets the limit for the files under it', async () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, 'exkb.config.json'), '{ "maxDiagnosticsPerFile": 5 }');
    const client = server.client;
    const uri = fileUri(path.join(folder, 'capped.ps1'));
    // The client's settings win over the file: leave them unset.
    client.settings = null;
    const { diagnostics } = await client.open(uri, 'Get-Mailbox -Identiy x\n'.repeat(8));
    assert.equal(diagnostics.length, 6);
    assert.match(messageOf(summaries(diagnostics)[0]), /exkb shows 5 of the 8 problems in this file.*3 more are not shown \(3 errors\)/);
  });

  describe('with the limit at 3', () => {
    const capped = serverForSuite({ settings: { maxDiagnosticsPerFile: 3 } });

    it('fix-all fixes what is not shown; a shown diagnostic keeps its quick fix', async () => {
      // Ten fixable misspellings (errors) after a fixable information finding.
      const text = `${GROUP}\n${'Get-Mailbox -Identiy x\n'.repeat(10)}`;
      const { uri, diagnostics } = await capped.openDocument(text);
      assert.equal(diagnostics.length, 4);
      assert.deepEqual(ofRule(diagnostics, GROUP_RULE), [], 'the information finding makes way for the errors');
      const [first] = ofRule(diagnostics, UNKNOWN);
      assert.ok(first);

      const quickFixes = await capped.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } });
      const change = quickFixes.find((action) => action.title === 'Change to Identity');
      assert.ok(change, JSON.stringify(quickFixes.map((action) => action.title)));
      assert.equal(applyEdits(text, editsOf(change.edit, uri)), text.replace('-Identiy', '-Identity'));

      const [fixAll] = await capped.client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.equal(fixAll?.kind, 'source.fixAll.exkb');
      assert.equal(applyEdits(text, editsOf(fixAll?.edit, uri)), `${GROUP.replace('$true', '$false')}\n${'Get-Mailbox -Identity x\n'.repeat(10)}`);
    });
  });
});
