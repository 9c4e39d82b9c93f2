import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings.js';
import { brokenEntryFile, validEntryFile } from '../background/test-entries.js';
import { formatImportProblem } from './import-problem.js';
import { prepareImport } from './prepare-import.js';
import { serializeSettings } from './settings-file.js';

const bundledIds = new Set(loadBundledKnowledge().entries.map((entry) => entry.id));
const settings = (changes: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...changes });
const a = validEntryFile('contoso-a');
const b = validEntryFile('contoso-b');

describe('prepareImport: accepted', () => {
  it('new files are added', () => {
    assert.deepEqual(prepareImport(settings({ importedFiles: [b] }), [a], bundledIds), { ok: true, kind: 'entries', settings: { importedFiles: [a, b] }, added: ['mail-flow/contoso-a.md'], replaced: [] });
  });
  it('a file of the same name replaces the old one', () => {
    const newer = { ...a, text: a.text.replace('Scanners get', 'Printers get') };
    assert.deepEqual(prepareImport(settings({ importedFiles: [a, b] }), [newer], bundledIds), { ok: true, kind: 'entries', settings: { importedFiles: [newer, b] }, added: [], replaced: ['mail-flow/contoso-a.md'] });
  });
  it('a settings file restores everything', () => {
    const saved = settings({ enabledSites: ['https://forum.example.org'], importedFiles: [a] });
    assert.deepEqual(prepareImport(settings({ importedFiles: [b] }), [{ name: 'exkb-settings.json', text: serializeSettings(saved) }], bundledIds), { ok: true, kind: 'settings', settings: saved });
  });
});

describe('prepareImport: nothing imported', () => {
  const cases = [
    { name: 'no files', current: settings(), picked: [], problems: [/no file was chosen/] },
    { name: 'one broken file among good ones', current: settings(), picked: [a, brokenEntryFile('contoso-broken'), b], problems: [/^mail-flow\/contoso-broken\.md:8:5 KB003 products\[0\]: /] },
    { name: 'an id already imported from another area', current: settings({ importedFiles: [a] }), picked: [validEntryFile('contoso-a', { area: 'recipients' })], problems: [/^recipients\/contoso-a\.md:1:1 KB015 /] },
    { name: 'a bundled id', current: settings(), picked: [validEntryFile('accepted-domain-missing-unable-to-relay-inbound')], problems: [/KB015 the id "accepted-domain-missing-unable-to-relay-inbound" is already used by a built-in entry/] },
    { name: 'a file that is neither', current: settings(), picked: [a, { name: 'notes.txt', text: 'x' }], problems: [/^notes\.txt:1:1 SETTINGS not a Markdown entry/] },
    { name: 'a settings file with entries', current: settings(), picked: [a, { name: 'exkb-settings.json', text: '{}' }], problems: [/import it on its own/] },
    { name: 'the same name twice', current: settings(), picked: [a, a], problems: [/chosen twice/] },
    { name: 'hostile markup is just text in a problem', current: settings(), picked: [{ name: 'mail-flow/<img src=x onerror=alert(1)>.md', text: '<script>alert(1)</script>' }], problems: [/KB014/, /KB008/, /KB010/, /KB010/, /KB010/] },
  ];
  for (const { name, current, picked, problems } of cases) {
    it(name, () => {
      const prepared = prepareImport(current, picked, bundledIds);
      assert.equal(prepared.ok, false);
      const lines = prepared.ok ? [] : prepared.problems.map(formatImportProblem);
      assert.equal(lines.length, problems.length, lines.join('\n'));
      problems.forEach((pattern, index) => assert.match(lines[index] ?? '', pattern));
    });
  }
});
