// package.json's contributions against the code: commands, activation, the view, and every
// setting the server reads.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { EXCHANGE_VERSIONS, SEVERITIES } from 'exkb-language-server';
import { CONFIGURATION_SECTION, SHOW_ENTRY_COMMAND } from 'exkb-language-server/protocol';
import { CLIENT_ID, COMMANDS, DOCUMENT_SELECTOR, EXCHANGE_VERSION_LABELS, EXTENSION_ID, KNOWLEDGE_VIEW_ID, SERVER_SETTINGS, exchangeVersions } from './manifest.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Manifest {
  name: string;
  publisher: string;
  main: string;
  icon: string;
  engines: { vscode: string };
  activationEvents: string[];
  devDependencies: Record<string, string>;
  contributes: {
    commands: { command: string; title: string }[];
    menus: { commandPalette: { command: string; when: string }[] };
    configuration: { properties: Record<string, { enum?: string[]; default?: unknown; additionalProperties?: { enum?: string[] } }> };
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    views: Record<string, { id: string; type?: string }[]>;
  };
}

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;

test('every command is contributed with its title and activates the extension, and nothing else is', () => {
  const commands = Object.values(COMMANDS);
  assert.deepEqual(
    manifest.contributes.commands.map(({ command, title }) => ({ command, title })),
    commands.map(({ id, title }) => ({ command: id, title })),
  );
  for (const { id, inPalette } of commands) {
    assert.ok(manifest.activationEvents.includes(`onCommand:${id}`), `no activation event for ${id}`);
    const hidden = manifest.contributes.menus.commandPalette.some((entry) => entry.command === id && entry.when === 'false');
    assert.equal(hidden, !inPalette, `${id} ${inPalette ? 'is hidden from' : 'shows in'} the command palette`);
  }
  assert.equal(COMMANDS.showEntry.id, SHOW_ENTRY_COMMAND, "the server's code actions carry the show-entry command");
});

test('the extension activates on PowerShell documents, on its view and on its entry links', () => {
  for (const { language } of DOCUMENT_SELECTOR) assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
  assert.ok(manifest.activationEvents.includes(`onView:${KNOWLEDGE_VIEW_ID}`));
  assert.ok(manifest.activationEvents.includes('onUri'));
  const known = new Set([...Object.values(COMMANDS).map(({ id }) => `onCommand:${id}`), ...DOCUMENT_SELECTOR.map(({ language }) => `onLanguage:${language}`), `onView:${KNOWLEDGE_VIEW_ID}`, 'onUri']);
  for (const event of manifest.activationEvents) assert.ok(known.has(event), `stale activation event ${event}`);
});

test('the knowledge view is a webview in its own activity-bar container, and the icons exist', () => {
  const [container] = manifest.contributes.viewsContainers.activitybar;
  assert.ok(container);
  assert.deepEqual(manifest.contributes.views[container.id], [{ type: 'webview', id: KNOWLEDGE_VIEW_ID, name: 'Knowledge' }]);
  for (const icon of [container.icon, manifest.icon]) assert.ok(existsSync(path.join(ROOT, icon)), icon);
  assert.match(manifest.icon, /\.png$/, 'the marketplace rejects SVG extension icons');
  assert.equal(manifest.main, './dist/extension.js');
});

test('every setting the server reads is contributed, with nothing extra but the trace', () => {
  const expected = [...SERVER_SETTINGS.map((key) => `${CONFIGURATION_SECTION}.${key}`), `${CLIENT_ID}.trace.server`].sort();
  assert.deepEqual(Object.keys(properties).sort(), expected);
});

test("the version and severity enums are the server's", () => {
  assert.deepEqual(properties['exkb.exchangeVersion']?.enum, [...EXCHANGE_VERSIONS]);
  assert.equal(properties['exkb.exchangeVersion']?.default, 'any');
  assert.deepEqual(exchangeVersions(), [...EXCHANGE_VERSIONS]);
  assert.deepEqual(Object.keys(EXCHANGE_VERSION_LABELS).sort(), [...EXCHANGE_VERSIONS].sort());
  assert.deepEqual(properties['exkb.rules']?.additionalProperties?.enum, [...SEVERITIES, 'off']);
});

test('the VS Code API types are not newer than the engine the extension asks for (vsce refuses that)', () => {
  const minor = (range: string | undefined): number => Number(/1\.(\d+)/.exec(range ?? '')?.[1] ?? Number.NaN);
  assert.ok(minor(manifest.devDependencies['@types/vscode']) <= minor(manifest.engines.vscode), `${manifest.devDependencies['@types/vscode']} vs ${manifest.engines.vscode}`);
});

test("the licence shipped in the package is the repository's", () => {
  assert.equal(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), readFileSync(path.join(ROOT, '..', 'LICENSE'), 'utf8'));
});

test('entry links reach this extension: their authority is publisher.name', () => {
  assert.equal(`${manifest.publisher}.${manifest.name}`, EXTENSION_ID);
});
