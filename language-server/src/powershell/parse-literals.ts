// The values with brackets or quotes (language specification §7.1): `( )`, `$( )`, `@( )`,
// `@{ }`, `{ }`, variables and strings with the `$var`/`$(…)` inside them parsed.
import { isDoubleQuote } from './chars.js';
import { NONE, type Expression, type HashtableEntryNode, type StringLiteral, type StringQuote, type SubExpression, type VariableExpression } from './ast.js';
import { parsePipelineChain } from './parse-commands.js';
import { parseUnary } from './parse-expressions.js';
import { parseScriptBlockBody } from './parse-script-block.js';
import { parseStatement, parseStatementList } from './parse-statements.js';
import { ParserState } from './parser-state.js';
import { TokenFlags, TokenKind, type Token } from './token-kinds.js';
import { Mode } from './tokenizer.js';

/** `( pipeline )`. A missing `)` is reported at the `(`; the statement ends where the line does. */
export function parseParen(p: ParserState, open: Token): Expression {
  const savedNoComma = p.noComma;
  p.noComma = false;
  p.openParens++;
  p.skipNewlines();
  const statement = parsePipelineChain(p);
  const beforeNewlines = p.mark();
  p.skipNewlines();
  const close = p.peek(Mode.Command);
  let end: number;
  if (close.kind === TokenKind.RParen) {
    p.skip();
    end = close.end;
  } else {
    p.restore(beforeNewlines);
    p.error(open.start, open.end, 'MissingEndParenthesisInExpression', "Missing closing ')' in expression.");
    end = statement ? statement.end : open.end;
  }
  p.openParens--;
  p.noComma = savedNoComma;
  return { type: 'Paren', statement, start: open.start, end };
}

/** `$( statements )` and `@( statements )`. */
export function parseSubExpression(p: ParserState, open: Token): SubExpression {
  const savedNoComma = p.noComma;
  p.noComma = false;
  p.openParens++;
  const statements = parseStatementList(p, TokenKind.RParen);
  const end = p.close(TokenKind.RParen, open, statements, 'MissingEndParenthesisInSubexpression', "Missing closing ')' in subexpression.");
  p.openParens--;
  p.noComma = savedNoComma;
  return { type: open.kind === TokenKind.AtParen ? 'ArrayExpression' : 'SubExpression', statements, start: open.start, end };
}

/** `@{ key = statement; key = statement }`, entries separated by `;` or newlines. */
export function parseHashtable(p: ParserState, open: Token): Expression {
  const savedNoComma = p.noComma;
  p.openCurlies++;
  const entries: HashtableEntryNode[] = [];
  p.skipNewlinesAndSemis(Mode.Expression);
  for (;;) {
    const key = parseHashKey(p);
    if (!key) break;
    const equals = p.peek(Mode.Expression);
    if (equals.kind !== TokenKind.Assignment || equals.value !== '=') {
      p.error(key.end, key.end, 'MissingEqualsInHashLiteral', "The hash literal is incomplete: missing '=' after the key.");
      syncInHashtable(p);
      entries.push({ key, value: undefined, start: key.start, end: key.end });
    } else {
      p.skip();
      p.noComma = false;
      p.skipNewlines();
      const value = parseStatement(p);
      if (!value) p.error(equals.start, equals.end, 'MissingStatementInHashLiteral', "Missing statement after '=' in hash literal.");
      entries.push({ key, value, start: key.start, end: value ? value.end : equals.end });
    }
    const separator = p.peek(Mode.Command);
    if (separator.kind !== TokenKind.NewLine && separator.kind !== TokenKind.Semi) break;
    p.skipNewlinesAndSemis(Mode.Expression);
  }
  const end = p.close(TokenKind.RCurly, open, entries, 'MissingEndCurlyBrace', "Missing '}' at the end of the hash literal.");
  p.openCurlies--;
  p.noComma = savedNoComma;
  return { type: 'Hashtable', entries, start: open.start, end };
}

function parseHashKey(p: ParserState): Expression | undefined {
  const token = p.peek(Mode.Expression);
  if (token.kind === TokenKind.Identifier || token.kind === TokenKind.Generic) {
    p.skip();
    return { type: 'String', quote: 'bare', nested: NONE, start: token.start, end: token.end };
  }
  if (token.kind === TokenKind.RCurly || token.kind === TokenKind.EndOfInput) return undefined;
  const savedNoComma = p.noComma;
  p.noComma = true;
  const key = parseUnary(p);
  p.noComma = savedNoComma;
  return key;
}

/** After a key without `=`: skip to the next entry or the closing brace. */
function syncInHashtable(p: ParserState): void {
  for (;;) {
    const token = p.peek(Mode.Command);
    if (token.kind === TokenKind.RCurly || token.kind === TokenKind.Semi || token.kind === TokenKind.NewLine || token.kind === TokenKind.EndOfInput) return;
    p.skip();
  }
}

