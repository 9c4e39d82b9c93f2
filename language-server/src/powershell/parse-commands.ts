// Pipelines and commands (language specification §8.2): `a | b | c`, `a && b`, assignments, and
// command elements in argument mode (parameters, barewords, comma lists, redirections, `--%`).
import { NONE, type Assignment, type Command, type CommandExpression, type CommandParameter, type Expression, type Pipeline, type Redirection, type Statement } from './ast.js';
import { isExpressionStart, parseExpression, parsePrimary, startsPrimary } from './parse-expressions.js';
import { stringNode } from './parse-literals.js';
import { parseStatement } from './parse-statements.js';
import type { ParserState } from './parser-state.js';
import { TokenFlags, TokenKind, type Token } from './token-kinds.js';
import { Mode } from './tokenizer.js';

const enum ArgumentContext {
  CommandName,
  Argument,
  FileName,
  SwitchCondition,
}

function kindSet(kinds: readonly TokenKind[]): Uint8Array {
  const set = new Uint8Array(TokenKind.Unknown + 1);
  for (const kind of kinds) set[kind] = 1;
  return set;
}

const COMMAND_ENDERS = [TokenKind.Pipe, TokenKind.RCurly, TokenKind.RParen, TokenKind.EndOfInput, TokenKind.NewLine, TokenKind.Semi, TokenKind.AndAnd, TokenKind.OrOr];
/** Tokens that end a command (they belong to the pipeline or statement around it). */
const ENDS_COMMAND = kindSet(COMMAND_ENDERS);
/** Tokens that end an argument: the command's enders, and what starts the next element. */
const ENDS_ARGUMENT = kindSet([...COMMAND_ENDERS, TokenKind.Redirection, TokenKind.RedirectInStd, TokenKind.Ampersand, TokenKind.MinusMinus, TokenKind.Comma]);

/** `pipeline (&& pipeline | || pipeline)*`, or an assignment. */
export function parsePipelineChain(p: ParserState): Statement | undefined {
  let left = parsePipeline(p);
  if (!left) return undefined;
  for (;;) {
    const token = p.peek(Mode.Command);
    if (token.kind !== TokenKind.AndAnd && token.kind !== TokenKind.OrOr) return left;
    p.skip();
    p.skipNewlines();
    const right = parsePipeline(p);
    if (!right) p.error(token.start, token.end, 'MissingPipelineAfterChainOperator', `A pipeline is missing after '${p.shown(token)}'.`);
    left = { type: 'PipelineChain', left, operator: token.kind === TokenKind.AndAnd ? '&&' : '||', right, start: left.start, end: right ? right.end : token.end };
  }
}

function parsePipeline(p: ParserState): Statement | undefined {
  const elements: (Command | CommandExpression)[] = [];
  let background = false;
  let pipe: Token | undefined;
  for (;;) {
    const element = parseElement(p, elements.length === 0);
    if (element?.type === 'Assignment') return element;
    if (element) elements.push(element);
    else if (pipe) p.error(pipe.start, pipe.end, 'EmptyPipeElement', 'An empty pipe element is not allowed.');
    if (p.backgroundPending) {
      p.backgroundPending = false;
      background = true;
      break;
    }
    const token = p.peek(Mode.Command);
    if (token.kind === TokenKind.Pipe) {
      if (!element && !pipe) p.error(token.start, token.end, 'EmptyPipeElement', 'An empty pipe element is not allowed.');
      p.skip();
      pipe = token;
      p.skipNewlines();
      if (p.peek(Mode.Command).kind === TokenKind.EndOfInput) {
        p.error(token.start, token.end, 'EmptyPipeElement', 'An empty pipe element is not allowed.');
        break;
      }
      continue;
    }
    switch (token.kind) {
      case TokenKind.NewLine:
      case TokenKind.Semi:
      case TokenKind.RParen:
      case TokenKind.RCurly:
      case TokenKind.EndOfInput:
      case TokenKind.AndAnd:
      case TokenKind.OrOr:
        break;
      default:
        if (elements.length > 0) p.error(token.start, token.end, 'UnexpectedToken', `Unexpected token '${p.shown(token)}' in expression or statement.`);
    }
    break;
  }
  if (elements.length === 0) return undefined;
  const pipeline: Pipeline = { type: 'Pipeline', elements, background, start: elements[0]!.start, end: elements[elements.length - 1]!.end };
  p.recorder.pipelines.push(pipeline);
  return pipeline;
}

