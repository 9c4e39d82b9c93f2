// Expressions (language specification §7): binary operators by precedence, the comma operator,
// unary operators and casts, primary expressions with member access, indexing and method calls.
import { NONE, type Expression, type HashtableEntryNode, type MemberExpression, type StringLiteral, type StringQuote, type SubExpression, type UnaryExpression, type VariableExpression } from './ast.js';
import { parseTypeOrAttribute } from './parse-attributes.js';
import { parsePipelineChain } from './parse-commands.js';
import { parseScriptBlockBody } from './parse-script-block.js';
import { parseStatement, parseStatementList } from './parse-statements.js';
import { isDoubleQuote } from './chars.js';
import { ParserState } from './parser-state.js';
import { binaryPrecedence, isUnaryOperator, TokenFlags, TokenKind, type Token } from './token-kinds.js';
import { Mode } from './tokenizer.js';

/** An expression in expression mode, or undefined when the next token cannot start one. */
export function parseExpression(p: ParserState): Expression | undefined {
  const first = parseArrayLiteral(p);
  if (!first) return undefined;
  let token = p.peek(Mode.Expression);
  let precedence = binaryPrecedence(token);
  let result: Expression;
  if (precedence === 0) {
    result = first;
  } else {
    const operands: Expression[] = [first];
    const operators: Token[] = [];
    const reduce = () => {
      const right = operands.pop()!;
      const left = operands.pop()!;
      const operator = operators.pop()!;
      operands.push({ type: 'Binary', operator: operatorText(p, operator), left, right, start: left.start, end: right.end });
    };
    while (precedence > 0) {
      p.skip();
      while (operators.length > 0 && precedence <= binaryPrecedence(operators[operators.length - 1]!)) reduce();
      operators.push(token);
      p.skipNewlines(Mode.Expression);
      const operand = parseArrayLiteral(p);
      if (!operand) {
        p.error(token.start, token.end, 'ExpectedValueExpression', `You must provide a value expression following the '${p.slice(token)}' operator.`);
        operands.push({ type: 'ErrorExpression', start: token.end, end: token.end });
        break;
      }
      operands.push(operand);
      token = p.peek(Mode.Expression);
      precedence = binaryPrecedence(token);
    }
    while (operators.length > 0) reduce();
    result = operands[0]!;
  }
  token = p.peek(Mode.Expression);
  if (token.kind === TokenKind.Parameter) {
    p.error(token.start, token.end, 'UnexpectedToken', `Unexpected token '${p.slice(token)}' in expression or statement.`);
    p.skip();
    return result;
  }
  if (token.kind === TokenKind.QuestionMark) return parseTernary(p, result);
  return result;
}

function parseTernary(p: ParserState, condition: Expression): Expression {
  const question = p.next(Mode.Expression);
  p.skipNewlines(Mode.Expression);
  const ifTrue = parseExpression(p) ?? missingExpression(p, question);
  p.skipNewlines(Mode.Expression);
  const colon = p.peek(Mode.Expression);
  if (colon.kind !== TokenKind.Colon) {
    p.error(question.start, question.end, 'MissingColonInTernaryExpression', "Missing ':' in the ternary expression.");
    return { type: 'Ternary', condition, ifTrue, ifFalse: { type: 'ErrorExpression', start: ifTrue.end, end: ifTrue.end }, start: condition.start, end: ifTrue.end };
  }
  p.skip();
  p.skipNewlines(Mode.Expression);
  const ifFalse = parseExpression(p) ?? missingExpression(p, colon);
  return { type: 'Ternary', condition, ifTrue, ifFalse, start: condition.start, end: ifFalse.end };
}

function missingExpression(p: ParserState, after: Token): Expression {
  p.error(after.start, after.end, 'ExpectedValueExpression', `You must provide a value expression following '${p.slice(after)}'.`);
  return { type: 'ErrorExpression', start: after.end, end: after.end };
}

function operatorText(p: ParserState, token: Token): string {
  if (token.kind === TokenKind.Operator) return `-${token.value ?? ''}`;
  if (token.kind === TokenKind.Minus || token.kind === TokenKind.MinusMinus) return token.kind === TokenKind.Minus ? '-' : '--';
  return p.slice(token);
}

