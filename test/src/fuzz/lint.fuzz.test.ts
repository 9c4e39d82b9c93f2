// Property-based fuzzing of the lint core (Node entry, shipped cmdlet model): mutated real scripts
// never make `lint` throw, no rule throws, and every finding is well-formed.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseEntry, POWERSHELL_FENCES } from '@exkb/knowledge';
import { lint, SYNTAX_ERROR_RULE, type LintResult } from 'exkb-language-server';
import { CORPUS_ROOT, decodeScript, powershellFiles } from '../powershell-parser.js';
import { describeRun, fuzzParameters } from './fuzz-settings.js';
import { applyEdits, DASHES, editArbitrary, QUOTES } from './fuzz-text.js';
import { readEntryTexts } from './real-entries.js';

const RUNS = 500;
const CORPUS_SCRIPTS = 6;
const CORPUS_SCRIPT_MAX_BYTES = 16_000;

const snippets = readEntryTexts().flatMap((entry) =>
  (parseEntry(entry.text, entry.relativePath).entry?.snippets ?? []).filter((snippet) => POWERSHELL_FENCES.has(snippet.language)).map((snippet) => snippet.code),
);
const corpus = powershellFiles(CORPUS_ROOT)
  .filter((file) => statSync(file).size <= CORPUS_SCRIPT_MAX_BYTES)
  .slice(0, CORPUS_SCRIPTS)
  .map((file) => decodeScript(readFileSync(file)));
const seeds = [...snippets, ...corpus];

const nested = fc.tuple(fc.constantFrom('{ ', '{', '& { ', '$( ', '@( ', '(', '[', 'if ($x) { '), fc.integer({ min: 1, max: 400 }), fc.boolean()).map(([open, depth, closed]) => {
  const close = { '{ ': ' }', '{': '}', '& { ': ' }', '$( ': ' )', '@( ': ' )', '(': ')', '[': ']', 'if ($x) { ': ' }' }[open] ?? '';
  return open.repeat(depth) + 'Get-Mailbox -Identity x' + (closed ? close.repeat(depth) : '');
});
const hostile = fc.oneof(
  fc.constantFrom('@"', '"@', "@'", "'@", '@"\n', '\n"@', "@'\n", "\n'@", '{', '}', '(', ')', '[', ']', '$(', '@{', '#', '<#', '#>', '`', '\0', '\r', '\n', '\uD800', '\uDFFF', '\uFEFF'),
  fc.constantFrom(...DASHES, ...QUOTES),
  fc.constantFrom(' -Identity ', ' -Confirm:$false', ' | Set-Mailbox ', ' -ErrorAction Stop', 'Get-Mailbox', '$env:x', '${a b}', '-f ', ' -and ', '1..', '0x8004010F', '5.7.1'),
  nested,
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const lineEnds = fc.constantFrom('keep', 'cr', 'crlf');
const mutatedScript = fc.tuple(fc.constantFrom(...seeds), lineEnds, fc.array(editArbitrary(hostile), { minLength: 1, maxLength: 8 })).map(([seed, ends, edits]) => {
  const text = applyEdits(seed, edits);
  if (ends === 'cr') return text.replace(/\r?\n/g, '\r');
  if (ends === 'crlf') return text.replace(/\r?\n/g, '\r\n');
  return text;
});

/** Line and character of `offset`, counting `\r\n`, `\r` and `\n` as line ends (PowerShell's rule). */
function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, character: offset - lineStart };
}

function assertWellFormed(text: string, result: LintResult): void {
  assert.deepEqual(
    result.failures.map((failure) => `${failure.rule}: ${failure.error instanceof Error ? (failure.error.stack ?? failure.error.message) : String(failure.error)}`),
    [],
    'no rule throws',
  );
  let previous = -1;
  for (const finding of result.findings) {
    const { start, end } = finding.span;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length, `span ${start}-${end} within ${text.length}`);
    assert.ok(start >= previous, 'findings sorted by start');
    previous = start;
    assert.deepEqual(finding.start, positionOf(text, start), `start position of ${finding.rule} at ${start}`);
    assert.deepEqual(finding.end, positionOf(text, end), `end position of ${finding.rule} at ${end}`);
    assert.ok(finding.message.length > 0, 'has a message');
    if (finding.rule !== SYNTAX_ERROR_RULE) {
      assert.ok(finding.rule.length > 0, 'names a rule');
      assert.ok(finding.entries.length >= 1, `${finding.rule} names at least one entry`);
    }
  }
}

function checkScript(text: string): void {
  assertWellFormed(text, lint(text));
}

describe('fuzz: lint core', () => {
  it('has seed scripts to mutate', () => assert.ok(snippets.length > 0, 'the knowledge entries hold PowerShell snippets'));

  it(describeRun(`lint on mutated real scripts (${snippets.length} entry snippets, ${corpus.length} corpus scripts)`, RUNS), () => {
    fc.assert(fc.property(mutatedScript, checkScript), fuzzParameters(RUNS));
  });

  it(describeRun('lint on arbitrary UTF-16 text', RUNS), () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkScript), fuzzParameters(RUNS));
  });

  it(describeRun('lint on deeply nested blocks and here-strings', RUNS / 5), () => {
    fc.assert(fc.property(fc.array(hostile, { maxLength: 20 }).map((parts) => parts.join('')), checkScript), fuzzParameters(RUNS / 5));
  });

  it('reports a known problem in the right place (the property checks can fail)', () => {
    const text = 'Get-Mailbox -Identity "x\r\n';
    const result = lint(text);
    assertWellFormed(text, result);
    assert.ok(result.findings.some((finding) => finding.rule === SYNTAX_ERROR_RULE), 'an unterminated string is a syntax error');
  });
});
