import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lastCommand, textAt } from '../testing.js';
import { literalText, quoteLike, rawSpan, spanIn, type LiteralText } from './literal-text.js';

/** The argument of `-Value` in the script's last command. */
const literalIn = (script: string) => literalText(lastCommand(script).parameter('Value')?.value);

// [argument, raw, quote, verbatim, expandable]
const LITERALS: ReadonlyArray<[string, string, LiteralText['quote'], boolean, boolean]> = [
  ["'https://mail/owa'", 'https://mail/owa', 'single', true, false],
  ['"https://mail/owa"', 'https://mail/owa', 'double', true, false],
  ['https://mail/owa', 'https://mail/owa', 'none', true, false],
  ["'$notAVariable'", '$notAVariable', 'single', true, false],
  ['"https://$server/owa"', 'https://$server/owa', 'double', true, true],
  ['https://$server/owa', 'https://$server/owa', 'none', true, true],
  // Escapes and doubled quotes: the raw text is not the value, so offsets in it are not offsets in the value.
  ['"tab`there"', 'tab`there', 'double', false, false],
  ["'it''s'", "it''s", 'single', false, false],
  ['tab`there', 'tab`there', 'none', false, false],
  // A backtick in single quotes is just a character.
  ["'tab`there'", 'tab`there', 'single', true, false],
  // Typographic quotes, as pasted from Word or a web page.
  ['\u2018https://mail/owa\u2019', 'https://mail/owa', 'single', true, false],
  ['\u201Chttps://mail/owa\u201D', 'https://mail/owa', 'double', true, false],
];

describe('literalText', () => {
  for (const [argument, raw, quote, verbatim, expandable] of LITERALS) {
    it(argument, () => {
      const script = `Set-Thing -Value ${argument}`;
      const literal = literalIn(script);
      assert.ok(literal);
      assert.deepEqual({ raw: literal.raw, quote: literal.quote, verbatim: literal.verbatim, expandable: literal.expandable }, { raw, quote, verbatim, expandable });
      assert.equal(textAt(script, rawSpan(literal)), raw, 'start points at raw[0] in the script');
    });
  }

  const NOT_LITERAL: readonly string[] = ['42', '$true', '$url', '(Get-Date)', "@('a')", "@'\nhere\n'@", 'a, b'];
  for (const argument of NOT_LITERAL) {
    it(`${JSON.stringify(argument)} has no literal text`, () => assert.equal(literalIn(`Set-Thing -Value ${argument}`), undefined));
  }
  it('a missing value has no literal text', () => assert.equal(literalText(undefined), undefined));
});

describe('spanIn', () => {
  it('maps offsets in raw to offsets in the script', () => {
    const script = "Set-Thing -Value 'http://mail/owa'";
    const literal = literalIn(script);
    assert.ok(literal);
    assert.equal(textAt(script, spanIn(literal, 0, 4)), 'http');
    assert.equal(textAt(script, spanIn(literal, 11, 15)), '/owa');
    assert.deepEqual(spanIn(literal, 4, 4), { start: literal.start + 4, end: literal.start + 4 });
  });
});

describe('quoteLike', () => {
  const TABLE: ReadonlyArray<[string | undefined, string]> = [
    ["'IIS'", "'POP'"],
    ['"IIS"', '"POP"'],
    ['IIS', 'POP'],
    // The new item gets plain quotes even when the old one has typographic ones.
    ['\u2018IIS\u2019', "'POP'"],
    [undefined, 'POP'],
  ];
  for (const [like, expected] of TABLE) {
    it(`like ${like ?? 'nothing'} → ${expected}`, () => {
      const literal = like === undefined ? undefined : literalIn(`Set-Thing -Value ${like}`);
      assert.equal(quoteLike(literal, 'POP'), expected);
    });
  }
});
