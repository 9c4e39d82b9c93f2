import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { EntryRequest, SearchRequest, type SearchItem } from 'exkb-language-server/protocol';
import { DiagnosticSeverity, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, ofRule, rangeOf, startServer, temporaryFolder, type LspClient, type StartOptions } from './lsp-client.js';

const RULE = 'require-sender-authentication-external';
const GROUP = 'Set-DistributionGroup "Sales" -RequireSenderAuthenticationEnabled $true\n';
const CONNECTOR = "Set-ReceiveConnector 'EX01\\Default EX01' -PermissionGroups ExchangeUsers, ExchangeServers\n";
const CONNECTOR_RULE = 'default-connector-without-anonymous';


/** An entry of our own, in the format of knowledge/entries. */
const CUSTOM_ENTRY = `---
title: Frobnicator service refuses to start after the nightly maintenance window
codes:
  - 0x8007042C
symptoms:
  - frobnicator will not start after maintenance
products:
  - exchange-2016
cmdlets:
  - Set-Frobnicator
---

## Symptom
The frobnicator service stays stopped after the nightly maintenance window.

## Cause
The maintenance script disables the service it depends on and never turns it back on.

## Fix
Start the dependency, then the frobnicator:

\`\`\`powershell
Set-Frobnicator -Identity EX01 -Enabled $true
\`\`\`
`;

/** Broken on purpose: no products, and a body without its sections. */
const BROKEN_ENTRY = `---
title: An entry that misses required parts
symptoms:
  - nothing works
---

Just text.
`;

