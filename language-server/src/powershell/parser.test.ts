import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Node } from './ast.js';
import { parseScript } from './index.js';
import { forEachChild } from './walk.js';

/** Statement types at the top of the script, in order. */
function outline(text: string): string {
  return parseScript(text).ast.statements.map((statement) => statement.type).join(' ');
}

function commandNames(text: string): string[] {
  return parseScript(text).commands.map((command) => command.name);
}

/** Every node type in the tree, depth first: checks that a construct is really there. */
function nodeTypes(text: string): string[] {
  const types: string[] = [];
  const visit = (node: Node) => {
    types.push(node.type);
    forEachChild(node, visit);
  };
  visit(parseScript(text).ast);
  return types;
}

// [name, script, top-level statements, commands, node types that must appear]
const STATEMENTS: ReadonlyArray<[string, string, string, string[], string[]]> = [
  [
    'function with param and named blocks',
    'function Get-Thing {\n  [CmdletBinding()]\n  param([Parameter(Mandatory=$true, Position=0)][string]$Name, [int]$Count = 1)\n  begin { Write-Verbose start }\n  process { Get-Item $Name }\n  end { Write-Verbose done }\n}',
    'FunctionDefinition',
    ['Write-Verbose', 'Get-Item', 'Write-Verbose'],
    ['ParamBlock', 'Attribute', 'NamedBlock'],
  ],
  ['dynamicparam block', 'function f { dynamicparam { New-Object x } process { g } }', 'FunctionDefinition', ['New-Object', 'g'], ['NamedBlock']],
  ['function with parameters in parentheses', 'function Add($a, $b = 2) { $a + $b }', 'FunctionDefinition', [], ['Parameter', 'Binary']],
  ['filter', 'filter Only-Big { if ($_.Size -gt 1GB) { $_ } }', 'FunctionDefinition', [], ['If']],
  ['configuration (DSC)', 'configuration Web { Node localhost { WindowsFeature IIS { Ensure = "Present" } } }', 'FunctionDefinition', ['Node', 'WindowsFeature', 'Ensure'], []],
  ['workflow with parallel and sequence', 'workflow W { parallel { Get-A } sequence { Get-B } }', 'FunctionDefinition', ['Get-A', 'Get-B'], ['Block']],
  ['if / elseif / else over several lines', 'if ($a) {\n  Get-A\n}\nelseif ($b) {\n  Get-B\n}\n\nelse {\n  Get-C\n}', 'If', ['Get-A', 'Get-B', 'Get-C'], ['If']],
  ['switch with options and default', "switch -Regex ($x) {\n  '^a' { Get-A }\n  { $_ -gt 5 } { Get-B }\n  default { Get-C }\n}", 'Switch', ['Get-A', 'Get-B', 'Get-C'], ['Switch']],
  ['switch -wildcard -exact', 'switch -wildcard -exact ($x) { a* { 1 }; b { 2 } }', 'Switch', [], ['Switch']],
  ['switch -file', 'switch -file C:\\log.txt { default { Write-Output $_ } }', 'Switch', ['Write-Output'], ['Switch']],
  ['foreach loop', 'foreach ($m in Get-Mailbox) { Set-Mailbox $m -Force }', 'Foreach', ['Get-Mailbox', 'Set-Mailbox'], ['Foreach']],
  ['for loop', 'for ($i = 0; $i -lt 10; $i++) { Write-Host $i }', 'For', ['Write-Host'], ['Assignment', 'Unary']],
  ['for loop with newlines and empty parts', 'for (;;) { break }', 'For', [], ['Flow']],
  ['while loop', 'while ($true) { Start-Sleep 1 }', 'While', ['Start-Sleep'], []],
  ['do-while and do-until', 'do { Get-A } while ($x)\ndo { Get-B } until ($y)', 'DoWhile DoUntil', ['Get-A', 'Get-B'], []],
  ['labelled loops with break and continue', ':outer foreach ($a in $b) { :inner while (1) { break outer; continue inner } }', 'Foreach', [], ['While', 'Flow']],
  ['try with typed catches and finally', 'try { Get-A }\ncatch [System.IO.IOException], [System.Net.WebException] { Get-B }\ncatch { Get-C }\nfinally { Get-D }', 'Try', ['Get-A', 'Get-B', 'Get-C', 'Get-D'], ['Try']],
  ['trap with a type', 'trap [System.Exception] { Write-Warning $_; continue }', 'Trap', ['Write-Warning'], []],
  [
    'class with members',
    'class Box : Base, IDisposable {\n  [string]$Name = "x"\n  static [int]$Count\n  hidden $secret\n  Box([string]$n) : base($n) { $this.Name = $n }\n  [void] Dispose() { Remove-Item $this.Name }\n  static [Box] Make() { return [Box]::new("a") }\n}',
    'Class',
    ['Remove-Item'],
    ['Class'],
  ],
  ['enum with values', 'enum Color { Red = 1; Green\n Blue = 4 }', 'Enum', [], []],
  ['using statements then param', 'using namespace System.Text\nusing module ActiveDirectory\nparam($x)\nGet-A', 'Using Using Pipeline', ['Get-A'], ['ParamBlock']],
  ['return, throw, exit', 'function f { return 1 }\nthrow "bad"\nexit 2', 'FunctionDefinition Flow Flow', [], ['Flow']],
  ['data section', "data Messages -SupportedCommand ConvertFrom-StringData { ConvertFrom-StringData 'a = b' }", 'Data', ['ConvertFrom-StringData'], ['Data']],
  ['member access, static members and methods', '$x.Name.ToUpper(); [string]::Join(",", $a); $list.Add(1); $h.Keys | % { $_ }', 'Pipeline Pipeline Pipeline Pipeline', ['%'], ['Member', 'TypeLiteral']],
  ['indexes and casts', '$a[0]; $a[-1]; $b["k"][1]; [int]"5"; [string[]]$c; [System.Collections.Generic.List[string]]::new()', 'Pipeline Pipeline Pipeline Pipeline Pipeline Pipeline', [], ['Index', 'Convert']],
  ['generic types with several arguments', '$d = [System.Collections.Generic.Dictionary[string, int]]::new()', 'Assignment', [], ['TypeLiteral']],
  ['format, replace, match, like, logical operators', '"{0} {1}" -f $a, $b; $s -replace "a", "b"; $s -match "x" -and $t -notlike "*y*" -or !$z', 'Pipeline Pipeline Pipeline', [], ['Binary', 'Unary']],
  ['unary split and join, ranges', '-split $line; -join $parts; 1..10 | % { $_ }; $n++; --$m', 'Pipeline Pipeline Pipeline Pipeline Pipeline', ['%'], ['Unary', 'Binary']],
  ['assignment operators', '$a = 1; $a += 2; $a -= 1; $a *= 3; $a /= 2; $a %= 2; $b = $c = 5', 'Assignment Assignment Assignment Assignment Assignment Assignment Assignment', [], []],
  ['assignment of a pipeline and of a statement', '$m = Get-Mailbox | Where-Object { $_.Name }\n$r = if ($a) { 1 } else { 2 }', 'Assignment Assignment', ['Get-Mailbox', 'Where-Object'], ['If']],
  ['pipeline chains and background job', 'Get-A && Get-B || Get-C\nStart-Thing &', 'PipelineChain Pipeline', ['Get-A', 'Get-B', 'Get-C', 'Start-Thing'], ['PipelineChain']],
  ['stop-parsing token', 'icacls C:\\x --% /grant Users:(F) | Out-Null', 'Pipeline', ['icacls', 'Out-Null'], []],
  ['hashtables with semicolons and newlines', '$h = @{ a = 1; b = "x"\n  c = @{ d = $true }\n  "e f" = Get-Date\n}', 'Assignment', ['Get-Date'], ['Hashtable']],
  ['arrays and subexpressions', '$a = @(1, 2, 3); $b = @(); $c = $(Get-A); $d = ,1', 'Assignment Assignment Assignment Assignment', ['Get-A'], ['ArrayExpression', 'SubExpression', 'ArrayLiteral']],
  ['here-strings as arguments', "Write-Host @'\nliteral $x\n'@\nWrite-Host @\"\nvalue $(Get-Date)\n\"@", 'Pipeline Pipeline', ['Write-Host', 'Write-Host', 'Get-Date'], []],
  ['redirections', 'Get-A 2>&1 | Out-File log.txt; Get-B *> $null; Get-C > out.txt 2>> err.txt', 'Pipeline Pipeline Pipeline', ['Get-A', 'Out-File', 'Get-B', 'Get-C'], ['Redirection']],
  ['backtick line continuation', 'Set-Mailbox -Identity x `\n  -ProhibitSendQuota 2GB `\n  -Force', 'Pipeline', ['Set-Mailbox'], []],
  ['invocation operators', '& "C:\\Program Files\\x.exe" /q; . .\\lib.ps1; & $cmd arg; . { Get-A }', 'Pipeline Pipeline Pipeline Pipeline', ['C:\\Program Files\\x.exe', '.\\lib.ps1', '$cmd', '{ Get-A }', 'Get-A'], []],
  ['commands nested in strings, script blocks and hashtable values', '"$(Get-A)"; Invoke-Command { Get-B }; @{ x = Get-C }; $y = "a $(Get-D | Get-E) b"', 'Pipeline Pipeline Pipeline Assignment', ['Get-A', 'Invoke-Command', 'Get-B', 'Get-C', 'Get-D', 'Get-E'], []],
  ['keywords as command names after a pipe', 'Get-A | foreach { $_ } | where { $_ }', 'Pipeline', ['Get-A', 'foreach', 'where'], []],
  ['script-level param block with attributes', "[CmdletBinding(SupportsShouldProcess)]\n[Diagnostics.CodeAnalysis.SuppressMessageAttribute('exkb/x', '')]\nparam([switch]$Force)\nGet-A", 'Pipeline', ['Get-A'], ['ParamBlock']],
  ['attribute on a variable', '[ValidateNotNullOrEmpty()][string]$x = "a"', 'Assignment', [], ['Attributed']],
  ['ternary and null coalescing', '$a = $b ? 1 : 2; $c = $d ?? "x"; $e ??= 3', 'Assignment Assignment Assignment', [], ['Ternary']],
  ['member call with a script block', '$items.Where{ $_.Enabled }.ForEach({ Get-A $_ })', 'Pipeline', ['Get-A'], ['Member']],
  ['unicode dashes and quotes', 'Set-Mailbox \u2013Identity \u201cx\u201d \u2014Force; $a \u2013eq \u2018b\u2019', 'Pipeline Pipeline', ['Set-Mailbox'], ['Binary']],
  ['variables of every form', '${weird name} = 1; $env:Path; $script:x; $using:y; $_; $$; $?; $^', 'Assignment Pipeline Pipeline Pipeline Pipeline Pipeline Pipeline Pipeline', [], []],
  ['comments everywhere', '<#\n.SYNOPSIS\nHelp\n#>\n#requires -Version 3\nGet-A # trailing\n<# inline #> Get-B', 'Pipeline Pipeline', ['Get-A', 'Get-B'], []],
  ['begin used as a command after other statements', 'Get-A\nbegin { Get-B }', 'Pipeline Pipeline', ['Get-A', 'begin', 'Get-B'], []],
  ['expression then pipeline', '$list | Sort-Object Name -Descending | Select-Object -First 5', 'Pipeline', ['Sort-Object', 'Select-Object'], []],
  ['empty script', '', '', [], []],
];

