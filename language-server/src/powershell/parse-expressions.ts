// Expressions (language specification §7): binary operators by precedence, the comma operator,
// unary operators and casts, primary expressions with member access, indexing and method calls.
// The bracketed values themselves ((), $(), @(), @{}, {}, strings) are in parse-literals.ts.
import { NONE, type Expression, type MemberExpression, type UnaryExpression } from './ast.js';
import { parseTypeOrAttribute } from './parse-attributes.js';
import { parseHashtable, parseParen, parseScriptBlockExpression, parseSubExpression, stringNode, variableNode } from './parse-literals.js';
import type { ParserState } from './parser-state.js';
import { binaryPrecedence, isUnaryOperator, TokenKind, type Token } from './token-kinds.js';
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
        p.error(token.start, token.end, 'ExpectedValueExpression', `You must provide a value expression following the '${p.shown(token)}' operator.`);
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
    p.error(token.start, token.end, 'UnexpectedToken', `Unexpected token '${p.shown(token)}' in expression or statement.`);
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
  p.error(after.start, after.end, 'ExpectedValueExpression', `You must provide a value expression following '${p.shown(after)}'.`);
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

export function parseUnary(p: ParserState): Expression | undefined {
  if (!p.enter()) return undefined;
  const expression = parseUnaryInner(p);
  p.leave();
  return expression;
}

function parseUnaryInner(p: ParserState): Expression | undefined {
  const token = p.peek(Mode.Expression, true);
  let expression: Expression | undefined;
  if (isUnaryOperator(token)) {
    if (token.kind === TokenKind.Comma && p.noComma) return undefined;
    p.skip();
    p.skipNewlines(Mode.Expression);
    const operand = parseUnary(p);
    if (!operand) {
      p.error(token.start, token.end, 'MissingExpressionAfterOperator', `Missing expression after unary operator '${p.shown(token)}'.`);
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
  if (!p.enter()) return undefined;
  const expression = parsePrimaryInner(p, mode);
  p.leave();
  return expression;
}

type PrimaryParser = (p: ParserState, token: Token) => Expression;

const numberNode: PrimaryParser = (_p, token) => ({ type: 'Number', start: token.start, end: token.end });

/** The tokens a primary expression starts with, and what parses the rest of it. */
const PRIMARY_PARSERS: readonly (PrimaryParser | undefined)[] = (() => {
  const parsers: (PrimaryParser | undefined)[] = new Array<PrimaryParser | undefined>(TokenKind.Unknown + 1).fill(undefined);
  const table: readonly (readonly [PrimaryParser, readonly TokenKind[]])[] = [
    [variableNode, [TokenKind.Variable, TokenKind.SplattedVariable]],
    [numberNode, [TokenKind.Number]],
    [stringNode, [TokenKind.StringLiteral, TokenKind.StringExpandable, TokenKind.HereStringLiteral, TokenKind.HereStringExpandable]],
    [parseParen, [TokenKind.LParen]],
    [parseSubExpression, [TokenKind.DollarParen, TokenKind.AtParen]],
    [parseHashtable, [TokenKind.AtCurly]],
    [parseScriptBlockExpression, [TokenKind.LCurly]],
  ];
  for (const [parser, kinds] of table) for (const kind of kinds) parsers[kind] = parser;
  return parsers;
})();

/** A variable, number, string, `( )`, `$( )`, `@( )`, `@{ }` or `{ }` starts here. */
export function startsPrimary(kind: TokenKind): boolean {
  return PRIMARY_PARSERS[kind] !== undefined;
}

function parsePrimaryInner(p: ParserState, mode: Mode): Expression | undefined {
  const token = p.next(mode);
  const parser = PRIMARY_PARSERS[token.kind];
  if (parser === undefined) {
    p.unget(token, mode);
    return undefined;
  }
  return postfixOperators(p, parser(p, token), mode);
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
      p.error(operator.start, operator.end, 'MissingPropertyName', `Missing property name after the reference operator '${p.shown(operator)}'.`);
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
    const step = p.afterListItem();
    if (step === 'more') continue;
    if (step === 'closed') {
      end = p.lastEnd;
    } else {
      p.error(open.start, open.end, 'MissingEndParenthesisInMethodCall', "Missing ')' in method call.");
      end = argument.end;
    }
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

export function isExpressionStart(token: Token): boolean {
  return startsPrimary(token.kind) || token.kind === TokenKind.LBracket || isUnaryOperator(token);
}
