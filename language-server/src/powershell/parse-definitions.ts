// Definitions (language specification §8.10 and the class chapter): function, filter, workflow,
// configuration, class and enum.
import type { Attribute, ClassMethod, ClassProperty, Expression, Parameter, ScriptBlock, Statement, TypeConstraint } from './ast.js';
import { parseTypeOrAttribute } from './parse-attributes.js';
import { parseExpression } from './parse-expressions.js';
import { variableNode } from './parse-literals.js';
import { parseParameterList, parseScriptBlockBody } from './parse-script-block.js';
import type { ParserState } from './parser-state.js';
import { TokenKind, type Token } from './token-kinds.js';
import { Mode } from './tokenizer.js';

export function parseFunction(p: ParserState): Statement {
  const keyword = p.next(Mode.Command);
  const keywordName = (keyword.value ?? 'function') as 'function' | 'filter' | 'workflow' | 'configuration';
  p.skipNewlines();
  const nameToken = p.peek(Mode.Command);
  let name = '';
  let nameStart = keyword.end;
  let nameEnd = keyword.end;
  if (nameToken.kind === TokenKind.Generic || nameToken.kind === TokenKind.Identifier || nameToken.kind === TokenKind.Keyword || nameToken.kind === TokenKind.Parameter || nameToken.kind === TokenKind.Number) {
    p.skip();
    name = p.slice(nameToken);
    nameStart = nameToken.start;
    nameEnd = nameToken.end;
  } else {
    p.error(keyword.start, keyword.end, 'MissingNameAfterKeyword', `Missing name after the '${p.shown(keyword)}' keyword.`);
  }
  p.skipNewlines();
  let parameters: Parameter[] = [];
  const open = p.peek(Mode.Command);
  if (open.kind === TokenKind.LParen) {
    p.skip();
    parameters = parseParameterList(p, open);
    p.skipNewlines();
  }
  const bodyOpen = p.peek(Mode.Command);
  let body: ScriptBlock;
  if (bodyOpen.kind === TokenKind.LCurly) {
    p.skip();
    body = parseScriptBlockBody(p, bodyOpen);
  } else {
    p.error(keyword.start, nameEnd, 'MissingFunctionBody', `Missing the body ({ … }) of ${keywordName} '${name}'.`);
    body = { type: 'ScriptBlock', namedBlocks: [], statements: [], start: nameEnd, end: nameEnd };
  }
  return { type: 'FunctionDefinition', keyword: keywordName, name, nameStart, nameEnd, parameters, body, start: keyword.start, end: body.end };
}

function parseTypeName(p: ParserState, after: Token): { name: string; end: number } {
  p.skipNewlines();
  const token = p.peek(Mode.Expression);
  if (token.kind === TokenKind.Identifier || token.kind === TokenKind.Generic) {
    p.skip();
    return { name: p.slice(token), end: token.end };
  }
  p.error(after.start, after.end, 'MissingNameAfterKeyword', `Missing name after '${p.shown(after)}'.`);
  return { name: '', end: after.end };
}

/** `: Base, IInterface` after a class or enum name. */
function parseBaseTypes(p: ParserState): string[] {
  const bases: string[] = [];
  p.skipNewlines(Mode.Expression);
  if (p.peek(Mode.Expression).kind !== TokenKind.Colon) return bases;
  p.skip();
  for (;;) {
    p.skipNewlines(Mode.Expression);
    p.releaseLookahead();
    const name = p.tokenizer.typeName();
    if (!name) break;
    bases.push(p.slice(name));
    p.lastEnd = name.end;
    p.skipNewlines(Mode.Expression);
    if (p.peek(Mode.Expression).kind !== TokenKind.Comma) break;
    p.skip();
  }
  return bases;
}

export function parseClass(p: ParserState): Statement {
  const keyword = p.next(Mode.Command);
  const { name } = parseTypeName(p, keyword);
  const baseTypes = parseBaseTypes(p);
  p.skipNewlines();
  const open = p.peek(Mode.Command);
  const members: (ClassProperty | ClassMethod)[] = [];
  if (open.kind !== TokenKind.LCurly) {
    p.error(keyword.start, keyword.end, 'MissingTypeBody', `Missing '{' for the body of class '${name}'.`);
    return { type: 'Class', name, baseTypes, attributes: [], members, labels: [], start: keyword.start, end: p.lastEnd };
  }
  p.skip();
  p.openCurlies++;
  let end: number;
  for (;;) {
    p.skipNewlinesAndSemis(Mode.Expression);
    let token = p.peek(Mode.Expression);
    if (token.kind === TokenKind.RCurly) {
      p.skip();
      end = token.end;
      break;
    }
    if (token.kind === TokenKind.EndOfInput) {
      p.error(open.start, open.end, 'MissingEndCurlyBrace', `Missing closing '}' of class '${name}'.`);
      end = p.lastEnd;
      break;
    }
    const start = token.start;
    const attributes: (Attribute | TypeConstraint)[] = [];
    const modifiers: string[] = [];
    for (;;) {
      if (token.kind === TokenKind.LBracket) {
        p.skip();
        attributes.push(parseTypeOrAttribute(p, token));
      } else if (token.kind === TokenKind.Identifier && /^(static|hidden)$/i.test(p.slice(token))) {
        p.skip();
        modifiers.push(p.slice(token).toLowerCase());
      } else break;
      p.skipNewlines(Mode.Expression);
      token = p.peek(Mode.Expression);
    }
    if (token.kind === TokenKind.Variable) {
      p.skip();
      const variable = variableNode(p, token);
      let defaultValue: Expression | undefined;
      const equals = p.peek(Mode.Expression);
      if (equals.kind === TokenKind.Assignment && equals.value === '=') {
        p.skip();
        p.skipNewlines(Mode.Expression);
        defaultValue = parseExpression(p);
      }
      members.push({ type: 'Property', name: variable.name, modifiers, attributes, defaultValue, start, end: defaultValue ? defaultValue.end : variable.end });
      continue;
    }
    if (token.kind === TokenKind.Identifier) {
      p.skip();
      const method = parseMethod(p, token, start, modifiers, attributes);
      if (method) members.push(method);
      continue;
    }
    p.error(token.start, token.end, 'UnexpectedToken', `Unexpected token '${p.shown(token)}' in the body of class '${name}'.`);
    p.skip();
  }
  p.openCurlies--;
  return { type: 'Class', name, baseTypes, attributes: [], members, labels: [], start: keyword.start, end };
}