describe('parser: statements', () => {
  for (const [name, script, statements, commands, types] of STATEMENTS) {
    it(name, () => {
      const parsed = parseScript(script);
      assert.deepEqual(parsed.errors, []);
      assert.equal(outline(script), statements);
      assert.deepEqual(commandNames(script), commands);
      const present = new Set(nodeTypes(script));
      for (const type of types) assert.ok(present.has(type), `${type} in the tree`);
    });
  }
});

// [name, script, error codes in order, commands that survive]
const RECOVERY: ReadonlyArray<[string, string, string[], string[]]> = [
  ['unclosed { in one function', 'function A {\n  Get-A\n\nfunction B { Get-B }\nGet-C', ['MissingEndCurlyBrace'], ['Get-A', 'Get-B', 'Get-C']],
  ['missing ) in an argument ends at the line', 'Get-A -Name (Get-B\nGet-C', ['MissingEndParenthesisInExpression'], ['Get-A', 'Get-B', 'Get-C']],
  ['missing ) in an if condition', 'if ($a -eq 1 { Get-A }\nGet-B', ['MissingEndParenthesisAfterStatement', 'UnexpectedToken'], ['Get-A', 'Get-B']],
  ['else without if', 'else { Get-A }\nGet-B', ['UnexpectedToken'], ['Get-A', 'Get-B']],
  ['catch without try', 'catch { Get-A }', ['UnexpectedToken'], ['Get-A']],
  ['unterminated string', 'Write-Host "abc\nGet-B', ['TerminatorExpectedAtEndOfString'], ['Write-Host', 'Get-B']],
  ['stray closing brace', 'Get-A }\nGet-B', ['UnexpectedToken'], ['Get-A', 'Get-B']],
  ['stray closing parenthesis', 'Get-A )\nGet-B', ['UnexpectedToken'], ['Get-A', 'Get-B']],
  ['try without catch or finally', 'try { Get-A }\nGet-B', ['MissingCatchOrFinally'], ['Get-A', 'Get-B']],
  ['empty pipe element', 'Get-A | | Get-B', ['EmptyPipeElement'], ['Get-A', 'Get-B']],
  ['pipe at the end of the file', 'Get-A |', ['EmptyPipeElement'], ['Get-A']],
  ['hash literal without =', '$h = @{ a }\nGet-B', ['MissingEqualsInHashLiteral'], ['Get-B']],
  ['unclosed hash literal', '$h = @{ a = 1', ['MissingEndCurlyBrace'], []],
  ['unclosed subexpression', '$x = $(Get-A\nGet-B', ['MissingEndParenthesisInSubexpression'], ['Get-A', 'Get-B']],
  ['function without body', 'function Foo\nGet-B', ['MissingFunctionBody'], ['Get-B']],
  ['foreach without in', 'foreach ($x $y) { Get-A }', ['MissingInInForeach'], ['Get-A']],
  ['unclosed type literal', '[string $x\nGet-B', ['EndSquareBracketExpectedAtEndOfType'], ['Get-B']],
  ['missing statement block after if', 'if ($a)\nGet-B', ['MissingStatementBlock'], ['Get-B']],
  ['do without while', 'do { Get-A }\nGet-B', ['MissingWhileOrUntilInDoWhile'], ['Get-A', 'Get-B']],
  ['unclosed script block argument', 'Get-A | % { Get-B\nGet-C', ['MissingEndCurlyBrace'], ['Get-A', '%', 'Get-B', 'Get-C']],
  ['missing value after an operator', '$a = 1 +\nGet-B', ['ExpectedValueExpression', 'UnexpectedToken'], ['Get-B']],
  ['missing argument after a colon parameter', 'Get-A -Name:', ['ParameterRequiresArgument'], ['Get-A']],
  ['reserved keyword', 'from x', ['ReservedKeywordNotAllowed'], ['x']],
  ['unclosed block comment', 'Get-A\n<# never closed', ['MissingEndMultiLineComment'], ['Get-A']],
  ['the < operator', 'Get-A < in.txt', ['RedirectionNotSupported'], ['Get-A']],
  ['two errors in one file are both reported', 'Get-A (\nGet-B\n} \nGet-C "x', ['MissingEndParenthesisInExpression', 'UnexpectedToken', 'TerminatorExpectedAtEndOfString'], ['Get-A', 'Get-B', 'Get-C']],
];