function parseElement(p: ParserState, first: boolean): Command | CommandExpression | Assignment | undefined {
  const commandToken = p.peek(Mode.Command);
  if (startsCommand(p, commandToken)) return parseCommand(p);
  const token = p.peek(Mode.Expression, true);
  if (!isExpressionStart(token)) return parseCommand(p);
  const expression = parseExpression(p);
  if (!expression) return parseCommand(p);
  const assignment = p.peek(Mode.Expression);
  if (assignment.kind === TokenKind.Assignment) {
    p.skip();
    if (!first) p.error(assignment.start, assignment.end, 'UnexpectedToken', `Unexpected token '${p.shown(assignment)}' in a pipeline.`);
    p.skipNewlines();
    const value = parseStatement(p);
    if (!value) p.error(assignment.start, assignment.end, 'ExpectedValueExpression', `You must provide a value expression on the right-hand side of the '${p.shown(assignment)}' operator.`);
    const node: Assignment = { type: 'Assignment', target: expression, operator: assignment.value ?? '=', value, start: expression.start, end: value ? value.end : assignment.end };
    p.recorder.writes.push(node);
    return node;
  }
  if (!first) p.error(expression.start, expression.end, 'ExpressionsMustBeFirstInPipeline', 'Expressions are only allowed as the first element of a pipeline.');
  const redirections = parseRedirections(p);
  const end = redirections.length > 0 ? redirections[redirections.length - 1]!.end : expression.end;
  return { type: 'CommandExpression', expression, redirections, start: expression.start, end };
}

/** A word that begins with a letter is a command in every mode; no need to try expression mode first. */
function startsCommand(p: ParserState, token: Token): boolean {
  switch (token.kind) {
    case TokenKind.Generic:
    case TokenKind.Identifier:
    case TokenKind.Keyword: {
      const c = p.text.charCodeAt(token.start);
      return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    }
    case TokenKind.Ampersand:
      return true;
    default:
      return false;
  }
}

function parseRedirections(p: ParserState): readonly Redirection[] {
  let redirections: Redirection[] | undefined;
  for (;;) {
    if (!p.mayBeRedirection()) return redirections ?? NONE;
    const token = p.peek(Mode.Command);
    if (token.kind !== TokenKind.Redirection && token.kind !== TokenKind.RedirectInStd) return redirections ?? NONE;
    p.skip();
    (redirections ??= []).push(parseRedirection(p, token));
  }
}

function parseRedirection(p: ParserState, token: Token): Redirection {
  const operator = p.slice(token);
  if (token.kind === TokenKind.RedirectInStd) {
    p.error(token.start, token.end, 'RedirectionNotSupported', "The '<' operator is reserved for future use.");
  }
  if ((token.flags & TokenFlags.FileRedirection) === 0 && token.kind !== TokenKind.RedirectInStd) {
    return { type: 'Redirection', operator, start: token.start, end: token.end };
  }
  const target = commandArgument(p, p.next(Mode.Command), ArgumentContext.FileName);
  if (!target) {
    p.error(token.start, token.end, 'MissingFileSpecification', 'Missing file specification after redirection operator.');
    return { type: 'Redirection', operator, start: token.start, end: token.end };
  }
  return { type: 'Redirection', operator, target, start: token.start, end: target.end };
}

