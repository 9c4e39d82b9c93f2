import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TokenKind } from './token-kinds.js';
import { Mode, Tokenizer } from './tokenizer.js';

/** The significant tokens of `text` scanned in one mode, as `Kind:text`. */
function scan(text: string, mode: Mode): { tokens: string[]; problems: string[]; tokenizer: Tokenizer } {
  const tokenizer = new Tokenizer(text);
  const tokens: string[] = [];
  for (;;) {
    const token = tokenizer.next(mode);
    if (token.kind === TokenKind.EndOfInput) break;
    tokens.push(`${TokenKind[token.kind]}:${text.slice(token.start, token.end)}`);
  }
  return { tokens, problems: tokenizer.problems.map((problem) => problem.code), tokenizer };
}

const C = Mode.Command;
const E = Mode.Expression;

// [name, mode, input, significant tokens]
const TABLE: ReadonlyArray<[string, Mode, string, string[]]> = [
  ['cmdlet, parameter, bareword', C, 'Get-Mailbox -Identity x', ['Generic:Get-Mailbox', 'Parameter:-Identity', 'Identifier:x']],
  ['parameter with colon', C, '-Confirm:$false', ['Parameter:-Confirm:', 'Variable:$false']],
  ['host name bareword', C, 'mail.contoso.com', ['Generic:mail.contoso.com']],
  ['provider path', C, 'IIS:\\AppPools\\MSExchangeOWAAppPool', ['Generic:IIS:\\AppPools\\MSExchangeOWAAppPool']],
  ['metabase path', C, 'W3SVC/AppPools/Enable32bitAppOnWin64', ['Generic:W3SVC/AppPools/Enable32bitAppOnWin64']],
  ['slash switch of a native program', C, '/enable32BitAppOnWin64:true', ['Generic:/enable32BitAppOnWin64:true']],
  ['unquoted comma list', C, 'IIS,SMTP', ['Identifier:IIS', 'Comma:,', 'Identifier:SMTP']],
  ['numbers with suffixes and multipliers', C, '25MB 0x1F 1e3 10l 1.5d 2kb .5', ['Number:25MB', 'Number:0x1F', 'Number:1e3', 'Number:10l', 'Number:1.5d', 'Number:2kb', 'Number:.5']],
  ['an IP address is a bareword', C, '10.0.0.1', ['Generic:10.0.0.1']],
  ['a number glued to letters is a bareword', C, '7zip', ['Generic:7zip']],
  ['range in command mode is a bareword', C, '1..10', ['Generic:1..10']],
  ['range in expression mode', E, '1..10', ['Number:1', 'DotDot:..', 'Number:10']],
  ['quotes inside a bareword', C, "a'b c'd", ["Generic:a'b c'd"]],
  ['variable glued to text is one bareword in command mode', C, '$name".bak"', ['Generic:$name".bak"']],
  ['variable then minus in expression mode', E, '$x-1', ['Variable:$x', 'Minus:-', 'Number:1']],
  ['variable then minus in command mode', C, '$x-1', ['Generic:$x-1']],
  ['member access stays outside the variable', E, '$x.Name', ['Variable:$x', 'Dot:.', 'Identifier:Name']],
  ['single-quoted string with doubled quote', C, "'it''s'", ["StringLiteral:'it''s'"]],
  ['expandable string with variable and subexpression', C, '"a $b $(c "d") e" f', ['StringExpandable:"a $b $(c "d") e"', 'Identifier:f']],
  ['escaped quote in expandable string', C, '"say `"hi`" and ""bye"""', ['StringExpandable:"say `"hi`" and ""bye"""']],
  ['literal here-string', C, "@'\nline 'one'\n'@", ["HereStringLiteral:@'\nline 'one'\n'@"]],
  ['expandable here-string', C, '@"\n$a "b"\n"@ x', ['HereStringExpandable:@"\n$a "b"\n"@', 'Identifier:x']],
  ['a here-string footer must start its line', C, "@'\n '@\n'@", ["HereStringLiteral:@'\n '@\n'@"]],
  ['line comment', C, 'a # b c\nd', ['Identifier:a', 'NewLine:\n', 'Identifier:d']],
  ['hash inside a word is not a comment', C, 'a#b', ['Generic:a#b']],
  ['block comment', C, 'a <# b\nc #> d', ['Identifier:a', 'Identifier:d']],
  ['requires is a comment', C, '#requires -Version 3\nx', ['NewLine:\n', 'Identifier:x']],
  ['merging redirection', C, 'a 2>&1', ['Identifier:a', 'Redirection:2>&1']],
  ['all streams to null', C, 'a *> $null', ['Identifier:a', 'Redirection:*>', 'Variable:$null']],
  ['file redirections', C, 'a > f.txt >> g.txt 2> e.txt', ['Identifier:a', 'Redirection:>', 'Generic:f.txt', 'Redirection:>>', 'Generic:g.txt', 'Redirection:2>', 'Generic:e.txt']],
  ['backtick line continuation', C, 'a `\n-b', ['Identifier:a', 'Parameter:-b']],
  ['backtick escape starts a bareword', C, '`$x', ['Generic:`$x']],
  ['en dash parameter', C, '\u2013Identity x', ['Parameter:\u2013Identity', 'Identifier:x']],
  ['em dash and horizontal bar', C, '\u2014Force \u2015Confirm', ['Parameter:\u2014Force', 'Parameter:\u2015Confirm']],
  ['en dash operator', E, '$a \u2013eq 1', ['Variable:$a', 'Operator:\u2013eq', 'Number:1']],
  ['typographic single quotes', C, '\u2018it\u2019\u2019s\u2019', ['StringLiteral:\u2018it\u2019\u2019s\u2019']],
  ['typographic double quotes', C, '\u201cx\u201d \u201ey\u201c', ['StringExpandable:\u201cx\u201d', 'StringExpandable:\u201ey\u201c']],
  ['braced variable', C, '${weird name}', ['Variable:${weird name}']],
  ['scoped and drive variables', C, '$env:Path $script:x $using:y $global:z', ['Variable:$env:Path', 'Variable:$script:x', 'Variable:$using:y', 'Variable:$global:z']],
  ['automatic variables', E, '$_ $$ $? $^', ['Variable:$_', 'Variable:$$', 'Variable:$?', 'Variable:$^']],
  ['splatting and @ literals', C, '@params @{ @(', ['SplattedVariable:@params', 'AtCurly:@{', 'AtParen:@(']],
  ['subexpression', C, '$(x)', ['DollarParen:$(', 'Identifier:x', 'RParen:)']],
  ['keyword at a delimiter', C, 'if(', ['Keyword:if', 'LParen:(']],
  ['keyword-like command name', C, 'foreach-object', ['Generic:foreach-object']],
  ['comparison and format operators', E, '-eq -f -replace -notlike -and -ceq -isplit', ['Operator:-eq', 'Operator:-f', 'Operator:-replace', 'Operator:-notlike', 'Operator:-and', 'Operator:-ceq', 'Operator:-isplit']],
  ['operators are parameters in command mode', C, '-eq', ['Parameter:-eq']],
  ['unary and assignment operators', E, '! ++ -- += -= ?? =', ['Exclaim:!', 'PlusPlus:++', 'MinusMinus:--', 'Assignment:+=', 'Assignment:-=', 'QuestionQuestion:??', 'Assignment:=']],
  ['signed numbers only where asked', E, '-5', ['Minus:-', 'Number:5']],
  ['stop-parsing token', C, '--%', ['Generic:--%']],
  ['type literal in command mode is a bareword', C, '[string]', ['Generic:[string]']],
  ['type literal in expression mode', E, '[string]', ['LBracket:[', 'Identifier:string', 'RBracket:]']],
  ['static member access', E, '[int]::MaxValue', ['LBracket:[', 'Identifier:int', 'RBracket:]', 'ColonColon:::', 'Identifier:MaxValue']],
  ['loop label', C, ':outer foreach', ['Label::outer', 'Keyword:foreach']],
  ['pipeline chain and background', C, 'a && b || c &', ['Identifier:a', 'AndAnd:&&', 'Identifier:b', 'OrOr:||', 'Identifier:c', 'Ampersand:&']],
  ['CRLF is one newline', C, 'a\r\nb', ['Identifier:a', 'NewLine:\r\n', 'Identifier:b']],
  ['non-breaking space separates', C, 'a\u00a0b', ['Identifier:a', 'Identifier:b']],
];