describe('parser: error recovery', () => {
  for (const [name, script, codes, commands] of RECOVERY) {
    it(name, () => {
      const parsed = parseScript(script);
      assert.deepEqual(
        parsed.errors.map((error) => error.code),
        codes,
      );
      assert.deepEqual(commandNames(script), commands);
      for (const error of parsed.errors) {
        assert.ok(error.span.start >= 0 && error.span.end <= script.length && error.span.start <= error.span.end, 'error span inside the text');
        assert.ok(error.message.length > 0);
      }
    });
  }
});

describe('parser: lossless offsets', () => {
  it('every node span lies inside the text and inside its parent', () => {
    const script = 'function f { param($a) if ($a) { Get-A -X $a.Name[0] | % { "$($_)" } } }\n$h = @{ a = 1 }';
    const parsed = parseScript(script);
    const check = (node: Node, parent: Node) => {
      assert.ok(node.start >= parent.start && node.end <= parent.end && node.start <= node.end, `${node.type} inside ${parent.type}`);
      forEachChild(node, (child) => check(child, node));
    };
    forEachChild(parsed.ast, (child) => check(child, parsed.ast));
  });

  // [construct, text nesting it `levels` deep]
  const NESTING: ReadonlyArray<[string, (levels: number) => string]> = [
    ['parentheses', (levels) => `${'('.repeat(levels)}1${')'.repeat(levels)}`],
    ['command arguments', (levels) => `${'Get-A ('.repeat(levels)}x${')'.repeat(levels)}`],
    ['script blocks', (levels) => `${'{'.repeat(levels)}${'}'.repeat(levels)}`],
    ['if statements', (levels) => `${'if (1) {'.repeat(levels)}${'}'.repeat(levels)}`],
    ['subexpressions in strings', (levels) => `${'"$('.repeat(levels)}${')"'.repeat(levels)}`],
    ['hash literals', (levels) => `${'@{a='.repeat(levels)}1${'}'.repeat(levels)}`],
    ['unary operators', (levels) => `${'-not '.repeat(levels)}1`],
  ];
  for (const [construct, nest] of NESTING) {
    it(`deep nesting of ${construct}: reported once, never a crash`, () => {
      const shallow = parseScript(nest(40));
      assert.deepEqual(shallow.errors, [], '40 levels are fine');
      const text = `Get-Before\n${nest(10_000)}\nGet-After`;
      const parsed = parseScript(text);
      assert.deepEqual(parsed.errors.map((error) => error.code), ['NestingTooDeep']);
      assert.equal(parsed.commands[0]?.name, 'Get-Before');
      let position = 0;
      for (const token of parsed.tokens) {
        assert.equal(token.start, position);
        position = token.end;
      }
      assert.equal(position, text.length);
    });
  }

  it('never throws on arbitrary input', () => {
    const alphabet = ['{', '}', '(', ')', '[', ']', '@{', '$(', '"', "'", '@"\n', '\n', ' ', '|', ';', ',', '-', 'a', '$x', '`', '#', '<#', '=', '.', '::', 'if', 'function', 'else', '--%', '&', '2>&1', '1', '\u2013'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let run = 0; run < 300; run++) {
      let script = '';
      const length = Math.floor(random() * 40);
      for (let index = 0; index < length; index++) script += alphabet[Math.floor(random() * alphabet.length)];
      const parsed = parseScript(script);
      let position = 0;
      for (const token of parsed.tokens) {
        assert.equal(token.start, position, JSON.stringify(script));
        position = token.end;
      }
      assert.equal(position, script.length, JSON.stringify(script));
    }
  });
});

