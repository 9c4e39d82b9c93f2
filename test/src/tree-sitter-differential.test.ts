// Our parser against tree-sitter-powershell 0.26.4 (the only PowerShell grammar on npm). Wherever
// tree-sitter parses a command without an ERROR or MISSING node, the command name and its
// parameter names must equal ours, except where tree-sitter is wrong in a way we have checked
// against PowerShell's own rules (listed in MISTAKES, each counted). Anything else fails.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { TEST_ROOT } from './paths.js';
import { CORPUS_ROOT, decodeScript, loadPowerShell, powershellFiles, type ParsedSyntax, type PowerShellModule } from './powershell-parser.js';

interface WrittenCommand {
  readonly start: number;
  readonly name: string;
  /** Parameter name offsets and names (without dash or colon). */
  readonly parameters: ReadonlyArray<readonly [number, string]>;
}

/** Ways tree-sitter 0.26.4 reads valid PowerShell wrongly without flagging an error. */
const MISTAKES: Record<string, (theirs: WrittenCommand, insideOurString: boolean) => boolean> = {
  /** `else`, `elseif` on the line after `}`, and `begin`/`process`/`end` blocks of a script, taken as commands. */
  'keyword taken as a command': (theirs: WrittenCommand) => /^(else|elseif|begin|process|end|dynamicparam)$/i.test(theirs.name),
  /** `$x = 100MB`, `1..10 | …`: PowerShell reads a statement that starts with a number as an expression. */
  'number or range taken as a command': (theirs: WrittenCommand) => /^[\d.]/.test(theirs.name),
  /** tree-sitter lost track of quotes and starts a command inside what is a string literal. */
  'command inside a string': (_theirs: WrittenCommand, insideOurString: boolean) => insideOurString,
};

