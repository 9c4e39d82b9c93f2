import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyEdits, editsOf, ofRule, serverForSuite } from './lsp-client.js';

const RULE = 'require-sender-authentication-external';
const ENTRY = 'distribution-group-rejects-external-senders-auth-required';

describe('code actions over stdio', () => {
  const server = serverForSuite();

  /** Opens the text and asks for code actions at its first finding of `rule`. */
  const actionsAt = async (text: string, rule = RULE, only?: string[]) => {
    const { uri, diagnostics } = await server.openDocument(text);
    const [diagnostic] = ofRule(diagnostics, rule);
    assert.ok(diagnostic, `a ${rule} diagnostic in ${JSON.stringify(diagnostics)}`);
    const actions = await server.client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
    });
    return { uri, actions, diagnostic };
  };
  /** Applies an action's edit, sends the result as a change and returns the new text and its diagnostics. */
  const apply = async (uri: string, text: string, action: CodeAction | undefined, version = 2): Promise<{ text: string; diagnostics: Diagnostic[] }> => {
    assert.ok(action, 'the action exists');
    const edits = editsOf(action.edit, uri);
    assert.ok(edits.length > 0, `the action "${action.title}" carries edits`);
    const changed = applyEdits(text, edits);
    const { diagnostics } = await server.client.change(uri, version, [{ text: changed }]);
    return { text: changed, diagnostics };
  };
  const titled = (actions: CodeAction[], title: string) => actions.find((action) => action.title === title);

  it('offers, in order: the fix, disable for the line, disable for the file, show the entry', async () => {
    const { actions } = await actionsAt('Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\n');
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind]),
      [
        ['Set -RequireSenderAuthenticationEnabled to $false', 'quickfix'],
        [`Disable ${RULE} for this line`, 'quickfix'],
        [`Disable ${RULE} for this file`, 'quickfix'],
        [`Show knowledge entry ${ENTRY}`, 'quickfix'],
      ],
    );
    assert.equal(actions[0]?.isPreferred, true);
    assert.equal(actions[0]?.diagnostics?.[0]?.code, RULE);
  });

  it('the fix, applied, gives the corrected text, and the finding goes away', async () => {
    const text = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\n';
    const { uri, actions } = await actionsAt(text);
    const result = await apply(uri, text, titled(actions, 'Set -RequireSenderAuthenticationEnabled to $false'));
    assert.equal(result.text, 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $false\n');
    assert.deepEqual(ofRule(result.diagnostics, RULE), []);
  });

  it('the edit names the document version it was made for', async () => {
    const { uri, actions } = await actionsAt('Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\n');
    const change = actions[0]?.edit?.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change);
    assert.deepEqual(change.textDocument, { uri, version: 1 });
  });

  it('disable for this line inserts the comment above, indented like the line, and silences it', async () => {
    const text = 'foreach ($name in $groups) {\n    Set-DistributionGroup $name -RequireSenderAuthenticationEnabled $true\n}\n';
    const { uri, actions } = await actionsAt(text);
    const result = await apply(uri, text, titled(actions, `Disable ${RULE} for this line`));
    assert.equal(result.text, `foreach ($name in $groups) {\n    # exkb-disable-next-line ${RULE}\n    Set-DistributionGroup $name -RequireSenderAuthenticationEnabled $true\n}\n`);
    assert.deepEqual(ofRule(result.diagnostics, RULE), []);
  });

  it('disable for this line keeps CRLF line ends', async () => {
    const text = 'Get-Date\r\nSet-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\r\n';
    const { uri, actions } = await actionsAt(text);
    const result = await apply(uri, text, titled(actions, `Disable ${RULE} for this line`));
    assert.equal(result.text, `Get-Date\r\n# exkb-disable-next-line ${RULE}\r\nSet-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\r\n`);
  });

  it('disable for this line on a backtick-continued command wraps the command in disable/enable', async () => {
    const text = 'Set-DistributionGroup "Sales" `\n  -RequireSenderAuthenticationEnabled $true\nSet-DistributionGroup "Staff" -RequireSenderAuthenticationEnabled $true\n';
    const { uri, actions } = await actionsAt(text);
    const result = await apply(uri, text, titled(actions, `Disable ${RULE} for this line`));
    assert.equal(
      result.text,
      `# exkb-disable ${RULE}\nSet-DistributionGroup "Sales" \`\n  -RequireSenderAuthenticationEnabled $true\n# exkb-enable ${RULE}\nSet-DistributionGroup "Staff" -RequireSenderAuthenticationEnabled $true\n`,
    );
    // The first command is silenced; the second, outside the block, is still reported.
    assert.deepEqual(ofRule(result.diagnostics, RULE).map((diagnostic) => diagnostic.range.start.line), [4]);
  });

  it('disable for this file inserts the comment on the first line and silences every finding of the rule', async () => {
    const text = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\nSet-DistributionGroup "Staff" -RequireSenderAuthenticationEnabled $true\n';
    const { uri, actions } = await actionsAt(text);
    const result = await apply(uri, text, titled(actions, `Disable ${RULE} for this file`));
    assert.equal(result.text, `# exkb-disable ${RULE}\n${text}`);
    assert.deepEqual(ofRule(result.diagnostics, RULE), []);
  });

  it('show knowledge entry carries the exkb.showEntry command with the entry id, for the client to run', async () => {
    const { actions } = await actionsAt('Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\n');
    const show = titled(actions, `Show knowledge entry ${ENTRY}`);
    assert.deepEqual(show?.command, { title: `Show knowledge entry ${ENTRY}`, command: 'exkb.showEntry', arguments: [ENTRY] });
    assert.equal(show?.edit, undefined);
  });

  it('fix all problems of the rule is offered when it has several fixes, and applies them all', async () => {
    const text = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\nSet-DistributionGroup "Staff" -RequireSenderAuthenticationEnabled:$TRUE\n';
    const { uri, actions } = await actionsAt(text);
    const result = await apply(uri, text, titled(actions, `Fix all ${RULE} problems`));
    assert.equal(result.text, 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $false\nSet-DistributionGroup "Staff" -RequireSenderAuthenticationEnabled:$false\n');
    assert.deepEqual(ofRule(result.diagnostics, RULE), []);
  });

  it('source.fixAll.exkb, when asked for, fixes every rule at once and offers nothing else', async () => {
    const text = [
      'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true',
      'Set-DistributionGroup "Staff" -RequireSenderAuthenticationEnabled $true',
      "Set-ReceiveConnector 'EX01\\Default EX01' -PermissionGroups ExchangeUsers, ExchangeServers",
      '',
    ].join('\n');
    const { uri, actions } = await actionsAt(text, RULE, ['source.fixAll']);
    assert.deepEqual(actions.map((action) => [action.title, action.kind]), [['Fix all exkb problems', 'source.fixAll.exkb']]);
    const result = await apply(uri, text, actions[0]);
    assert.equal(
      result.text,
      [
        'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $false',
        'Set-DistributionGroup "Staff" -RequireSenderAuthenticationEnabled $false',
        "Set-ReceiveConnector 'EX01\\Default EX01' -PermissionGroups ExchangeUsers, ExchangeServers, AnonymousUsers",
        '',
      ].join('\n'),
    );
    const fixedRules = new Set([RULE, 'default-connector-without-anonymous']);
    assert.deepEqual(result.diagnostics.filter((diagnostic) => fixedRules.has(String(diagnostic.code))), []);
  });

  it('asking only for quick fixes leaves the source action out', async () => {
    const { actions } = await actionsAt('Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\n', RULE, ['quickfix']);
    assert.ok(actions.length > 0);
    assert.ok(actions.every((action) => action.kind === 'quickfix'));
  });
});