describe('tokenizer', () => {
  for (const [name, mode, input, expected] of TABLE) {
    it(name, () => {
      const { tokens, problems, tokenizer } = scan(input, mode);
      assert.deepEqual(tokens, expected);
      assert.deepEqual(problems, []);
      let position = 0;
      for (const token of tokenizer.tokens) {
        assert.equal(token.start, position, 'tokens cover the text without gaps');
        position = token.end;
      }
      assert.equal(position, input.length, 'tokens cover the whole text');
    });
  }
});

// [name, input, problem codes, significant tokens]
const PROBLEMS: ReadonlyArray<[string, string, string[], string[]]> = [
  ['unterminated single-quoted string ends at its line', "'abc\nx", ['TerminatorExpectedAtEndOfString'], ["StringLiteral:'abc", 'NewLine:\n', 'Identifier:x']],
  ['unterminated double-quoted string', '"abc', ['TerminatorExpectedAtEndOfString'], ['StringExpandable:"abc']],
  ['unterminated here-string', "@'\nabc", ['TerminatorExpectedAtEndOfString'], ["HereStringLiteral:@'\nabc"]],
  ['here-string footer indented', "@'\nabc\n  '@", ['WhitespaceBeforeHereStringFooter'], ["HereStringLiteral:@'\nabc\n  '@"]],
  ['text after a here-string header', "@' x'@ y", ['UnexpectedCharactersAfterHereStringHeader'], ["HereStringLiteral:@' x'@", 'Identifier:y']],
  ['unterminated block comment', '<# abc', ['MissingEndMultiLineComment'], []],
  ['empty drive-qualified variable in a string', '"$server: down"', ['InvalidVariableReferenceWithDrive'], ['StringExpandable:"$server: down"']],
  ['unterminated subexpression in a string', '"$(a', ['IncompleteDollarSubexpressionReference', 'TerminatorExpectedAtEndOfString'], ['StringExpandable:"$(a']],
  ['like PowerShell, a subexpression in a string only counts parentheses', '"$(")")"', ['TerminatorExpectedAtEndOfString'], ['StringExpandable:"$(")"', 'RParen:)', 'StringExpandable:"']],
  ['lone @', '@ x', ['UnrecognizedToken'], ['Unknown:@', 'Identifier:x']],
];

describe('tokenizer problems', () => {
  for (const [name, input, codes, expected] of PROBLEMS) {
    it(name, () => {
      const { tokens, problems, tokenizer } = scan(input, Mode.Command);
      assert.deepEqual(problems, codes);
      assert.deepEqual(tokens, expected);
      let position = 0;
      for (const token of tokenizer.tokens) {
        assert.equal(token.start, position);
        position = token.end;
      }
      assert.equal(position, input.length);
    });
  }
});
