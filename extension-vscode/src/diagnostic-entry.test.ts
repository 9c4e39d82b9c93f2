import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageclient';
import { citedEntries, entryOfDiagnostics, type DiagnosticEntry } from './diagnostic-entry.js';

function diagnostic(rule: string, severity: 1 | 2 | 3 | 4 | undefined, [startLine, startChar, endLine, endChar]: [number, number, number, number], data: unknown): Diagnostic {
  return { code: rule, severity, source: 'exkb', message: rule, range: { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } }, data };
}

test('the most severe, then the narrowest diagnostic at the cursor gives its first cited entry', () => {
  const cases: { name: string; diagnostics: Diagnostic[]; expected: DiagnosticEntry | undefined }[] = [
    { name: 'none', diagnostics: [], expected: undefined },
    { name: 'one', diagnostics: [diagnostic('unknown-parameter', 1, [0, 12, 0, 21], { entries: ['unknown-parameter', 'other'] })], expected: { id: 'unknown-parameter', rule: 'unknown-parameter' } },
    {
      name: 'error before warning, whatever the order',
      diagnostics: [diagnostic('wide', 2, [0, 0, 0, 40], { entries: ['w'] }), diagnostic('narrow-error', 1, [0, 0, 0, 40], { entries: ['e'] })],
      expected: { id: 'e', rule: 'narrow-error' },
    },
    {
      name: 'the narrower of two warnings',
      diagnostics: [diagnostic('statement', 2, [0, 0, 2, 1], { entries: ['s'] }), diagnostic('argument', 2, [1, 4, 1, 9], { entries: ['a'] })],
      expected: { id: 'a', rule: 'argument' },
    },
    { name: 'no severity counts as error', diagnostics: [diagnostic('hinted', 4, [0, 0, 0, 1], { entries: ['h'] }), diagnostic('unset', undefined, [0, 0, 0, 9], { entries: ['u'] })], expected: { id: 'u', rule: 'unset' } },
    { name: 'a diagnostic citing nothing is passed over', diagnostics: [diagnostic('syntax-error', 1, [0, 0, 0, 1], { entries: [] }), diagnostic('rule', 3, [0, 0, 0, 9], { entries: ['r'] })], expected: { id: 'r', rule: 'rule' } },
    { name: 'only diagnostics citing nothing', diagnostics: [diagnostic('syntax-error', 1, [0, 0, 0, 1], undefined)], expected: undefined },
  ];
  for (const { name, diagnostics, expected } of cases) assert.deepEqual(entryOfDiagnostics(diagnostics), expected, name);
});

test('cited entries are read from data.entries and nothing else', () => {
  const cases: { data: unknown; expected: string[] }[] = [
    { data: { entries: ['a', 'b'] }, expected: ['a', 'b'] },
    { data: { entries: ['a', 3, null, '', 'b'] }, expected: ['a', 'b'] },
    { data: { entries: 'a' }, expected: [] },
    { data: ['a'], expected: [] },
    { data: null, expected: [] },
    { data: undefined, expected: [] },
    { data: 'a', expected: [] },
  ];
  for (const { data, expected } of cases) assert.deepEqual(citedEntries(data), expected, JSON.stringify(data));
});