describe('settings and knowledge folders over stdio', () => {
  const clients: LspClient[] = [];
  after(() => clients.forEach((client) => client.kill()));
  const start = async (options: StartOptions = {}) => {
    const { client } = await startServer(options);
    clients.push(client);
    return client;
  };
  /** Waits for the re-lint that follows a settings change (the version does not change, so any new publish counts). */
  const afterSettingsChange = async (client: LspClient, uri: string) => {
    const republished = client.diagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    return (await republished).diagnostics;
  };

  it('a rule turned off in the client settings disappears; severity follows the setting', async () => {
    const client = await start();
    const uri = fileUri(path.join(temporaryFolder(), 'a.ps1'));
    assert.equal(ofRule((await client.open(uri, GROUP)).diagnostics, RULE).length, 1);
    client.settings = { rules: { [RULE]: 'off' } };
    assert.deepEqual(ofRule(await afterSettingsChange(client, uri), RULE), []);
    client.settings = { rules: { [RULE]: 'error' } };
    assert.deepEqual(ofRule(await afterSettingsChange(client, uri), RULE).map((diagnostic) => diagnostic.severity), [DiagnosticSeverity.Error]);
  });

  it('the target Exchange version changes what is reported', async () => {
    const client = await start();
    const uri = fileUri(path.join(temporaryFolder(), 'connector.ps1'));
    assert.equal(ofRule((await client.open(uri, CONNECTOR)).diagnostics, CONNECTOR_RULE).length, 1, 'unknown version: the 2007/2010 hub connector takes internet mail');
    client.settings = { exchangeVersion: '2016' };
    assert.deepEqual(ofRule(await afterSettingsChange(client, uri), CONNECTOR_RULE), [], 'from 2013 on, Default <server> is not the internet-facing connector');
    client.settings = { exchangeVersion: '2010' };
    assert.equal(ofRule(await afterSettingsChange(client, uri), CONNECTOR_RULE).length, 1);
  });

  it('initializationOptions apply from the first document, entryLinkTemplate included', async () => {
    const client = await start({ initializationOptions: { exchangeVersion: '2016', entryLinkTemplate: 'https://kb.example.org/{area}/{id}' } });
    const uri = fileUri(path.join(temporaryFolder(), 'b.ps1'));
    const { diagnostics } = await client.open(uri, `${GROUP}${CONNECTOR}`);
    assert.deepEqual(ofRule(diagnostics, CONNECTOR_RULE), []);
    assert.equal(ofRule(diagnostics, RULE)[0]?.codeDescription?.href, 'https://kb.example.org/recipients/distribution-group-rejects-external-senders-auth-required');
  });

  it('bad client settings are reported by name and the valid rest is used', async () => {
    const client = await start({ settings: { exchangeVersion: '2012', rules: { [RULE]: 'off', 'no-such-rule': 'error' } } });
    const uri = fileUri(path.join(temporaryFolder(), 'c.ps1'));
    const { diagnostics } = await client.open(uri, GROUP);
    assert.deepEqual(ofRule(diagnostics, RULE), []);
    const shown = client.messages.map((message) => message.message).join('\n');
    assert.match(shown, /unknown Exchange version "2012"/);
    assert.match(shown, /unknown rule "no-such-rule"/);
  });

  it('exkb.config.json in the workspace folder applies, and client settings win over it', async () => {
    const folder = temporaryFolder();
    writeFileSync(path.join(folder, 'exkb.config.json'), JSON.stringify({ rules: { [RULE]: 'off' }, exchangeVersion: '2016' }));
    mkdirSync(path.join(folder, 'scripts'));
    const client = await start({ workspaceFolders: [folder] });
    const uri = fileUri(path.join(folder, 'scripts', 'groups.ps1'));
    const { diagnostics } = await client.open(uri, `${GROUP}${CONNECTOR}`);
    assert.deepEqual(ofRule(diagnostics, RULE), [], 'off in the config file');
    assert.deepEqual(ofRule(diagnostics, CONNECTOR_RULE), [], 'exchangeVersion 2016 from the config file');
    client.settings = { rules: { [RULE]: 'warning' } };
    const relinted = await afterSettingsChange(client, uri);
    assert.deepEqual(ofRule(relinted, RULE).map((diagnostic) => diagnostic.severity), [DiagnosticSeverity.Warning]);
    assert.deepEqual(ofRule(relinted, CONNECTOR_RULE), [], 'the config file still sets the version');
  });

  it('problems in exkb.config.json are shown once; open in the editor they are diagnostics on it, and edits there apply at once', async () => {
    const folder = temporaryFolder();
    const configText = `{\n  "exchangeVersion": "2012",\n  "rules": { "${RULE}": "off" }\n}\n`;
    writeFileSync(path.join(folder, 'exkb.config.json'), configText);
    const client = await start({ workspaceFolders: [folder] });
    const uri = fileUri(path.join(folder, 'a.ps1'));
    assert.deepEqual(ofRule((await client.open(uri, GROUP)).diagnostics, RULE), [], 'the valid part of the config is used');
    const warnings = client.messages.filter((message) => message.message.includes('exkb.config.json'));
    assert.equal(warnings.length, 1, JSON.stringify(client.messages));
    assert.match(warnings[0]?.message ?? '', /exkb\.config\.json:2:22: exchangeVersion: unknown Exchange version "2012"/);

    const configUri = fileUri(path.join(folder, 'exkb.config.json'));
    const relintedOnOpen = client.diagnostics(uri);
    const { diagnostics } = await client.open(configUri, configText, 1, 'json');
    await relintedOnOpen;
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.range, diagnostic.severity, diagnostic.source]), [[rangeOf(configText, '"2012"'), DiagnosticSeverity.Warning, 'exkb']]);

    // Unsaved edits of the open config re-lint the scripts.
    const relinted = client.diagnostics(uri);
    const fixedConfig = client.diagnostics(configUri, 2);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: configUri, version: 2 }, contentChanges: [{ text: '{ "exchangeVersion": "2016" }' }] });
    assert.deepEqual((await fixedConfig).diagnostics, []);
    assert.equal(ofRule((await relinted).diagnostics, RULE).length, 1, 'the rule is no longer off');
  });

  it('an extra knowledge folder is searchable, its bad entries are logged and left out', async () => {
    const kb = temporaryFolder('exkb-kb-');
    mkdirSync(path.join(kb, 'setup'));
    writeFileSync(path.join(kb, 'setup', 'frobnicator-will-not-start.md'), CUSTOM_ENTRY);
    writeFileSync(path.join(kb, 'setup', 'broken-entry.md'), BROKEN_ENTRY);
    const client = await start({ settings: { knowledgeFolders: [kb] } });

    const results = (await client.connection.sendRequest(SearchRequest.type, { query: 'frobnicator will not start' })) as SearchItem[];
    assert.equal(results[0]?.id, 'frobnicator-will-not-start');
    const byCode = (await client.connection.sendRequest(SearchRequest.type, { query: 'error 0x8007042C' })) as SearchItem[];
    assert.deepEqual(byCode[0]?.matchedCodes, ['0x8007042C']);
    const entry = await client.connection.sendRequest(EntryRequest.type, { id: 'frobnicator-will-not-start' });
    assert.equal(entry?.href, fileUri(path.join(kb, 'setup', 'frobnicator-will-not-start.md')));
    assert.equal(await client.connection.sendRequest(EntryRequest.type, { id: 'broken-entry' }), null);
    assert.ok(
      client.logs.some((log) => log.message.includes(path.join(kb, 'setup', 'broken-entry.md')) && /KB\d{3}/.test(log.message)),
      client.logs.map((log) => log.message).join('\n'),
    );
    // The bundled knowledge is still there.
    assert.ok((await client.connection.sendRequest(EntryRequest.type, { id: 'distribution-group-rejects-external-senders-auth-required' })) !== null);

    const uri = fileUri(path.join(temporaryFolder(), 'frob.ps1'));
    const text = 'Set-Frobnicator -Identity EX01\n';
    await client.open(uri, text);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, 'Frobnicator').start });
    assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /Frobnicator service refuses to start/);
  });

  it('knowledge folders named in exkb.config.json are relative to it', async () => {
    const folder = temporaryFolder();
    mkdirSync(path.join(folder, 'team-kb', 'setup'), { recursive: true });
    writeFileSync(path.join(folder, 'team-kb', 'setup', 'frobnicator-will-not-start.md'), CUSTOM_ENTRY);
    writeFileSync(path.join(folder, 'exkb.config.json'), JSON.stringify({ knowledgeFolders: ['team-kb'] }));
    const client = await start({ workspaceFolders: [folder] });
    const results = (await client.connection.sendRequest(SearchRequest.type, { query: 'frobnicator' })) as SearchItem[];
    assert.equal(results[0]?.id, 'frobnicator-will-not-start');
  });
});