/** Parameter-level differences, checked one parameter at a time. */
const PARAMETER_MISTAKES = {
  /** `–Identity` written with an en dash, em dash or horizontal bar: PowerShell accepts them, tree-sitter does not. */
  'unicode dash parameter missed': (text: string, start: number, ours: boolean) => ours && /[\u2013\u2014\u2015]/.test(text[start] ?? ''),
  /**
   * `$value`<newline>-Name`: the backtick escapes the newline inside the bareword, so PowerShell
   * passes "-Name" as part of the previous argument; tree-sitter sees a parameter.
   */
  'backtick newline glued to a word': (text: string, start: number, ours: boolean) => !ours && /\S`\r?\n$/.test(text.slice(Math.max(0, start - 4), start)),
} as const;

type Mistake = string;

const SNIPPETS: ReadonlyArray<[string, string]> = [
  ['parameters and switches', 'Set-Mailbox -Identity bob -ProhibitSendQuota 2GB -Force -Confirm:$false'],
  ['pipeline with script blocks', 'Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Database -eq "DB01" } | Set-Mailbox -IssueWarningQuota 4GB'],
  ['native programs', 'cscript.exe adsutil.vbs set W3SVC/AppPools/Enable32bitAppOnWin64 false\niisreset /noforce'],
  ['splatting', "$p = @{ Identity = 'x' }\nSet-Mailbox @p -WhatIf"],
  ['nested commands', 'Invoke-Command -ScriptBlock { Get-Service -Name MSExchange* | Restart-Service -Force }'],
  ['functions and loops', 'function Test-It { param($a) foreach ($x in $a) { Write-Host -Object $x } }'],
];

function treeSitterCommands(root: Node): { clean: WrittenCommand[]; withErrors: number } {
  const clean: WrittenCommand[] = [];
  let withErrors = 0;
  const visit = (node: Node, insideError: boolean) => {
    const inError = insideError || node.type === 'ERROR' || node.isMissing;
    if (node.type === 'command') {
      const name = node.childForFieldName('command_name');
      if (inError || node.hasError || !name) withErrors++;
      else {
        const parameters: Array<readonly [number, string]> = [];
        const elements = node.childForFieldName('command_elements');
        for (const element of elements?.namedChildren ?? []) {
          if (element?.type === 'command_parameter') parameters.push([element.startIndex, element.text.replace(/^[-\u2013\u2014\u2015]/, '').replace(/:$/, '')]);
        }
        clean.push({ start: name.startIndex, name: name.text, parameters });
      }
    }
    for (const child of node.children) if (child) visit(child, inError);
  };
  visit(root, false);
  return { clean, withErrors };
}

function ourCommands(parsed: ParsedSyntax): Map<number, WrittenCommand> {
  const byStart = new Map<number, WrittenCommand>();
  for (const command of parsed.commands) {
    byStart.set(command.nameSpan.start, {
      start: command.nameSpan.start,
      name: parsed.text.slice(command.nameSpan.start, command.nameSpan.end),
      parameters: command.parameters.filter((parameter) => !parameter.splat).map((parameter) => [parameter.nameSpan.start, parameter.name] as const),
    });
  }
  return byStart;
}

/** Whether `offset` lies inside one of our string tokens (not at its first character). */
function insideString(parsed: ParsedSyntax, module: PowerShellModule, offset: number): boolean {
  const { tokens } = parsed;
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (tokens.start(middle) <= offset) low = middle;
    else high = middle - 1;
  }
  const kind = tokens.kind(low);
  const { TokenKind } = module;
  const isString = kind === TokenKind.StringLiteral || kind === TokenKind.StringExpandable || kind === TokenKind.HereStringLiteral || kind === TokenKind.HereStringExpandable;
  return isString && offset > tokens.start(low) && offset < tokens.end(low);
}

/** Why tree-sitter and we differ on one command, or undefined when the difference is unexplained. */
function explain(text: string, theirs: WrittenCommand, ours: WrittenCommand | undefined, insideOurString: boolean): Mistake[] | undefined {
  if (!ours) {
    const mistake = Object.keys(MISTAKES).find((key) => MISTAKES[key]!(theirs, insideOurString));
    return mistake ? [mistake] : undefined;
  }
  if (ours.name !== theirs.name) return undefined;
  const theirStarts = new Map(theirs.parameters.map(([start, name]) => [start, name]));
  const ourStarts = new Map(ours.parameters.map(([start, name]) => [start, name]));
  const reasons: Mistake[] = [];
  for (const [start, name] of ours.parameters) {
    if (theirStarts.get(start) === name) continue;
    if (theirStarts.has(start) || !PARAMETER_MISTAKES['unicode dash parameter missed'](text, start, true)) return undefined;
    reasons.push('unicode dash parameter missed');
  }
  for (const [start] of theirs.parameters) {
    if (ourStarts.has(start)) continue;
    if (!PARAMETER_MISTAKES['backtick newline glued to a word'](text, start, false)) return undefined;
    reasons.push('backtick newline glued to a word');
  }
  return reasons;
}

describe('tree-sitter differential', () => {
  let powershell: PowerShellModule;
  let parser: Parser;
  const totals = { files: 0, filesWithTreeSitterErrors: 0, commands: 0, agreeing: 0, skippedForTreeSitterErrors: 0 };
  const explained = new Map<Mistake, number>();

  before(async () => {
    powershell = await loadPowerShell();
    await Parser.init();
    const require = createRequire(import.meta.url);
    const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
    parser = new Parser();
    parser.setLanguage(language);
  });

  after(() => {
    parser?.delete();
    const detail = [...explained].map(([mistake, count]) => `${mistake}: ${count}`).join(', ');
    console.log(
      `tree-sitter differential: ${totals.files} files (${totals.filesWithTreeSitterErrors} with tree-sitter ERROR nodes); ` +
        `${totals.commands} commands tree-sitter parsed cleanly, ${totals.agreeing} identical to ours ` +
        `(${((100 * totals.agreeing) / Math.max(1, totals.commands)).toFixed(1)}%), the rest tree-sitter mistakes [${detail}]; ` +
        `${totals.skippedForTreeSitterErrors} commands skipped for tree-sitter errors`,
    );
  });

  const check = (text: string) => {
    const tree = parser.parse(text);
    assert.ok(tree, 'tree-sitter returned a tree');
    const parsed = powershell.parseScript(text);
    totals.files++;
    if (tree.rootNode.hasError) totals.filesWithTreeSitterErrors++;
    const { clean, withErrors } = treeSitterCommands(tree.rootNode);
    tree.delete();
    totals.skippedForTreeSitterErrors += withErrors;
    const ours = ourCommands(parsed);
    const unexplained: string[] = [];
    for (const theirs of clean) {
      totals.commands++;
      const mine = ours.get(theirs.start);
      if (mine && mine.name === theirs.name && JSON.stringify(mine.parameters) === JSON.stringify(theirs.parameters)) {
        totals.agreeing++;
        continue;
      }
      const reasons = explain(text, theirs, mine, insideString(parsed, powershell, theirs.start));
      if (!reasons) {
        const line = text.slice(0, theirs.start).split('\n').length;
        unexplained.push(`line ${line}: tree-sitter ${JSON.stringify(theirs)} / ours ${JSON.stringify(mine ?? null)}`);
        continue;
      }
      for (const reason of reasons) explained.set(reason, (explained.get(reason) ?? 0) + 1);
    }
    assert.deepEqual(unexplained, []);
  };

  for (const [name, snippet] of SNIPPETS) it(`snippet: ${name}`, () => check(snippet));

  const fixtures = powershellFiles(path.join(TEST_ROOT, 'fixtures'));
  for (const file of fixtures) it(`fixture: ${path.relative(TEST_ROOT, file)}`, () => check(decodeScript(readFileSync(file))));

  const corpus = powershellFiles(CORPUS_ROOT);
  if (corpus.length === 0) it('corpus', (context) => context.skip(`no corpus at ${CORPUS_ROOT}`));
  for (const file of corpus) it(`corpus: ${path.relative(CORPUS_ROOT, file)}`, () => check(decodeScript(readFileSync(file))));
});
