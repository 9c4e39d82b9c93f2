import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblem } from '@exkb/knowledge';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import { checkImportedFiles, mergeImportedFiles } from './imported-entries.js';
import { brokenEntryFile, validEntryFile } from './test-entries.js';

const bundledIds = new Set(loadBundledKnowledge().entries.map((entry) => entry.id));
const aBundledId = 'accepted-domain-missing-unable-to-relay-inbound';

describe('checkImportedFiles', () => {
  const cases = [
    { name: 'one valid file', files: [validEntryFile('contoso-scanner-relay')], ids: ['contoso-scanner-relay'], problems: [] },
    {
      name: 'a broken file names file, line, column, code and field',
      files: [validEntryFile('contoso-scanner-relay'), brokenEntryFile('contoso-broken')],
      ids: ['contoso-scanner-relay'],
      problems: [/^mail-flow\/contoso-broken\.md:8:5 KB003 products\[0\]: /],
    },
    { name: 'a link to a bundled entry is fine', files: [validEntryFile('contoso-linking', { link: aBundledId })], ids: ['contoso-linking'], problems: [] },
    { name: 'a link to nothing', files: [validEntryFile('contoso-linking', { link: 'no-such-entry' })], ids: [], problems: [/^mail-flow\/contoso-linking\.md:\d+:1 KB016 link: exkb:no-such-entry/] },
    { name: 'the id of a bundled entry', files: [validEntryFile(aBundledId)], ids: [], problems: [new RegExp(`^mail-flow/${aBundledId}\\.md:1:1 KB015 .*built-in entry`)] },
    {
      name: 'the same id twice among the imported files',
      files: [validEntryFile('contoso-twice'), validEntryFile('contoso-twice', { area: 'recipients' })],
      ids: ['contoso-twice'],
      problems: [/^recipients\/contoso-twice\.md:1:1 KB015 /],
    },
    { name: 'a file outside an area folder', files: [{ name: 'contoso-flat.md', text: validEntryFile('contoso-flat').text }], ids: [], problems: [/^contoso-flat\.md:1:1 KB017 /] },
    { name: 'not an entry at all', files: [{ name: 'mail-flow/notes.md', text: '<script>alert(1)</script>' }], ids: [], problems: [/KB008/, /KB010/, /KB010/, /KB010/] },
  ];
  for (const { name, files, ids, problems } of cases) {
    it(name, () => {
      const checked = checkImportedFiles(files, bundledIds);
      assert.deepEqual(checked.entries.map((entry) => entry.id), ids);
      const lines = checked.problems.map(formatProblem);
      assert.equal(lines.length, problems.length, lines.join('\n'));
      problems.forEach((pattern, index) => assert.match(lines[index] ?? '', pattern));
    });
  }
});

describe('mergeImportedFiles', () => {
  const a = { name: 'mail-flow/a.md', text: 'a' };
  const b = { name: 'mail-flow/b.md', text: 'b' };
  const cases = [
    { name: 'appends new names, sorted', current: [b], incoming: [a], expected: [a, b] },
    { name: 'replaces a file of the same name', current: [a, b], incoming: [{ name: 'mail-flow/a.md', text: 'a2' }], expected: [{ name: 'mail-flow/a.md', text: 'a2' }, b] },
    { name: 'nothing incoming keeps everything', current: [a, b], incoming: [], expected: [a, b] },
  ];
  for (const { name, current, incoming, expected } of cases) it(name, () => assert.deepEqual(mergeImportedFiles(current, incoming), expected));
});
