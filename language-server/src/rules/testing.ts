// Table-driven rule tests, in the shape of ESLint's RuleTester: valid code stays quiet, invalid
// code gets exactly the listed findings (and, when `output` is given, that text after the fixes).
// Below, what the tests of the shared helpers in `support/` need: commands read by the real parser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes } from '../fixes.js';
import { lint } from '../lint.js';
import { parseScript } from '../powershell/index.js';
import type { CommandView, Span } from '../powershell/types.js';
import { mergeSettings, type Settings } from '../settings.js';
import type { Rule } from './rule.js';

export interface ExpectedFinding {
  /** The exact source text the finding points at. */
  readonly text?: string;
  /** 1-based line of the finding's start. */
  readonly line?: number;
  readonly message?: RegExp;
}

export interface ValidCase {
  readonly code: string;
  readonly settings?: Partial<Settings>;
  readonly name?: string;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedFinding[];
  /** The text after every fix is applied; omit when the rule has no fix for this case. */
  readonly output?: string;
}

export interface RuleTable {
  readonly valid: readonly (string | ValidCase)[];
  readonly invalid: readonly InvalidCase[];
}

export function testRule(rule: Rule, table: RuleTable): void {
  const run = (code: string, settings?: Partial<Settings>) => {
    const result = lint(code, { rules: [rule], settings: mergeSettings(settings) });
    assert.deepEqual(result.failures, [], `rule ${rule.meta.id} threw`);
    return result;
  };
  describe(`rule ${rule.meta.id}`, () => {
    for (const entry of table.valid) {
      const valid = typeof entry === 'string' ? { code: entry } : entry;
      it(`valid: ${valid.name ?? oneLine(valid.code)}`, () => {
        const findings = run(valid.code, valid.settings).findings.filter((finding) => finding.rule === rule.meta.id);
        assert.deepEqual(findings.map((finding) => finding.message), []);
      });
    }
    for (const invalid of table.invalid) {
      it(`invalid: ${invalid.name ?? oneLine(invalid.code)}`, () => {
        const result = run(invalid.code, invalid.settings);
        const findings = result.findings.filter((finding) => finding.rule === rule.meta.id);
        assert.equal(findings.length, invalid.errors.length, `findings: ${JSON.stringify(findings.map((f) => f.message))}`);
        invalid.errors.forEach((expected, index) => {
          const finding = findings[index]!;
          if (expected.text !== undefined) assert.equal(invalid.code.slice(finding.span.start, finding.span.end), expected.text);
          if (expected.line !== undefined) assert.equal(finding.start.line + 1, expected.line);
          if (expected.message) assert.match(finding.message, expected.message);
        });
        if (invalid.output !== undefined) assert.equal(applyFixes(invalid.code, findings).text, invalid.output);
        else assert.ok(findings.every((finding) => !finding.fix), 'the case has a fix: give its output');
      });
    }
  });
}

function oneLine(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}

/** Every command of `script`, read by the real parser, which must find no syntax error in it. */
export function commandsOf(script: string): readonly CommandView[] {
  const parsed = parseScript(script);
  assert.deepEqual(parsed.errors, [], `syntax errors in ${script}`);
  return parsed.commands;
}

/** The last command of `script` (after the assignments and pipelines it needs). */
export function lastCommand(script: string): CommandView {
  const commands = commandsOf(script);
  const last = commands[commands.length - 1];
  assert.ok(last, `no command in ${script}`);
  return last;
}

/** The script text a span covers. */
export function textAt(script: string, span: Span | undefined): string | undefined {
  return span && script.slice(span.start, span.end);
}
