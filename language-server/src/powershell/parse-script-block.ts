// Script blocks (language specification §8.10.x): `using` statements, an optional
// `[attributes] param(…)` block, then either named blocks (begin/process/end/dynamicparam) or a
// plain statement list. The whole file is a script block too.
import type { Attribute, NamedBlock, ParamBlock, Parameter, ScriptBlock, Statement } from './ast.js';
import { parseTypeOrAttribute } from './parse-attributes.js';
import { parseExpression } from './parse-expressions.js';
import { variableNode } from './parse-literals.js';
import { parseStatement, parseStatementBlock, parseStatementList } from './parse-statements.js';
import type { ParserState } from './parser-state.js';
import { TokenKind, type Token } from './token-kinds.js';
import { Mode } from './tokenizer.js';

const BLOCK_NAMES: ReadonlySet<string> = new Set(['begin', 'process', 'end', 'dynamicparam']);

/** The inside of `{ … }` (`open` consumed) or, with `open` null, the whole script. */
export function parseScriptBlockBody(p: ParserState, open: Token | null): ScriptBlock {
  if (open) p.openCurlies++;
  const closer = open ? TokenKind.RCurly : TokenKind.EndOfInput;
  const statements: Statement[] = [];
  for (;;) {
    p.skipNewlinesAndSemis();
    const token = p.peek(Mode.Command);
    if (token.kind !== TokenKind.Keyword || token.value !== 'using') break;
    const using = parseStatement(p);
    if (using) statements.push(using);
  }
  const paramBlock = parseParamBlock(p);
  p.skipNewlinesAndSemis();
  const namedBlocks: NamedBlock[] = [];
  const first = p.peek(Mode.Command);
  if (first.kind === TokenKind.Keyword && BLOCK_NAMES.has(first.value ?? '')) {
    parseNamedBlocks(p, closer, namedBlocks, statements);
  } else {
    // One by one: spreading hundreds of thousands of statements overflows the call stack.
    for (const statement of parseStatementList(p, closer)) statements.push(statement);
  }
  let end = p.text.length;
  if (open) {
    const close = p.peek(Mode.Command);
    if (close.kind === TokenKind.RCurly) {
      p.skip();
      end = close.end;
    } else {
      p.error(open.start, open.end, 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.");
      end = Math.max(open.end, p.lastEnd);
    }
    p.openCurlies--;
  }
  const block: ScriptBlock = { type: 'ScriptBlock', paramBlock, namedBlocks, statements, start: open ? open.start : 0, end };
  if (paramBlock && paramBlock.attributes.length > 0) p.recorder.parameterised.push(block);
  return block;
}

function parseNamedBlocks(p: ParserState, closer: TokenKind, namedBlocks: NamedBlock[], statements: Statement[]): void {
  for (;;) {
    p.skipNewlinesAndSemis();
    const token = p.peek(Mode.Command);
    if (token.kind === TokenKind.EndOfInput || token.kind === closer) return;
    if (token.kind === TokenKind.RCurly || token.kind === TokenKind.RParen) {
      if ((token.kind === TokenKind.RCurly ? p.openCurlies : p.openParens) > 0) return;
      p.error(token.start, token.end, 'UnexpectedToken', `Unexpected token '${p.shown(token)}' in expression or statement.`);
      p.skip();
      continue;
    }
    if (token.kind === TokenKind.Keyword && BLOCK_NAMES.has(token.value ?? '')) {
      p.skip();
      const body = parseStatementBlock(p, token, `for the '${token.value}' block`);
      namedBlocks.push({ type: 'NamedBlock', name: token.value ?? '', statements: body.statements, start: token.start, end: body.end });
      continue;
    }
    p.error(token.start, token.end, 'UnexpectedToken', `Unexpected token '${p.shown(token)}': once a script block has begin, process or end blocks, all its code must be inside them.`);
    const statement = parseStatement(p);
    if (statement) statements.push(statement);
    else p.skip();
  }
}

/** `[CmdletBinding()] param( … )`; anything else is left for the statement list. */
function parseParamBlock(p: ParserState): ParamBlock | undefined {
  p.skipNewlinesAndSemis(Mode.Expression);
  const token = p.peek(Mode.Expression);
  if (token.kind !== TokenKind.LBracket && !(token.kind === TokenKind.Identifier && isParam(p, token))) return undefined;
  const mark = p.mark();
  const attributes: Attribute[] = [];
  let next = token;
  while (next.kind === TokenKind.LBracket) {
    p.skip();
    const attribute = parseTypeOrAttribute(p, next);
    if (attribute.type !== 'Attribute') {
      p.restore(mark);
      return undefined;
    }
    attributes.push(attribute);
    p.skipNewlines(Mode.Expression);
    next = p.peek(Mode.Expression);
  }
  if (next.kind !== TokenKind.Identifier || !isParam(p, next)) {
    p.restore(mark);
    return undefined;
  }
  p.skip();
  p.skipNewlines();
  const open = p.peek(Mode.Command);
  let parameters: Parameter[] = [];
  if (open.kind === TokenKind.LParen) {
    p.skip();
    parameters = parseParameterList(p, open);
  } else {
    p.error(next.start, next.end, 'MissingOpenParenthesisAfterKeyword', "Missing '(' after 'param'.");
  }
  return { type: 'ParamBlock', attributes, parameters, start: attributes[0]?.start ?? next.start, end: Math.max(next.end, p.lastEnd) };
}

function isParam(p: ParserState, token: Token): boolean {
  return token.end - token.start === 5 && p.slice(token).toLowerCase() === 'param';
}

/** `[attributes] $name = default, …)` after `(` (consumed), up to and including `)`. */
export function parseParameterList(p: ParserState, open: Token): Parameter[] {
  const parameters: Parameter[] = [];
  const savedNoComma = p.noComma;
  p.openParens++;
  for (;;) {
    p.skipNewlines(Mode.Expression);
    let token = p.peek(Mode.Expression);
    if (token.kind === TokenKind.RParen) {
      p.skip();
      break;
    }
    if (token.kind === TokenKind.EndOfInput || token.kind === TokenKind.RCurly || token.kind === TokenKind.LCurly) {
      p.error(open.start, open.end, 'MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.");
      break;
    }
    const start = token.start;
    const attributes: Parameter['attributes'][number][] = [];
    while (token.kind === TokenKind.LBracket) {
      p.skip();
      attributes.push(parseTypeOrAttribute(p, token));
      p.skipNewlines(Mode.Expression);
      token = p.peek(Mode.Expression);
    }
    if (token.kind !== TokenKind.Variable) {
      p.error(token.start, token.end, 'InvalidFunctionParameter', `Missing a variable name ($name) in the parameter list; found '${p.shown(token)}'.`);
      if (token.kind !== TokenKind.RParen && token.kind !== TokenKind.EndOfInput) p.skip();
      continue;
    }
    p.skip();
    const variable = variableNode(p, token);
    let defaultValue;
    const equals = p.peek(Mode.Expression);
    if (equals.kind === TokenKind.Assignment && equals.value === '=') {
      p.skip();
      p.skipNewlines(Mode.Expression);
      p.noComma = true;
      defaultValue = parseExpression(p);
      p.noComma = savedNoComma;
      if (!defaultValue) p.error(equals.start, equals.end, 'MissingExpressionAfterToken', "Missing expression after '='.");
    }
    const parameter: Parameter = { type: 'Parameter', attributes, variable, defaultValue, start, end: defaultValue ? defaultValue.end : variable.end };
    p.recorder.writes.push(parameter);
    parameters.push(parameter);
    p.skipNewlines(Mode.Expression);
    const separator = p.peek(Mode.Expression);
    if (separator.kind === TokenKind.Comma) {
      p.skip();
      continue;
    }
    if (separator.kind === TokenKind.RParen) {
      p.skip();
      break;
    }
    p.error(open.start, open.end, 'MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.");
    break;
  }
  p.openParens--;
  p.noComma = savedNoComma;
  return parameters;
}