describe('parser: escaped quotes inside string subexpressions', () => {
  // [script, commands, each command's positional arguments as [start, end, string value]]
  const CASES: ReadonlyArray<[string, string[], Array<Array<[number, number, string | undefined]>>]> = [
    ['"$(Get-X `"a b`")"', ['Get-X'], [[[10, 16, 'a b`']]]],
    ['"a $(Get-X ""q"") b"', ['Get-X'], [[[12, 16, 'q"']]]],
    // Siblings share one unescaped text; each reads only its own part.
    ['"$(Get-A `"x y`")" ; "$(Get-B `"p q`")"', ['Get-A', 'Get-B'], [[[10, 16, 'x y`']], [[31, 37, 'p q`']]]],
    // Two levels: the inner string is unescaped once more.
    ['"$(Get-A "$(Get-B ``"p q``")")"', ['Get-A', 'Get-B'], [[[9, 29, '$(Get-B `"p q`")']], [[20, 27, 'p q`']]]],
  ];
  for (const [script, names, positional] of CASES) {
    it(script, () => {
      const { commands } = parseScript(script);
      assert.deepEqual(
        commands.map((command) => command.name),
        names,
      );
      assert.deepEqual(
        commands.map((command) => command.positional.map((value) => [value.span.start, value.span.end, value.string])),
        positional,
      );
    });
  }

  it('a file of many strings with escaped quotes in subexpressions parses them all', () => {
    const script = '"$(Get-X `"a b`")" '.repeat(5_000);
    assert.equal(parseScript(script).commands.length, 5_000);
  });
});

describe('parser: inputs that used to be quadratic or crash', () => {
  it('150,000 statements in one script (spreading them into an array overflowed the call stack)', () => {
    const parsed = parseScript('5.'.repeat(300_000));
    assert.equal(parsed.ast.statements.length, 150_000);
    // Every error quotes at most 80 characters of the rest of the line, not the rest itself.
    assert.ok(parsed.errors.every((error) => error.message.length < 200));
  });
});
