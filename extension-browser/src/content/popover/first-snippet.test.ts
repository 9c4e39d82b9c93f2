import assert from 'node:assert/strict';
import { test } from 'node:test';
import { POWERSHELL_FENCES, type Snippet } from '@exkb/knowledge';
import { firstFixSnippet, POWERSHELL_LANGUAGES } from './first-snippet.js';

const snippet = (section: Snippet['section'], language: string, code: string): Snippet => ({ section, language, code, line: 1 });

test('firstFixSnippet', () => {
  const cases: Array<[string, Snippet[], string | undefined]> = [
    ['none', [], undefined],
    ['Fix first', [snippet('Wrong', 'powershell', 'W'), snippet('Correct', 'powershell', 'C'), snippet('Fix', 'powershell', 'F')], 'F'],
    ['Correct when Fix has no PowerShell', [snippet('Fix', 'text', 'T'), snippet('Correct', 'ps1', 'C')], 'C'],
    ['never Wrong or Symptom', [snippet('Wrong', 'powershell', 'W'), snippet('Symptom', 'powershell', 'S')], undefined],
    ['first of several', [snippet('Fix', 'pwsh', 'one'), snippet('Fix', 'powershell', 'two')], 'one'],
  ];
  for (const [name, snippets, expected] of cases) assert.equal(firstFixSnippet(snippets), expected, name);
});

test('the languages match the knowledge base', () => {
  assert.deepEqual([...POWERSHELL_LANGUAGES].sort(), [...POWERSHELL_FENCES].sort());
});