/** `a, b, c`: binds tighter than every binary operator. */
function parseArrayLiteral(p: ParserState): Expression | undefined {
  const first = parseUnary(p);
  if (!first || p.noComma || p.peek(Mode.Expression).kind !== TokenKind.Comma) return first;
  const items: Expression[] = [first];
  while (p.peek(Mode.Expression).kind === TokenKind.Comma) {
    const comma = p.next(Mode.Expression);
    p.skipNewlines(Mode.Expression);
    const item = parseUnary(p);
    if (!item) {
      p.error(comma.start, comma.end, 'MissingExpressionAfterToken', "Missing expression after ','.");
      break;
    }
    items.push(item);
  }
  return { type: 'ArrayLiteral', items, start: first.start, end: items[items.length - 1]!.end };
}

function parseUnary(p: ParserState): Expression | undefined {
  const token = p.peek(Mode.Expression, true);
  let expression: Expression | undefined;
  if (isUnaryOperator(token)) {
    if (token.kind === TokenKind.Comma && p.noComma) return undefined;
    p.skip();
    p.skipNewlines(Mode.Expression);
    const operand = parseUnary(p);
    if (!operand) {
      p.error(token.start, token.end, 'MissingExpressionAfterOperator', `Missing expression after unary operator '${p.slice(token)}'.`);
      return { type: 'ErrorExpression', start: token.start, end: token.end };
    }
    if (token.kind === TokenKind.Comma) {
      expression = { type: 'ArrayLiteral', items: [operand], start: token.start, end: operand.end };
    } else {
      const unary: UnaryExpression = { type: 'Unary', operator: operatorText(p, token).toLowerCase(), postfix: false, operand, start: token.start, end: operand.end };
      if ((token.kind === TokenKind.PlusPlus || token.kind === TokenKind.MinusMinus) && operand.type === 'Variable') p.recorder.writes.push(unary);
      expression = unary;
    }
  } else if (token.kind === TokenKind.LBracket) {
    expression = parseBracketed(p);
  } else {
    expression = parsePrimary(p, Mode.Expression);
  }
  if (!expression) return undefined;
  const after = p.peek(Mode.Expression);
  if (after.kind === TokenKind.PlusPlus || after.kind === TokenKind.MinusMinus) {
    p.skip();
    const unary: UnaryExpression = { type: 'Unary', operator: after.kind === TokenKind.PlusPlus ? '++' : '--', postfix: true, operand: expression, start: expression.start, end: after.end };
    if (expression.type === 'Variable') p.recorder.writes.push(unary);
    return unary;
  }
  return expression;
}

/** `[type]`, `[type]$x`, `[type]::Member`, `[Attribute()]$x`. */
function parseBracketed(p: ParserState): Expression | undefined {
  const open = p.next(Mode.Expression);
  const attribute = parseTypeOrAttribute(p, open);
  if (attribute.type === 'Attribute') {
    p.skipNewlines(Mode.Expression);
    const operand = parseUnary(p);
    if (!operand) {
      p.error(attribute.start, attribute.end, 'UnexpectedAttribute', `Unexpected attribute '${attribute.name}'.`);
      return { type: 'ErrorExpression', start: attribute.start, end: attribute.end };
    }
    return { type: 'Attributed', attribute, operand, start: attribute.start, end: operand.end };
  }
  const typeLiteral: Expression = { type: 'TypeLiteral', typeName: attribute.name, start: attribute.start, end: attribute.end };
  if (p.adjacent(attribute.end)) {
    const c = p.text.charCodeAt(attribute.end);
    if (c === 46 || (c === 58 && p.text.charCodeAt(attribute.end + 1) === 58)) return postfixOperators(p, typeLiteral, Mode.Expression);
  }
  const next = p.peek(Mode.Expression, true);
  if (next.kind === TokenKind.NewLine || next.kind === TokenKind.Comma) return typeLiteral;
  const operand = parseUnary(p);
  if (!operand) return typeLiteral;
  return { type: 'Convert', typeName: attribute.name, operand, start: attribute.start, end: operand.end };
}

