import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../paths.js';
import { fileUri, ofRule, rangeOf, serverForSuite } from './lsp-client.js';

const RULE = 'require-sender-authentication-external';
const ENTRY_FILE = path.join(REPO_ROOT, 'knowledge', 'entries', 'recipients', 'distribution-group-rejects-external-senders-auth-required.md');
const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true';

describe('diagnostics over stdio', () => {
  const server = serverForSuite();

  it('didOpen publishes the finding with rule code, exact range, severity, source, message and a link to its entry', async () => {
    const text = `# Open the sales group to customers\n${GROUP}\n`;
    const { diagnostics, version } = await server.openDocument(text);
    assert.equal(version, 1);
    const [finding, ...rest] = ofRule(diagnostics, RULE);
    assert.ok(finding, `expected a ${RULE} diagnostic, got ${JSON.stringify(diagnostics)}`);
    assert.deepEqual(rest, []);
    assert.deepEqual(finding.range, rangeOf(text, '$true'));
    assert.equal(finding.severity, DiagnosticSeverity.Information);
    assert.equal(finding.source, 'exkb');
    const message = typeof finding.message === 'string' ? finding.message : finding.message.value;
    assert.match(message, /^-RequireSenderAuthenticationEnabled \$true makes "Sales" reject mail from outside senders \(550 5\.7\.1 RESOLVER\.RST\.AuthRequired\)\. /);
    assert.match(message, /must reach this group\.$/, 'the message ends with the rule\'s own words, nothing appended');
    const href = finding.codeDescription?.href ?? '';
    assert.equal(href, fileUri(ENTRY_FILE));
    assert.ok(existsSync(fileURLToPath(href)), 'the link opens the entry\'s Markdown');
  });

  it('incremental edits (ranges) give fresh diagnostics for each version', async () => {
    const { client } = server;
    let text = `${GROUP}\n`;
    const { uri, diagnostics } = await server.openDocument(text);
    assert.equal(ofRule(diagnostics, RULE).length, 1);

    // $true → $false: the finding goes away.
    const published2 = await client.change(uri, 2, [{ range: rangeOf(text, '$true'), text: '$false' }]);
    text = text.replace('$true', '$false');
    assert.equal(published2.version, 2);
    assert.deepEqual(ofRule(published2.diagnostics, RULE), []);

    // Two edits in one notification, applied in order: lines above, then $false → $true again.
    const published3 = await client.change(uri, 3, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# one\n# two\n' },
      { range: rangeOf(`# one\n# two\n${text}`, '$false'), text: '$true' },
    ]);
    text = `# one\n# two\n${text.replace('$false', '$true')}`;
    assert.deepEqual(ofRule(published3.diagnostics, RULE).map((diagnostic) => diagnostic.range), [rangeOf(text, '$true')]);
    assert.equal(rangeOf(text, '$true').start.line, 2);

    // A whole-text change is still understood.
    const published4 = await client.change(uri, 4, [{ text: 'Get-DistributionGroup\n' }]);
    assert.deepEqual(published4.diagnostics, []);
  });

  it('relatedInformation points at the place the rule names', async () => {
    const text = "$password = 'Summer2024'\nSet-Mailbox jdoe -Password $password\n";
    const { uri, diagnostics } = await server.openDocument(text);
    const [finding] = ofRule(diagnostics, 'plain-text-password');
    assert.ok(finding, JSON.stringify(diagnostics));
    assert.deepEqual(finding.range, rangeOf(text, '$password', 2));
    assert.deepEqual(finding.relatedInformation, [{ location: { uri, range: rangeOf(text, "'Summer2024'") }, message: 'The password is assigned here.' }]);
  });

  it('a syntax error is an error diagnostic of rule syntax-error, without an entry link', async () => {
    const text = 'Set-DistributionGroup "Sales -RequireSenderAuthenticationEnabled $true\n';
    const { diagnostics } = await server.openDocument(text);
    const errors = ofRule(diagnostics, 'syntax-error');
    assert.ok(errors.length > 0, JSON.stringify(diagnostics));
    for (const error of errors) {
      assert.equal(error.severity, DiagnosticSeverity.Error);
      assert.equal(error.source, 'exkb');
      assert.equal(error.codeDescription, undefined);
    }
  });

  it('didClose clears the document\'s diagnostics', async () => {
    const { uri } = await server.openDocument(`${GROUP}\n`);
    const cleared = server.client.diagnostics(uri);
    await server.client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await cleared).diagnostics, []);
  });
});
