import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import type { Settings } from '../shared/settings.js';
import { brokenEntryFile, validEntryFile } from '../background/test-entries.js';
import { formatImportProblem } from './import-problem.js';
import { exportSettings, importName, parseSettingsFile, serializeSettings } from './settings-file.js';

const bundledIds = new Set(loadBundledKnowledge().entries.map((entry) => entry.id));
const FILE = 'exkb-settings.json';

describe('settings file: round trip', () => {
  const cases: Array<{ name: string; settings: Settings }> = [
    { name: 'empty', settings: { enabledSites: [], disabledSites: [], importedFiles: [] } },
    {
      name: 'sites and entries',
      settings: { enabledSites: ['http://127.0.0.1:8080', 'https://forum.example.org'], disabledSites: ['https://learn.microsoft.com'], importedFiles: [validEntryFile('contoso-a'), validEntryFile('contoso-b', { area: 'recipients' })] },
    },
  ];
  for (const { name, settings } of cases) {
    it(name, () => {
      const parsed = parseSettingsFile(serializeSettings(settings), FILE, bundledIds);
      assert.deepEqual(parsed, { ok: true, settings });
      assert.equal(exportSettings(settings).format, 1);
    });
  }
});

describe('settings file: refused', () => {
  const good = exportSettings({ enabledSites: ['https://forum.example.org'], disabledSites: [], importedFiles: [validEntryFile('contoso-a')] });
  const cases: Array<{ name: string; text: string; problems: RegExp[] }> = [
    { name: 'not JSON', text: '{\n  "format": 1,\n  oops\n}', problems: [/^exkb-settings\.json:3:3 SETTINGS not valid JSON/] },
    { name: 'an array', text: '[]', problems: [/^exkb-settings\.json:1:1 SETTINGS not an exkb settings file/] },
    { name: 'another format', text: JSON.stringify({ ...good, format: 2 }), problems: [/SETTINGS format: format 2 is not one this version reads/] },
    {
      name: 'sites that are not origins',
      text: JSON.stringify({ ...good, sites: { enabled: ['https://a.example/path', 42, 'javascript:alert(1)'], disabled: 'x' } }),
      problems: [/sites\.enabled\[0\]: "https:\/\/a\.example\/path" is not a site/, /sites\.enabled\[1\]: 42 is not a site/, /sites\.enabled\[2\]/, /sites\.disabled: must be a list/],
    },
    { name: 'a file without text', text: JSON.stringify({ ...good, importedFiles: [{ name: 'mail-flow/x.md' }] }), problems: [/importedFiles\[0\]: must be/] },
    { name: 'the same file twice', text: JSON.stringify({ ...good, importedFiles: [validEntryFile('contoso-a'), validEntryFile('contoso-a')] }), problems: [/importedFiles\[1\]\.name: "mail-flow\/contoso-a\.md" appears twice/] },
    {
      name: 'a broken entry inside, named by file, line and field',
      text: JSON.stringify({ ...good, importedFiles: [validEntryFile('contoso-a'), brokenEntryFile('contoso-broken')] }),
      problems: [/^exkb-settings\.json › mail-flow\/contoso-broken\.md:8:5 KB003 products\[0\]: "exchange-2099" is not allowed/],
    },
  ];
  for (const { name, text, problems } of cases) {
    it(name, () => {
      const parsed = parseSettingsFile(text, FILE, bundledIds);
      assert.equal(parsed.ok, false);
      const lines = parsed.ok ? [] : parsed.problems.map(formatImportProblem);
      assert.equal(lines.length, problems.length, lines.join('\n'));
      problems.forEach((pattern, index) => assert.match(lines[index] ?? '', pattern));
    });
  }
});

describe('importName', () => {
  const cases = [
    { path: 'mail-flow/x.md', area: undefined, expected: 'mail-flow/x.md' },
    { path: 'team-kb/entries/recipients/x.md', area: 'mail-flow', expected: 'recipients/x.md' },
    { path: 'x.md', area: 'mail-flow', expected: 'mail-flow/x.md' },
    { path: 'x.md', area: undefined, expected: 'x.md' },
    { path: 'notes/x.md', area: undefined, expected: 'notes/x.md' },
    { path: 'notes/x.md', area: 'setup', expected: 'setup/x.md' },
    { path: 'C:\\kb\\setup\\x.md', area: undefined, expected: 'setup/x.md' },
  ];
  for (const { path, area, expected } of cases) it(`${path} (${area ?? 'no area'})`, () => assert.equal(importName(path, area), expected));
});