function parseMethod(p: ParserState, nameToken: Token, start: number, modifiers: string[], attributes: (Attribute | TypeConstraint)[]): ClassMethod | undefined {
  const open = p.peek(Mode.Expression);
  if (open.kind !== TokenKind.LParen) {
    p.error(nameToken.start, nameToken.end, 'MissingMethodParameterList', `Missing '(' after the method name '${p.shown(nameToken)}'.`);
    return undefined;
  }
  p.skip();
  const parameters = parseParameterList(p, open);
  p.skipNewlines(Mode.Expression);
  const baseArguments: Expression[] = [];
  if (p.peek(Mode.Expression).kind === TokenKind.Colon) {
    p.skip();
    p.skipNewlines(Mode.Expression);
    const base = p.peek(Mode.Expression);
    if (base.kind === TokenKind.Identifier) p.skip();
    const argsOpen = p.peek(Mode.Expression);
    if (argsOpen.kind === TokenKind.LParen) {
      p.skip();
      for (const parameter of parseParameterArguments(p)) baseArguments.push(parameter);
    }
  }
  p.skipNewlines();
  const bodyOpen = p.peek(Mode.Command);
  if (bodyOpen.kind !== TokenKind.LCurly) {
    p.error(nameToken.start, nameToken.end, 'MissingFunctionBody', `Missing the body ({ … }) of method '${p.shown(nameToken)}'.`);
    return undefined;
  }
  p.skip();
  const body = parseScriptBlockBody(p, bodyOpen);
  return { type: 'Method', name: p.slice(nameToken), modifiers, attributes, parameters, baseArguments, body, start, end: body.end };
}

/** `(a, b)` of `: base(a, b)`. */
function parseParameterArguments(p: ParserState): Expression[] {
  const args: Expression[] = [];
  const savedNoComma = p.noComma;
  p.noComma = true;
  for (;;) {
    p.skipNewlines(Mode.Expression);
    const token = p.peek(Mode.Expression);
    if (token.kind === TokenKind.RParen) {
      p.skip();
      break;
    }
    const argument = parseExpression(p);
    if (!argument) break;
    args.push(argument);
    p.skipNewlines(Mode.Expression);
    if (p.peek(Mode.Expression).kind === TokenKind.Comma) p.skip();
  }
  p.noComma = savedNoComma;
  return args;
}

export function parseEnum(p: ParserState): Statement {
  const keyword = p.next(Mode.Command);
  const { name } = parseTypeName(p, keyword);
  const baseTypes = parseBaseTypes(p);
  p.skipNewlines();
  const open = p.peek(Mode.Command);
  const labels: { name: string; value?: Expression }[] = [];
  if (open.kind !== TokenKind.LCurly) {
    p.error(keyword.start, keyword.end, 'MissingTypeBody', `Missing '{' for the body of enum '${name}'.`);
    return { type: 'Enum', name, baseTypes, attributes: [], members: [], labels, start: keyword.start, end: p.lastEnd };
  }
  p.skip();
  p.openCurlies++;
  let end: number;
  for (;;) {
    p.skipNewlinesAndSemis(Mode.Expression);
    const token = p.peek(Mode.Expression);
    if (token.kind === TokenKind.RCurly) {
      p.skip();
      end = token.end;
      break;
    }
    if (token.kind !== TokenKind.Identifier) {
      p.error(open.start, open.end, 'MissingEndCurlyBrace', `Missing closing '}' of enum '${name}'.`);
      end = p.lastEnd;
      break;
    }
    p.skip();
    const equals = p.peek(Mode.Expression);
    let value: Expression | undefined;
    if (equals.kind === TokenKind.Assignment && equals.value === '=') {
      p.skip();
      value = parseExpression(p);
    }
    labels.push(value ? { name: p.slice(token), value } : { name: p.slice(token) });
  }
  p.openCurlies--;
  return { type: 'Enum', name, baseTypes, attributes: [], members: [], labels, start: keyword.start, end };
}
