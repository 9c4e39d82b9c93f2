import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_EMPHASIS_RUNS, MAX_ENTRY_CHARS } from './entry-limits.js';
import { parseEntry } from './parse-entry.js';
import { emphasisRunsOutsideFences } from './entry-limits.js';

const HEAD = '---\ntitle: Emphasis markers everywhere\ncodes:\n  - 5.7.1\nsymptoms:\n  - many markers\nproducts:\n  - exchange-2016\n---\n\n## Symptom\n';
const TAIL = '\n\n## Cause\nA generator went wrong.\n\n## Fix\nDelete the file.\n';

describe('emphasisRunsOutsideFences', () => {
  const CASES: ReadonlyArray<[string, number]> = [
    ['plain words', 0],
    ['some *emphasis* and __strong__ text', 4],
    ['*_*_', 4],
    ['a * b _ c', 2],
    ['```powershell\nGet-Mailbox | ? { $_.Name -like "*x*" }\n```\nafter *one*', 2],
    ['~~~\n*_*\n```\n*\n~~~\n_', 1],
    ['   ```\n*\n', 0],
    ['    ```\n*\n', 1],
  ];
  for (const [text, runs] of CASES) {
    it(`${JSON.stringify(text)}: ${runs}`, () => assert.equal(emphasisRunsOutsideFences(text), runs));
  }
});

describe('parseEntry on an oversized file', () => {
  it('refuses a file over the limit with one KB020 problem, without parsing it', () => {
    const text = HEAD + '*_'.repeat(MAX_ENTRY_CHARS) + TAIL;
    const { entry, problems } = parseEntry(text, 'mail-flow/emphasis-everywhere.md');
    assert.equal(entry, undefined);
    assert.deepEqual(problems.map(({ code, line, column }) => [code, line, column]), [['KB020', 1, 1]]);
    assert.match(problems[0]?.message ?? '', /holds [\d,]+ characters; an entry is at most 32,768, so split it/);
  });

  it(`refuses a file of more than ${MAX_EMPHASIS_RUNS} emphasis runs outside code before parsing it`, () => {
    const text = HEAD + 'a* '.repeat(MAX_EMPHASIS_RUNS + 1) + TAIL;
    const { entry, problems } = parseEntry(text, 'mail-flow/emphasis-everywhere.md');
    assert.equal(entry, undefined);
    assert.deepEqual(problems.map(({ code, message }) => [code, message]), [['KB020', 'the file holds 1,001 runs of * or _ outside code blocks; an entry has at most 1,000, so put code in ``` fences']]);
  });

  it('counts no run inside a fence: a snippet full of wildcards parses', () => {
    const snippet = '```powershell\n' + 'Get-Mailbox -Filter "Name -like \'*a*\'" | ? { $_.Size }\n'.repeat(400) + '```\n';
    const { problems } = parseEntry(HEAD + 'See below.\n\n' + TAIL.replace('Delete the file.', `Run this:\n\n${snippet}`), 'mail-flow/wildcards.md');
    assert.deepEqual(problems, []);
  });

  it('parses a file just under the limit as any other', () => {
    const filler = `${'A long symptom sentence that repeats. '.repeat(Math.floor((MAX_ENTRY_CHARS - HEAD.length - TAIL.length - 10) / 38))}`;
    const { entry, problems } = parseEntry(HEAD + filler + TAIL, 'mail-flow/long-but-fine.md');
    assert.deepEqual(problems, []);
    assert.equal(entry?.id, 'long-but-fine');
  });
});
