import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../io.js';
import { parseExchangeVersion, parseFormat, parseMaxWarnings, parseRuleOptions } from './options.js';

const RULES = ['require-sender-authentication-external', 'iis-32-bit-app-pool'];

function fails(run: () => unknown, pattern: RegExp): void {
  assert.throws(run, (error: unknown) => error instanceof UsageError && pattern.test(error.message));
}

describe('lint options', () => {
  it('--format', () => {
    assert.equal(parseFormat(undefined), 'text');
    assert.equal(parseFormat('sarif'), 'sarif');
    fails(() => parseFormat('sarf'), /unknown --format "sarf"; did you mean sarif\?/);
  });

  it('--exchange-version', () => {
    assert.equal(parseExchangeVersion(undefined), undefined);
    assert.equal(parseExchangeVersion('Online'), 'online');
    assert.equal(parseExchangeVersion('2019'), '2019');
    fails(() => parseExchangeVersion('2012'), /unknown --exchange-version "2012"; did you mean 201[03]\? Versions: any, 2007/);
  });

  const RULE_TABLE: ReadonlyArray<[string[], Record<string, string> | RegExp]> = [
    [[], {}],
    [['iis-32-bit-app-pool=off'], { 'iis-32-bit-app-pool': 'off' }],
    [['iis-32-bit-app-pool=off', 'iis-32-bit-app-pool=hint', 'require-sender-authentication-external=error'], { 'iis-32-bit-app-pool': 'hint', 'require-sender-authentication-external': 'error' }],
    [['iis-32-bit-app-pool'], /--rule takes <rule-id>=<off\|error\|warning\|info\|hint>, not "iis-32-bit-app-pool"/],
    [['iis-32bit-app-pool=off'], /unknown rule "iis-32bit-app-pool"; did you mean iis-32-bit-app-pool\?/],
    [['iis-32-bit-app-pool=warn'], /must be one of off, error, warning, info, hint; did you mean warning\?/],
    [['syntax-error=off'], /syntax-error cannot be configured/],
  ];
  for (const [values, expected] of RULE_TABLE) {
    it(`--rule ${values.join(' ') || '(none)'}`, () => {
      if (expected instanceof RegExp) fails(() => parseRuleOptions(values, RULES), expected);
      else assert.deepEqual(parseRuleOptions(values, RULES), expected);
    });
  }

  it('--max-warnings', () => {
    assert.equal(parseMaxWarnings(undefined), undefined);
    assert.equal(parseMaxWarnings('0'), 0);
    assert.equal(parseMaxWarnings('12'), 12);
    fails(() => parseMaxWarnings('-1'), /--max-warnings takes a whole number, 0 or more, not "-1"/);
    fails(() => parseMaxWarnings('many'), /not "many"/);
  });
});