/** A command: name, then parameters, arguments and redirections in argument mode. */
export function parseCommand(p: ParserState): Command | undefined {
  let token = p.next(Mode.Command);
  const start = token.start;
  let invocation: '&' | '.' | null = null;
  if (token.kind === TokenKind.Dot || token.kind === TokenKind.Ampersand) {
    invocation = token.kind === TokenKind.Dot ? '.' : '&';
    token = p.next(Mode.Command);
  }
  const elements: (Expression | CommandParameter)[] = [];
  let redirections: Redirection[] | undefined;
  let context = ArgumentContext.CommandName;
  let sawDashDash = false;
  let end = invocation ? token.start : start;
  scanning: for (;;) {
    if (ENDS_COMMAND[token.kind] === 1) {
      p.unget(token, Mode.Command);
      break;
    }
    switch (token.kind) {
      case TokenKind.Ampersand:
        if (elements.length > 0 && endsStatementAfter(p, token.end)) {
          p.backgroundPending = true;
          break scanning;
        }
        p.error(token.start, token.end, 'AmpersandNotAllowed', 'The ampersand (&) character is not allowed here; wrap it in double quotation marks ("&") to pass it as part of a string.');
        break;
      case TokenKind.MinusMinus:
        if (sawDashDash || context === ArgumentContext.CommandName) elements.push(bareword(token));
        sawDashDash = true;
        end = token.end;
        break;
      case TokenKind.Comma:
        p.error(token.start, token.end, 'MissingArgument', "Missing argument in parameter list before ','.");
        p.skipNewlines();
        break;
      case TokenKind.Parameter: {
        if (context === ArgumentContext.CommandName || sawDashDash) {
          elements.push(bareword(token));
          end = token.end;
          break;
        }
        const colon = (token.flags & TokenFlags.Colon) !== 0;
        const nameEnd = token.end;
        const name = p.text.slice(token.start + 1, colon ? nameEnd - 1 : nameEnd);
        let argument: Expression | undefined;
        if (colon && p.peek(Mode.Command).kind !== TokenKind.Comma) {
          argument = commandArgument(p, p.next(Mode.Command), ArgumentContext.Argument);
          if (!argument) p.error(token.start, token.end, 'ParameterRequiresArgument', `The parameter '-${name}' requires an argument after the colon.`);
        }
        const parameter: CommandParameter = { type: 'CommandParameter', name, nameEnd, colon, argument, start: token.start, end: argument ? argument.end : token.end };
        elements.push(parameter);
        end = parameter.end;
        break;
      }
      case TokenKind.Redirection:
      case TokenKind.RedirectInStd:
        if (context === ArgumentContext.CommandName) {
          elements.push(bareword(token));
          end = token.end;
        } else {
          const redirection = parseRedirection(p, token);
          (redirections ??= []).push(redirection);
          end = redirection.end;
        }
        break;
      default: {
        const argument = commandArgument(p, token, context);
        if (!argument) break;
        elements.push(argument);
        end = argument.end;
        if (token.kind === TokenKind.Generic && p.slice(token) === '--%') {
          p.releaseLookahead();
          const verbatim = p.tokenizer.verbatimArgument();
          if (verbatim) {
            elements.push(bareword(verbatim));
            end = verbatim.end;
            p.lastEnd = end;
          }
        }
      }
    }
    context = ArgumentContext.Argument;
    token = p.next(Mode.Command);
  }
  if (elements.length === 0) {
    if (invocation) p.error(start, start + 1, 'MissingExpression', `Missing expression after '${invocation}'.`);
    return undefined;
  }
  return { type: 'Command', invocation, elements, redirections: redirections ?? NONE, start, end };
}

/** Only spaces, then the end of the statement, after a trailing `&` (a background job in PowerShell 7). */
function endsStatementAfter(p: ParserState, offset: number): boolean {
  const text = p.text;
  let position = offset;
  while (position < text.length && (text.charCodeAt(position) === 32 || text.charCodeAt(position) === 9)) position++;
  if (position >= text.length) return true;
  const c = text.charCodeAt(position);
  return c === 10 || c === 13 || c === 59 || c === 125 || c === 41 || c === 35;
}

function bareword(token: Token): Expression {
  return { type: 'String', quote: 'bare', nested: NONE, start: token.start, end: token.end };
}

/** One switch clause pattern, a redirection target, a `break` label …: a single command-mode argument. */
export function singleCommandArgument(p: ParserState, context: 'switch' | 'argument' = 'argument'): Expression | undefined {
  const token = p.peek(Mode.Command);
  if (token.kind === TokenKind.Comma || token.kind === TokenKind.EndOfInput) return undefined;
  p.skip();
  return commandArgument(p, token, context === 'switch' ? ArgumentContext.SwitchCondition : ArgumentContext.FileName);
}

/** One argument; in argument position a comma list (`IIS,SMTP`, `a, b`) becomes one array. */
function commandArgument(p: ParserState, first: Token, context: ArgumentContext): Expression | undefined {
  let token = first;
  let items: Expression[] | undefined;
  for (;;) {
    let expression: Expression;
    if (ENDS_ARGUMENT[token.kind] === 1) {
      p.unget(token, Mode.Command);
      if (!items) return undefined;
      p.error(items[items.length - 1]!.end, items[items.length - 1]!.end, 'MissingExpression', "Missing expression after ','.");
      return { type: 'ArrayLiteral', items, start: items[0]!.start, end: items[items.length - 1]!.end };
    }
    if (startsPrimary(token.kind)) {
      p.unget(token, Mode.Command);
      const primary = parsePrimary(p, Mode.Command);
      // Only when the script nests too deep (the parser stopped reading).
      if (!primary) return items ? { type: 'ArrayLiteral', items, start: items[0]!.start, end: items[items.length - 1]!.end } : undefined;
      expression = primary;
    } else if (token.kind === TokenKind.Generic) {
      expression = context === ArgumentContext.CommandName ? bareword(token) : stringNode(p, token);
    } else {
      expression = bareword(token);
    }
    if (context !== ArgumentContext.Argument) return expression;
    if (token.kind === TokenKind.Generic && p.slice(token) === '--%') return expression;
    if (p.peek(Mode.Command).kind !== TokenKind.Comma) {
      if (!items) return expression;
      items.push(expression);
      return { type: 'ArrayLiteral', items, start: items[0]!.start, end: expression.end };
    }
    items ??= [];
    items.push(expression);
    p.skip();
    p.skipNewlines();
    token = p.next(Mode.Command);
  }
}
