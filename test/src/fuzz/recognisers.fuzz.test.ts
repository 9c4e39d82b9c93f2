// Property-based fuzzing of the error-code recognisers: whatever the text, `findCodes` and every
// single recogniser return well-formed findings and never throw.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findCodes, parseCode, RECOGNISERS, type FoundCode } from '@exkb/knowledge';
import { describeRun, fuzzParameters } from './fuzz-settings.js';
import { anyText, codeLikeText, longRun } from './fuzz-text.js';

const RUNS = 500;
const KINDS = new Set(RECOGNISERS.map((recogniser) => recogniser.kind));

function assertWellFormed(text: string, codes: readonly FoundCode[], overlapsAllowed: boolean): void {
  let previousStart = -1;
  let previousEnd = 0;
  for (const code of codes) {
    assert.ok(KINDS.has(code.kind), `known kind ${code.kind}`);
    assert.ok(Number.isInteger(code.start) && Number.isInteger(code.end), 'integer offsets');
    assert.ok(code.start >= 0 && code.start < code.end && code.end <= text.length, `span ${code.start}-${code.end} within ${text.length}`);
    assert.equal(code.text, text.slice(code.start, code.end), 'text is the spanned input');
    assert.ok(code.normalized.length > 0, 'normalized is not empty');
    assert.ok(code.keys.length > 0 && code.keys.every((key) => key.length > 0), 'keys are not empty');
    assert.ok(code.start >= previousStart, 'in text order');
    if (!overlapsAllowed) assert.ok(code.start >= previousEnd, `no overlap at ${code.start}`);
    previousStart = code.start;
    previousEnd = code.end;
  }
}

function checkText(text: string): void {
  assertWellFormed(text, findCodes(text), false);
  for (const recogniser of RECOGNISERS) {
    const found = recogniser.find(text);
    assert.ok(found.every((code) => code.kind === recogniser.kind), `${recogniser.kind} reports only its kind`);
    assertWellFormed(text, found, true);
  }
  const one = parseCode(text);
  if (one !== undefined) assert.equal(one.text, text.trim(), 'parseCode spans the whole trimmed text');
}

describe('fuzz: code recognisers', () => {
  it(describeRun('arbitrary UTF-16 text, lone surrogates and NULs included', RUNS), () => {
    fc.assert(fc.property(anyText, checkText), fuzzParameters(RUNS));
  });

  it(describeRun('text glued from code-like fragments, dashes, digits and dots', RUNS), () => {
    fc.assert(fc.property(codeLikeText, checkText), fuzzParameters(RUNS));
  });

  it(describeRun('long runs of one fragment', RUNS / 4), () => {
    fc.assert(fc.property(longRun, checkText), fuzzParameters(RUNS / 4));
  });

  it('finds the codes of a known sentence (the property checks can fail)', () => {
    const text = '550 5.7.1 STOREDRV.Deliver; 0x8004010F; Event 9373; KB953467';
    assert.deepEqual(
      findCodes(text).map((code) => code.kind),
      ['enhanced-status', 'hex', 'event-id', 'kb-article'],
    );
  });
});