/** A value: variable, number, string, `( )`, `$( )`, `@( )`, `@{ }`, `{ }`, with `.member`, `::member`, `[index]` after it. */
export function parsePrimary(p: ParserState, mode: Mode): Expression | undefined {
  const token = p.next(mode);
  let expression: Expression;
  switch (token.kind) {
    case TokenKind.Variable:
    case TokenKind.SplattedVariable:
      expression = variableNode(p, token);
      break;
    case TokenKind.Number:
      expression = { type: 'Number', start: token.start, end: token.end };
      break;
    case TokenKind.StringLiteral:
    case TokenKind.StringExpandable:
    case TokenKind.HereStringLiteral:
    case TokenKind.HereStringExpandable:
      expression = stringNode(p, token);
      break;
    case TokenKind.LParen:
      expression = parseParen(p, token);
      break;
    case TokenKind.DollarParen:
    case TokenKind.AtParen:
      expression = parseSubExpression(p, token);
      break;
    case TokenKind.AtCurly:
      expression = parseHashtable(p, token);
      break;
    case TokenKind.LCurly:
      expression = parseScriptBlockExpression(p, token);
      break;
    default:
      p.unget(token, mode);
      return undefined;
  }
  return postfixOperators(p, expression, mode);
}

function postfixOperators(p: ParserState, target: Expression, mode: Mode): Expression {
  let expression = target;
  while (p.adjacent(expression.end)) {
    const operator = p.tokenizer.memberAccess(mode);
    if (!operator) break;
    if (operator.kind === TokenKind.LBracket || operator.kind === TokenKind.QuestionLBracket) {
      expression = parseIndex(p, expression, operator);
      continue;
    }
    p.skipNewlines(Mode.Expression);
    const member = parseMemberName(p);
    if (!member) {
      p.error(operator.start, operator.end, 'MissingPropertyName', `Missing property name after the reference operator '${p.slice(operator)}'.`);
      return { type: 'ErrorExpression', start: expression.start, end: operator.end };
    }
    const isStatic = operator.kind === TokenKind.ColonColon;
    const open = p.adjacent(member.end) ? p.tokenizer.invocationOpen() : null;
    if (!open) {
      expression = { type: 'Member', target: expression, member, static: isStatic, start: expression.start, end: member.end };
    } else if (open.kind === TokenKind.LCurly) {
      const block = parseScriptBlockExpression(p, open);
      expression = { type: 'Member', target: expression, member, static: isStatic, arguments: [block], start: expression.start, end: block.end };
    } else {
      const [args, end] = parseMethodArguments(p, open);
      const call: MemberExpression = { type: 'Member', target: expression, member, static: isStatic, arguments: args, start: expression.start, end };
      if (args.length === 2 && expression.type === 'Variable') p.recorder.writes.push(call);
      expression = call;
    }
  }
  return expression;
}

function parseMemberName(p: ParserState): Expression | undefined {
  const token = p.peek(Mode.Expression);
  switch (token.kind) {
    case TokenKind.Identifier:
    case TokenKind.Generic:
    case TokenKind.Keyword:
      p.skip();
      return { type: 'String', quote: 'bare', nested: NONE, start: token.start, end: token.end };
    case TokenKind.Variable:
    case TokenKind.StringLiteral:
    case TokenKind.StringExpandable:
    case TokenKind.HereStringLiteral:
    case TokenKind.HereStringExpandable:
    case TokenKind.LParen:
    case TokenKind.DollarParen:
      return parsePrimaryNoPostfix(p);
    default:
      return undefined;
  }
}

function parsePrimaryNoPostfix(p: ParserState): Expression | undefined {
  const token = p.next(Mode.Expression);
  switch (token.kind) {
    case TokenKind.Variable:
      return variableNode(p, token);
    case TokenKind.LParen:
      return parseParen(p, token);
    case TokenKind.DollarParen:
      return parseSubExpression(p, token);
    default:
      return stringNode(p, token);
  }
}

