import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findConfigFile, loadConfig } from './find-config.js';

/** A temporary tree: `files` maps relative paths to contents. */
function tree(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'exkb-config-')));
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  }
  return root;
}

describe('findConfigFile', () => {
  const TABLE: ReadonlyArray<[string, Record<string, string>, string, string | undefined]> = [
    ['in the start folder', { 'exkb.config.json': '{}', 'a/x.ps1': '' }, '.', 'exkb.config.json'],
    ['two folders up', { 'exkb.config.json': '{}', 'a/b/x.ps1': '' }, 'a/b', 'exkb.config.json'],
    ['the nearest wins', { 'exkb.config.json': '{}', 'a/exkb.config.json': '{}', 'a/b/x.ps1': '' }, 'a/b', 'a/exkb.config.json'],
    ['VS Code settings with exkb keys', { '.vscode/settings.json': '{"exkb.rules": {}}', 'a/x.ps1': '' }, 'a', '.vscode/settings.json'],
    ['exkb.config.json before VS Code settings in one folder', { '.vscode/settings.json': '{"exkb.rules": {}}', 'exkb.config.json': '{}' }, '.', 'exkb.config.json'],
    ['VS Code settings without exkb keys are passed over', { '.vscode/settings.json': '{"editor.tabSize": 2}', 'a/x.ps1': '' }, 'a', undefined],
  ];
  for (const [name, files, start, expected] of TABLE) {
    it(name, async () => {
      const root = tree(files);
      const found = await findConfigFile(path.join(root, start));
      // The walk goes on above the temporary folder; a config there would belong to the machine, not this test.
      if (expected === undefined) assert.ok(found === undefined || !found.startsWith(root), found);
      else assert.equal(found, path.join(root, expected));
    });
  }
});

describe('loadConfig', () => {
  it('resolves knowledge folders against the config file', async () => {
    const root = tree({ 'sub/exkb.config.json': '{"exchangeVersion": "2016", "knowledgeFolders": ["kb", "../shared-kb"]}' });
    const loaded = await loadConfig(path.join(root, 'sub', 'exkb.config.json'));
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.settings, { exchangeVersion: '2016', knowledgeFolders: [path.join(root, 'sub', 'kb'), path.join(root, 'shared-kb')] });
  });

  it('resolves VS Code knowledge folders against the workspace, not .vscode', async () => {
    const root = tree({ '.vscode/settings.json': '{"exkb.knowledgeFolders": ["kb"]}' });
    const loaded = await loadConfig(path.join(root, '.vscode', 'settings.json'));
    assert.deepEqual(loaded.settings, { knowledgeFolders: [path.join(root, 'kb')] });
  });

  it('reads a UTF-16 file, as Windows PowerShell writes it', async () => {
    const root = tree({});
    const file = path.join(root, 'exkb.config.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"exchangeVersion": "2010"}', 'utf16le')]));
    assert.deepEqual((await loadConfig(file)).settings, { exchangeVersion: '2010' });
  });

  it('reports problems with the absolute file name', async () => {
    const root = tree({ 'exkb.config.json': '{\n  "exchangeVersion": "2012"\n}' });
    const { problems } = await loadConfig(path.join(root, 'exkb.config.json'));
    assert.deepEqual(problems.map(({ file, line, column }) => [file, line, column]), [[path.join(root, 'exkb.config.json'), 2, 22]]);
  });

  it('an unreadable file is a problem, not an exception', async () => {
    const missing = path.join(tree({}), 'exkb.config.json');
    const loaded = await loadConfig(missing);
    assert.deepEqual(loaded.settings, {});
    assert.match(loaded.problems[0]?.message ?? '', /cannot read the config file: no such file/);
  });
});
