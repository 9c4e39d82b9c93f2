import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_SYNTAX_ERRORS } from './lint-core.js';
import { lint, SYNTAX_ERROR_RULE } from './lint.js';

describe('lint: syntax errors of a file that is not PowerShell', () => {
  const CASES: ReadonlyArray<[string, number, number, string | undefined]> = [
    // name, unclosed ')' lines, syntax findings expected, the last one's message
    ['a few errors: all listed', 3, 3, undefined],
    ['exactly the limit: all listed', MAX_SYNTAX_ERRORS, MAX_SYNTAX_ERRORS, undefined],
    ['one over: the limit, then one finding for the other', MAX_SYNTAX_ERRORS + 1, MAX_SYNTAX_ERRORS + 1, `1 more syntax error from here on is not listed (exkb lists the first ${MAX_SYNTAX_ERRORS} of a file); is this file PowerShell?`],
    ['thousands: the limit, then one finding counting the rest', 5_000, MAX_SYNTAX_ERRORS + 1, `4,900 more syntax errors from here on are not listed (exkb lists the first ${MAX_SYNTAX_ERRORS} of a file); is this file PowerShell?`],
  ];
  for (const [name, count, expected, summary] of CASES) {
    it(name, () => {
      const text = Array.from({ length: count }, () => 'Get-Date )').join('\n');
      const syntax = lint(text).findings.filter((finding) => finding.rule === SYNTAX_ERROR_RULE);
      assert.equal(syntax.length, expected);
      if (summary === undefined) return;
      assert.equal(syntax.at(-1)?.message, summary);
      assert.equal(syntax.at(-1)?.start.line, MAX_SYNTAX_ERRORS, 'placed at the first error not listed');
    });
  }
});
