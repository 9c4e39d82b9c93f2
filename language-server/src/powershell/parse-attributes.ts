// `[…]`: type constraints (`[string]`, `[System.Collections.Generic.List[string]]`, `[int[]]`)
// and attributes (`[Parameter(Mandatory=$true)]`, `[ValidateSet('a','b')]`, `[CmdletBinding()]`).
// Type names have their own lexical rules, so this part drives the tokenizer directly.
import type { Attribute, Expression, NamedAttributeArgument, TypeConstraint } from './ast.js';
import { parseExpression } from './parse-expressions.js';
import type { ParserState } from './parser-state.js';
import { TokenKind, type Token } from './token-kinds.js';
import { Mode } from './tokenizer.js';

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const OPEN_PAREN = 40;

/** After `[` (already consumed): the type name, optional attribute arguments, and `]`. */
export function parseTypeOrAttribute(p: ParserState, open: Token): Attribute | TypeConstraint {
  p.releaseLookahead();
  const name = parseTypeName(p);
  if (!name) p.error(open.start, open.end, 'MissingTypename', "Type name expected after '['.");
  const tokenizer = p.tokenizer;
  tokenizer.skipSpaces();
  let isAttribute = false;
  const positional: Expression[] = [];
  const named: NamedAttributeArgument[] = [];
  if (tokenizer.char() === OPEN_PAREN) {
    isAttribute = true;
    parseAttributeArguments(p, tokenizer.punctuation(TokenKind.LParen), positional, named);
    p.releaseLookahead();
    tokenizer.skipSpaces();
  }
  let end: number;
  if (tokenizer.char() === CLOSE_BRACKET) {
    end = tokenizer.punctuation(TokenKind.RBracket).end;
  } else {
    p.error(open.start, open.end, isAttribute ? 'EndSquareBracketExpectedAtEndOfAttribute' : 'EndSquareBracketExpectedAtEndOfType', "Missing ']' at the end of the type name or attribute.");
    end = Math.max(open.end, tokenizer.pos);
  }
  p.lastEnd = end;
  if (isAttribute) return { type: 'Attribute', name, positional, named, start: open.start, end };
  return { type: 'TypeConstraint', name, start: open.start, end };
}

/** `Name.Space.Type`, with generic arguments `[a,b]` and array ranks `[]`, `[,]`. */
function parseTypeName(p: ParserState): string {
  const tokenizer = p.tokenizer;
  const token = tokenizer.typeName();
  if (!token) return '';
  let name = p.slice(token);
  while (tokenizer.char() === OPEN_BRACKET) {
    tokenizer.punctuation(TokenKind.LBracket);
    tokenizer.skipSpaces();
    const c = tokenizer.char();
    if (c === CLOSE_BRACKET || c === COMMA) {
      let rank = '[';
      while (tokenizer.char() === COMMA) {
        tokenizer.punctuation(TokenKind.Comma);
        tokenizer.skipSpaces();
        rank += ',';
      }
      if (tokenizer.char() !== CLOSE_BRACKET) break;
      tokenizer.punctuation(TokenKind.RBracket);
      name += `${rank}]`;
      continue;
    }
    const args: string[] = [];
    for (;;) {
      tokenizer.skipSpaces();
      if (tokenizer.char() === OPEN_BRACKET) {
        // An assembly-qualified argument: [[Type, Assembly, Version=…]]
        tokenizer.punctuation(TokenKind.LBracket);
        args.push(parseTypeName(p));
        skipAssemblyName(p);
        if (tokenizer.char() === CLOSE_BRACKET) tokenizer.punctuation(TokenKind.RBracket);
      } else {
        const argument = parseTypeName(p);
        if (!argument) break;
        args.push(argument);
      }
      tokenizer.skipSpaces();
      if (tokenizer.char() !== COMMA) break;
      tokenizer.punctuation(TokenKind.Comma);
    }
    tokenizer.skipSpaces();
    if (tokenizer.char() === CLOSE_BRACKET) tokenizer.punctuation(TokenKind.RBracket);
    name += `[${args.join(',')}]`;
  }
  return name;
}

function skipAssemblyName(p: ParserState): void {
  const tokenizer = p.tokenizer;
  for (;;) {
    const c = tokenizer.char();
    if (c === CLOSE_BRACKET || c < 0 || c === 10 || c === 13) return;
    if (c === COMMA) tokenizer.punctuation(TokenKind.Comma);
    else if (tokenizer.typeName() === null) tokenizer.punctuation(TokenKind.Unknown);
  }
}

/** `(positional, Name = value, Flag)` after an attribute name. */
function parseAttributeArguments(p: ParserState, open: Token, positional: Expression[], named: NamedAttributeArgument[]): void {
  const savedNoComma = p.noComma;
  p.noComma = true;
  p.openParens++;
  p.skipNewlines(Mode.Expression);
  for (;;) {
    const token = p.peek(Mode.Expression);
    if (token.kind === TokenKind.RParen) {
      p.skip();
      break;
    }
    if (token.kind === TokenKind.Identifier) {
      p.skip();
      const name = p.slice(token);
      const equals = p.peek(Mode.Expression);
      if (equals.kind === TokenKind.Assignment && equals.value === '=') {
        p.skip();
        p.skipNewlines(Mode.Expression);
        const value = parseExpression(p);
        if (!value) p.error(equals.start, equals.end, 'MissingExpressionInNamedArgument', `Missing expression after '${name} ='.`);
        named.push({ name, nameStart: token.start, nameEnd: token.end, value, start: token.start, end: value ? value.end : equals.end });
      } else {
        named.push({ name, nameStart: token.start, nameEnd: token.end, start: token.start, end: token.end });
      }
    } else {
      const value = parseExpression(p);
      if (!value) {
        p.error(open.start, open.end, 'MissingEndParenthesisInExpression', "Missing closing ')' in the attribute arguments.");
        break;
      }
      positional.push(value);
    }
    const step = p.afterListItem();
    if (step === 'more') continue;
    if (step === 'broken') p.error(open.start, open.end, 'MissingEndParenthesisInExpression', "Missing closing ')' in the attribute arguments.");
    break;
  }
  p.openParens--;
  p.noComma = savedNoComma;
}