export function parseScriptBlockExpression(p: ParserState, open: Token): Expression {
  const savedNoComma = p.noComma;
  p.noComma = false;
  const block = parseScriptBlockBody(p, open);
  p.noComma = savedNoComma;
  return { type: 'ScriptBlockExpression', block, start: block.start, end: block.end };
}

export function variableNode(p: ParserState, token: Token): VariableExpression {
  const braced = p.text.charCodeAt(token.start + 1) === 123;
  const name = braced ? p.text.slice(token.start + 2, p.text.charCodeAt(token.end - 1) === 125 ? token.end - 1 : token.end) : p.text.slice(token.start + 1, token.end);
  return { type: 'Variable', name, splatted: token.kind === TokenKind.SplattedVariable, start: token.start, end: token.end };
}

/** A string token or bareword, with the `$var` and `$(…)` inside parsed. */
export function stringNode(p: ParserState, token: Token): StringLiteral {
  let quote: StringQuote;
  switch (token.kind) {
    case TokenKind.StringLiteral:
      quote = 'single';
      break;
    case TokenKind.StringExpandable:
      quote = 'double';
      break;
    case TokenKind.HereStringLiteral:
      quote = 'here-single';
      break;
    case TokenKind.HereStringExpandable:
      quote = 'here-double';
      break;
    default:
      quote = 'bare';
  }
  if (!token.parts || (token.flags & TokenFlags.Expandable) === 0) return { type: 'String', quote, nested: NONE, start: token.start, end: token.end };
  const nested: Expression[] = [];
  {
    for (const part of token.parts) {
      if (part.kind === 'subexpression') {
        const innerEnd = p.text.charCodeAt(part.end - 1) === 41 ? part.end - 1 : part.end;
        const unescape = quote === 'double' || quote === 'bare';
        nested.push({ type: 'SubExpression', statements: parseNested(p, part.start + 2, innerEnd, unescape), start: part.start, end: part.end });
      } else {
        const braced = part.kind === 'braced';
        const name = braced ? p.text.slice(part.start + 2, p.text.charCodeAt(part.end - 1) === 125 ? part.end - 1 : part.end) : p.text.slice(part.start + 1, part.end);
        nested.push({ type: 'Variable', name, splatted: false, start: part.start, end: part.end });
      }
    }
  }
  return { type: 'String', quote, nested, start: token.start, end: token.end };
}

/**
 * The statements of `$( … )` inside a string: parsed by a parser of their own over the same text.
 * Inside `"…"`, PowerShell drops the first character of `` `" `` and `""` before parsing the
 * inside; a space takes its place here, so offsets stay those of the file.
 */
function parseNested(p: ParserState, start: number, end: number, unescape: boolean) {
  const level = (ESCAPE_LEVEL.get(p) ?? 0) + (unescape ? 1 : 0);
  const inner = new ParserState(textAtLevel(p.root, level), p.errors, p.recorder, start, end, p);
  ESCAPE_LEVEL.set(inner, level);
  const statements = parseStatementList(inner, TokenKind.EndOfInput);
  for (const problem of inner.tokenizer.problems) p.errors.push(problem);
  return statements;
}

/** How many times the text of a nested parser was unescaped: one per `"…$( … )…"` around it. */
const ESCAPE_LEVEL = new WeakMap<ParserState, number>();
/** Per script: its text unescaped 0, 1, 2… times. */
const UNESCAPED = new WeakMap<ParserState, string[]>();

/**
 * The script's text with every `` `" `` and `""` pair unescaped `level` times, made once per
 * level. Unescaping the whole text gives each `$( … )` the same inside as unescaping just its own
 * part would (a part starts after `(` and ends before `)`, so no pair crosses its edges), and a
 * nested parser reads only its own part. A copy per subexpression made a file of many
 * `"$(`"x`")"` quadratic.
 */
function textAtLevel(root: ParserState, level: number): string {
  let levels = UNESCAPED.get(root);
  if (!levels) UNESCAPED.set(root, (levels = [root.text]));
  while (levels.length <= level) levels.push(unescapeQuotes(levels.at(-1) ?? root.text));
  return levels[level] ?? root.text;
}

/** The text with the first character of each `` `" `` and `""` (left to right) made a space, in one pass. */
function unescapeQuotes(text: string): string {
  let pieces: string[] | undefined;
  let copied = 0;
  for (let index = 0; index < text.length - 1; index++) {
    const c = text.charCodeAt(index);
    if ((c === 96 || isDoubleQuote(c)) && isDoubleQuote(text.charCodeAt(index + 1))) {
      pieces ??= [];
      pieces.push(text.slice(copied, index), ' ');
      copied = index + 1;
      index++;
    }
  }
  if (!pieces) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}
