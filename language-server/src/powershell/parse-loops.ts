// Loops (language specification §8.4): foreach, for, while, do-while and do-until.
import type { ForeachStatement, Statement, VariableExpression } from './ast.js';
import { parsePipelineChain } from './parse-commands.js';
import { variableNode } from './parse-literals.js';
import { parseCondition, parseStatementBlock } from './parse-statements.js';
import type { ParserState } from './parser-state.js';
import { TokenKind } from './token-kinds.js';
import { Mode } from './tokenizer.js';

export function parseForeach(p: ParserState, label: string | undefined): Statement {
  const keyword = p.next(Mode.Command);
  p.skipNewlines();
  while (p.peek(Mode.Command).kind === TokenKind.Parameter) {
    p.skip(); // -Parallel (workflows, PowerShell 7 -ThrottleLimit …)
    p.skipNewlines();
  }
  const open = p.peek(Mode.Command);
  if (open.kind !== TokenKind.LParen) {
    p.error(keyword.start, keyword.end, 'MissingOpenParenthesisAfterKeyword', "Missing '(' after 'foreach'.");
    const body = p.peek(Mode.Command).kind === TokenKind.LCurly ? parseStatementBlock(p, keyword, "in the 'foreach' loop") : undefined;
    return { type: 'Foreach', label, body, start: keyword.start, end: body ? body.end : keyword.end };
  }
  p.skip();
  p.openParens++;
  p.skipNewlines(Mode.Expression);
  let variable: VariableExpression | undefined;
  const variableToken = p.peek(Mode.Expression);
  if (variableToken.kind === TokenKind.Variable) {
    p.skip();
    variable = variableNode(p, variableToken);
  } else {
    p.error(open.start, open.end, 'MissingVariableNameAfterForeach', "Missing variable name after 'foreach ('.");
  }
  p.skipNewlines();
  const inToken = p.peek(Mode.Command);
  let iterable: Statement | undefined;
  if (inToken.kind === TokenKind.Keyword && inToken.value === 'in') {
    p.skip();
    p.skipNewlines();
    iterable = parsePipelineChain(p);
    if (!iterable) p.error(inToken.start, inToken.end, 'MissingForeachExpression', "Missing expression after 'in' in the 'foreach' loop.");
  } else {
    p.error(open.start, open.end, 'MissingInInForeach', "Missing 'in' after the variable in the 'foreach' loop.");
    if (inToken.kind !== TokenKind.RParen) iterable = parsePipelineChain(p);
  }
  p.skipNewlines();
  const close = p.peek(Mode.Command);
  if (close.kind === TokenKind.RParen) p.skip();
  else p.error(open.start, open.end, 'MissingEndParenthesisAfterForeach', "Missing closing ')' in the 'foreach' loop.");
  p.openParens--;
  const body = parseStatementBlock(p, keyword, "in the 'foreach' loop");
  const loop: ForeachStatement = { type: 'Foreach', label, variable, iterable, body, start: keyword.start, end: body.end };
  p.recorder.writes.push(loop);
  return loop;
}

export function parseFor(p: ParserState, label: string | undefined): Statement {
  const keyword = p.next(Mode.Command);
  p.skipNewlines();
  const open = p.peek(Mode.Command);
  if (open.kind !== TokenKind.LParen) {
    p.error(keyword.start, keyword.end, 'MissingOpenParenthesisAfterKeyword', "Missing '(' after 'for'.");
    return { type: 'For', label, start: keyword.start, end: keyword.end };
  }
  p.skip();
  p.openParens++;
  const part = (): Statement | undefined => {
    p.skipNewlines();
    const token = p.peek(Mode.Command);
    if (token.kind === TokenKind.Semi || token.kind === TokenKind.RParen) return undefined;
    return parsePipelineChain(p);
  };
  const separator = () => {
    p.skipNewlines();
    if (p.peek(Mode.Command).kind === TokenKind.Semi) p.skip();
  };
  const initializer = part();
  separator();
  const condition = part();
  separator();
  const iterator = part();
  p.skipNewlines();
  const close = p.peek(Mode.Command);
  if (close.kind === TokenKind.RParen) p.skip();
  else p.error(open.start, open.end, 'MissingEndParenthesisAfterFor', "Missing closing ')' after the 'for' loop header.");
  p.openParens--;
  const body = parseStatementBlock(p, keyword, "in the 'for' loop");
  return { type: 'For', label, initializer, condition, iterator, body, start: keyword.start, end: body.end };
}

export function parseWhile(p: ParserState, label: string | undefined): Statement {
  const keyword = p.next(Mode.Command);
  const condition = parseCondition(p, keyword, "a 'while' loop");
  const body = parseStatementBlock(p, keyword, "in the 'while' loop");
  return { type: 'While', label, condition, body, start: keyword.start, end: body.end };
}

export function parseDo(p: ParserState, label: string | undefined): Statement {
  const keyword = p.next(Mode.Command);
  const body = parseStatementBlock(p, keyword, "after 'do'");
  p.skipNewlines();
  const kind = p.peek(Mode.Command);
  if (kind.kind !== TokenKind.Keyword || (kind.value !== 'while' && kind.value !== 'until')) {
    p.error(body.end, body.end, 'MissingWhileOrUntilInDoWhile', "Missing 'while' or 'until' after the 'do' block.");
    return { type: 'DoWhile', label, body, start: keyword.start, end: body.end };
  }
  p.skip();
  const condition = parseCondition(p, kind, `a 'do-${kind.value}' loop`);
  return { type: kind.value === 'while' ? 'DoWhile' : 'DoUntil', label, condition, body, start: keyword.start, end: Math.max(body.end, p.lastEnd) };
}
