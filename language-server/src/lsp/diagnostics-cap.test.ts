import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Finding } from '../lint.js';
import type { Severity } from '../settings.js';
import { capFindings, tooManyProblems, TOO_MANY_PROBLEMS_CODE } from './diagnostics-cap.js';

/** Findings in position order from a string of severity letters: `hwe` = a hint, a warning, an error. */
function findings(letters: string): Finding[] {
  const severity: Record<string, Severity> = { e: 'error', w: 'warning', i: 'info', h: 'hint' };
  return [...letters].map((letter, at) => ({
    rule: `rule-${letter}`,
    severity: severity[letter]!,
    message: `${letter}${at}`,
    span: { start: at, end: at + 1 },
    start: { line: at, character: 0 },
    end: { line: at, character: 1 },
    entries: [],
  }));
}

// [letters, limit, shown, hidden counts by severity]
const CAPS: ReadonlyArray<[string, number, string[], Record<Severity, number>]> = [
  ['hwie', 0, ['h0', 'w1', 'i2', 'e3'], { error: 0, warning: 0, info: 0, hint: 0 }],
  ['hwie', 4, ['h0', 'w1', 'i2', 'e3'], { error: 0, warning: 0, info: 0, hint: 0 }],
  ['hwie', 10, ['h0', 'w1', 'i2', 'e3'], { error: 0, warning: 0, info: 0, hint: 0 }],
  // Errors before warnings before information before hints, whatever their place in the file.
  ['hwie', 1, ['e3'], { error: 0, warning: 1, info: 1, hint: 1 }],
  ['hwie', 2, ['w1', 'e3'], { error: 0, warning: 0, info: 1, hint: 1 }],
  ['hwie', 3, ['w1', 'i2', 'e3'], { error: 0, warning: 0, info: 0, hint: 1 }],
  // Within a severity, the first ones in the file; what is shown stays in position order.
  ['eeweee', 3, ['e0', 'e1', 'e3'], { error: 2, warning: 1, info: 0, hint: 0 }],
  ['hhwwhh', 3, ['h0', 'w2', 'w3'], { error: 0, warning: 0, info: 0, hint: 3 }],
  ['', 5, [], { error: 0, warning: 0, info: 0, hint: 0 }],
];

describe('capFindings', () => {
  for (const [letters, limit, expected, hidden] of CAPS) {
    it(`${letters || '(none)'} at most ${limit}: ${expected.join(' ') || 'nothing'}`, () => {
      const capped = capFindings(findings(letters), limit);
      assert.deepEqual(capped.shown.map((finding) => finding.message), expected);
      assert.deepEqual(capped.hidden, hidden);
    });
  }
  it('returns the same array when nothing is left out (no copy of a large result)', () => {
    const all = findings('ewih');
    assert.equal(capFindings(all, 0).shown, all);
  });
  it('keeps the first 1,000 errors of 200,000 mixed findings', () => {
    const many = findings('hwie'.repeat(50_000));
    const capped = capFindings(many, 1000);
    assert.equal(capped.shown.length, 1000);
    assert.ok(capped.shown.every((finding) => finding.severity === 'error'));
    assert.deepEqual(capped.hidden, { error: 49_000, warning: 50_000, info: 50_000, hint: 50_000 });
  });
});

describe('tooManyProblems', () => {
  it('says nothing when nothing was left out', () => assert.equal(tooManyProblems(capFindings(findings('eee'), 5), 'exkb'), undefined));
  it('counts what was left out by severity and names the setting', () => {
    const summary = tooManyProblems(capFindings(findings(`${'e'.repeat(1500)}wwh`), 1000), 'exkb');
    assert.ok(summary);
    assert.equal(summary.severity, DiagnosticSeverity.Information);
    assert.equal(summary.code, TOO_MANY_PROBLEMS_CODE);
    assert.equal(summary.source, 'exkb');
    assert.deepEqual(summary.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(summary.message, /^exkb shows 1,000 of the 1,503 problems in this file \(errors first/);
    assert.match(summary.message, /503 more are not shown \(500 errors, 2 warnings, 1 hint\)/);
    assert.match(summary.message, /exkb\.maxDiagnosticsPerFile/);
    assert.match(summary.message, /0 shows all/);
  });
  it('one left out is singular', () => {
    const summary = tooManyProblems(capFindings(findings('eei'), 2), 'exkb');
    assert.match(summary?.message ?? '', /1 more is not shown \(1 information\)/);
  });
});
