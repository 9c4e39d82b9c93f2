import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readEntries } from '../node/read-entries.js';
import { ENTRY_PROBLEMS, formatProblem, type EntryProblemCode } from './diagnostics.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/invalid');

/** Each error code → where its fixture must be reported: file under the fixture folder, line, field. */
const EXPECTED: Record<EntryProblemCode, { file: string; line: number; field?: string; mentions: string }> = {
  KB001: { file: 'mail-flow/missing-title.md', line: 2, field: 'title', mentions: 'no "title"' },
  KB002: { file: 'mail-flow/codes-not-a-list.md', line: 7, field: 'codes', mentions: 'write a list' },
  KB003: { file: 'mail-flow/unknown-product.md', line: 7, field: 'products[1]', mentions: 'did you mean "exchange-2010"' },
  KB004: { file: 'mail-flow/unknown-field.md', line: 7, field: 'symptom', mentions: 'did you mean "symptoms"' },
  KB005: { file: 'mail-flow/bad-cmdlet-name.md', line: 9, field: 'cmdlets[1]', mentions: 'Verb-Noun' },
  KB006: { file: 'mail-flow/duplicate-tag.md', line: 8, field: 'tags', mentions: 'twice' },
  KB007: { file: 'mail-flow/empty-symptoms.md', line: 3, field: 'symptoms', mentions: 'at least one' },
  KB008: { file: 'mail-flow/broken-yaml.md', line: 4, mentions: 'not valid YAML' },
  KB009: { file: 'mail-flow/unrecognised-code.md', line: 9, field: 'codes[1]', mentions: '"error 42"' },
  KB010: { file: 'mail-flow/no-fix-section.md', line: 13, field: '## Fix', mentions: 'no "## Fix"' },
  KB011: { file: 'mail-flow/stray-heading.md', line: 18, field: '## Workaround', mentions: 'not part of the outline' },
  KB012: { file: 'mail-flow/fix-before-cause.md', line: 15, field: '## Cause', mentions: 'out of order' },
  KB013: { file: 'mail-flow/unclosed-string.md', line: 19, field: '## Fix', mentions: 'never closed' },
  KB014: { file: 'mail-flow/Bad_Name.md', line: 1, mentions: 'not a valid entry id' },
  KB015: { file: 'recipients/same-id.md', line: 1, mentions: 'already used by' },
  KB016: { file: 'mail-flow/dangling-link.md', line: 16, field: 'link', mentions: 'exkb:no-such-entry' },
  KB017: { file: 'widgets/wrong-area.md', line: 1, mentions: '"widgets" is not an area' },
  KB018: { file: 'mail-flow/empty-cause.md', line: 12, field: '## Cause', mentions: 'is empty' },
  KB019: { file: 'mail-flow/relay-refused-receive-connector.md', line: 2, field: 'title', mentions: 'shares 5.7.1 with mail-flow/relay-refused-accepted-domain.md and has the same title' },
  KB020: { file: 'mail-flow/windows-1252-title.md', line: 2, mentions: 'byte 0xE9 is not UTF-8' },
};

describe('entry validation fixtures', () => {
  it('has one fixture folder per error code, and no other', () => {
    assert.deepEqual(readdirSync(FIXTURES).sort(), Object.keys(ENTRY_PROBLEMS).sort());
  });

  for (const [code, expected] of Object.entries(EXPECTED)) {
    it(`${code} ${ENTRY_PROBLEMS[code as EntryProblemCode]}`, async () => {
      const folder = path.join(FIXTURES, code);
      const { entries, problems } = await readEntries(folder, { displayFrom: folder });
      assert.deepEqual(
        problems.map((problem) => problem.code),
        [code],
        `exactly one ${code} problem expected, got:\n${problems.map(formatProblem).join('\n')}`,
      );
      const [problem] = problems;
      assert.equal(problem?.file, expected.file);
      assert.equal(problem?.line, expected.line, formatProblem(problem!));
      assert.equal(problem?.field, expected.field);
      assert.match(problem?.message ?? '', new RegExp(expected.mentions.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.ok(!entries.some((entry) => entry.file === expected.file), 'an invalid entry must not be kept');
    });
  }
});