function parseMethodArguments(p: ParserState, open: Token): [Expression[], number] {
  const args: Expression[] = [];
  const savedNoComma = p.noComma;
  p.noComma = true;
  p.openParens++;
  let end = open.end;
  p.skipNewlines(Mode.Expression);
  for (;;) {
    const token = p.peek(Mode.Expression);
    if (token.kind === TokenKind.RParen) {
      p.skip();
      end = token.end;
      break;
    }
    const argument = parseExpression(p);
    if (!argument) {
      p.error(open.start, open.end, 'MissingEndParenthesisInMethodCall', "Missing ')' in method call.");
      end = p.lastEnd;
      break;
    }
    args.push(argument);
    p.skipNewlines(Mode.Expression);
    const separator = p.peek(Mode.Expression);
    if (separator.kind === TokenKind.Comma) {
      p.skip();
      p.skipNewlines(Mode.Expression);
      continue;
    }
    if (separator.kind === TokenKind.RParen) {
      p.skip();
      end = separator.end;
      break;
    }
    p.error(open.start, open.end, 'MissingEndParenthesisInMethodCall', "Missing ')' in method call.");
    end = argument.end;
    break;
  }
  p.openParens--;
  p.noComma = savedNoComma;
  return [args, end];
}

function parseIndex(p: ParserState, target: Expression, open: Token): Expression {
  const savedNoComma = p.noComma;
  p.noComma = false;
  p.openParens++;
  p.skipNewlines(Mode.Expression);
  const index = parseExpression(p);
  p.skipNewlines(Mode.Expression);
  const close = p.peek(Mode.Expression);
  let end: number;
  if (close.kind === TokenKind.RBracket) {
    p.skip();
    end = close.end;
  } else {
    p.error(open.start, open.end, index ? 'MissingEndSquareBracket' : 'MissingArrayIndexExpression', index ? "Missing ']' after array index expression." : 'Array index expression is missing or not valid.');
    end = index ? index.end : open.end;
  }
  p.openParens--;
  p.noComma = savedNoComma;
  return { type: 'Index', target, index, start: target.start, end };
}

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
  const close = p.peek(Mode.Command);
  let end: number;
  if (close.kind === TokenKind.RParen) {
    p.skip();
    end = close.end;
  } else {
    p.error(open.start, open.end, 'MissingEndParenthesisInSubexpression', "Missing closing ')' in subexpression.");
    end = statements.length > 0 ? statements[statements.length - 1]!.end : open.end;
  }
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
  const close = p.peek(Mode.Command);
  let end: number;
  if (close.kind === TokenKind.RCurly) {
    p.skip();
    end = close.end;
  } else {
    p.error(open.start, open.end, 'MissingEndCurlyBrace', "Missing '}' at the end of the hash literal.");
    end = entries.length > 0 ? entries[entries.length - 1]!.end : open.end;
  }
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
  const inner = new ParserState(unescape ? unescapeQuotes(p.text, start, end) : p.text, p.errors, p.recorder, start, end);
  const statements = parseStatementList(inner, TokenKind.EndOfInput);
  for (const problem of inner.tokenizer.problems) p.errors.push(problem);
  return statements;
}

function unescapeQuotes(text: string, start: number, end: number): string {
  let result: string | undefined;
  for (let index = start; index < end - 1; index++) {
    const c = text.charCodeAt(index);
    if ((c === 96 || isDoubleQuote(c)) && isDoubleQuote(text.charCodeAt(index + 1))) {
      result ??= text;
      result = `${result.slice(0, index)} ${result.slice(index + 1)}`;
      index++;
    }
  }
  return result ?? text;
}

export function isExpressionStart(token: Token): boolean {
  switch (token.kind) {
    case TokenKind.Variable:
    case TokenKind.SplattedVariable:
    case TokenKind.Number:
    case TokenKind.StringLiteral:
    case TokenKind.StringExpandable:
    case TokenKind.HereStringLiteral:
    case TokenKind.HereStringExpandable:
    case TokenKind.LParen:
    case TokenKind.DollarParen:
    case TokenKind.AtParen:
    case TokenKind.AtCurly:
    case TokenKind.LCurly:
    case TokenKind.LBracket:
      return true;
    default:
      return isUnaryOperator(token);
  }
}
