// Statement lists and the keyword statements (language specification §8): if, switch, try/catch/
// finally, trap, data, return/throw/exit/break/continue, using. Loops are in parse-loops.ts,
// function/class/enum in parse-definitions.ts.
import type { CatchClause, Expression, Statement, StatementBlock, SwitchClause } from './ast.js';
import { parseTypeOrAttribute } from './parse-attributes.js';
import { parsePipelineChain, singleCommandArgument } from './parse-commands.js';
import { parseClass, parseEnum, parseFunction } from './parse-definitions.js';
import { parseDo, parseFor, parseForeach, parseWhile } from './parse-loops.js';
import type { ParserState } from './parser-state.js';
import { TokenKind, type Token } from './token-kinds.js';
import { Mode } from './tokenizer.js';

type Closer = TokenKind.RCurly | TokenKind.RParen | TokenKind.EndOfInput;

/** Statements up to `closer` (not consumed). A stray closer is reported and skipped unless an enclosing construct waits for it. */
export function parseStatementList(p: ParserState, closer: Closer): Statement[] {
  const statements: Statement[] = [];
  for (;;) {
    p.skipNewlinesAndSemis();
    const token = p.peek(Mode.Command);
    if (token.kind === TokenKind.EndOfInput) break;
    if (token.kind === TokenKind.RCurly || token.kind === TokenKind.RParen) {
      if (token.kind === closer) break;
      const enclosing = token.kind === TokenKind.RCurly ? p.openCurlies : p.openParens;
      if (enclosing > 0) break;
      p.error(token.start, token.end, 'UnexpectedToken', `Unexpected token '${p.shown(token)}' in expression or statement.`);
      p.skip();
      continue;
    }
    const statement = parseStatement(p);
    if (statement) {
      statements.push(statement);
    } else if (p.position() === token.start) {
      p.error(token.start, token.end, 'UnexpectedToken', `Unexpected token '${p.shown(token)}' in expression or statement.`);
      p.skip();
    }
  }
  return statements;
}

export function parseStatement(p: ParserState): Statement | undefined {
  if (!p.enter()) return undefined;
  const statement = parseStatementInner(p);
  p.leave();
  return statement;
}

function parseStatementInner(p: ParserState): Statement | undefined {
  const token = p.peek(Mode.Command);
  if (token.kind === TokenKind.Keyword) {
    const statement = parseKeywordStatement(p, token, undefined);
    if (statement !== COMMAND) return statement;
  } else if (token.kind === TokenKind.Label) {
    return parseLabeled(p, token);
  }
  return parsePipelineChain(p);
}

/** The keyword is used as a command name (`process` after other statements, `parallel` outside a workflow …). */
const COMMAND = Symbol('command');

function parseKeywordStatement(p: ParserState, token: Token, label: string | undefined): Statement | undefined | typeof COMMAND {
  switch (token.value) {
    case 'function':
    case 'filter':
    case 'workflow':
    case 'configuration':
      return parseFunction(p);
    case 'if':
      return parseIf(p);
    case 'switch':
      return parseSwitch(p, label);
    case 'foreach':
      return parseForeach(p, label);
    case 'for':
      return parseFor(p, label);
    case 'while':
      return parseWhile(p, label);
    case 'do':
      return parseDo(p, label);
    case 'try':
      return parseTry(p);
    case 'trap':
      return parseTrap(p);
    case 'data':
      return parseData(p);
    case 'class':
      return parseClass(p);
    case 'enum':
      return parseEnum(p);
    case 'using':
      return parseUsing(p);
    case 'return':
    case 'throw':
    case 'exit':
    case 'break':
    case 'continue':
      return parseFlow(p, token.value);
    case 'else':
    case 'elseif':
    case 'catch':
    case 'finally':
    case 'until':
      return parseOrphanClause(p, token);
    case 'var':
    case 'define':
    case 'from':
      p.skip();
      p.error(token.start, token.end, 'ReservedKeywordNotAllowed', `The '${token.value}' keyword is reserved by PowerShell and not supported.`);
      return parsePipelineChain(p);
    case 'parallel':
    case 'sequence':
      return parseWorkflowBlock(p, token);
    default:
      return COMMAND;
  }
}

function parseLabeled(p: ParserState, token: Token): Statement | undefined {
  p.skip();
  const label = p.text.slice(token.start + 1, token.end);
  const next = p.peek(Mode.Command);
  if (next.kind === TokenKind.Keyword && (next.value === 'foreach' || next.value === 'for' || next.value === 'while' || next.value === 'do' || next.value === 'switch')) {
    const statement = parseKeywordStatement(p, next, label);
    return statement === COMMAND ? undefined : statement;
  }
  p.error(token.start, token.end, 'MissingLoopStatement', `The label '${label}' must be followed by a loop or switch statement.`);
  return undefined;
}

/** `{ statements }`, newlines allowed before the `{`. */
export function parseStatementBlock(p: ParserState, after: Token | undefined, what: string): StatementBlock {
  p.skipNewlines();
  const open = p.peek(Mode.Command);
  if (open.kind !== TokenKind.LCurly) {
    const at = after ?? open;
    p.error(at.start, at.end, 'MissingStatementBlock', `Missing statement block ({ … }) ${what}.`);
    return { type: 'StatementBlock', statements: [], start: at.end, end: at.end };
  }
  p.skip();
  p.openCurlies++;
  const statements = parseStatementList(p, TokenKind.RCurly);
  const end = p.close(TokenKind.RCurly, open, statements, 'MissingEndCurlyBrace', "Missing closing '}' in statement block.");
  p.openCurlies--;
  return { type: 'StatementBlock', statements, start: open.start, end };
}

/** `( pipeline )` after `if`, `while`, `switch` …; reports what is missing in PowerShell's words. */
export function parseCondition(p: ParserState, keyword: Token, what: string): Statement | undefined {
  p.skipNewlines();
  const open = p.peek(Mode.Command);
  if (open.kind !== TokenKind.LParen) {
    p.error(keyword.start, keyword.end, 'MissingOpenParenthesisAfterKeyword', `Missing '(' after '${p.shown(keyword)}' in ${what}.`);
    return undefined;
  }
  p.skip();
  p.openParens++;
  p.skipNewlines();
  const condition = parsePipelineChain(p);
  if (!condition) p.error(open.start, open.end, 'MissingConditionExpression', `Missing condition in ${what}.`);
  p.skipNewlines();
  const close = p.peek(Mode.Command);
  if (close.kind === TokenKind.RParen) p.skip();
  else p.error(open.start, open.end, 'MissingEndParenthesisAfterStatement', `Missing closing ')' after the condition in ${what}.`);
  p.openParens--;
  return condition;
}

function parseIf(p: ParserState): Statement {
  const keyword = p.next(Mode.Command);
  const clauses: { condition: Statement | undefined; body: StatementBlock }[] = [];
  let elseBody: StatementBlock | undefined;
  let clauseKeyword = keyword;
  for (;;) {
    const condition = parseCondition(p, clauseKeyword, "an 'if' statement");
    const body = parseStatementBlock(p, clauseKeyword, "after the 'if' condition");
    clauses.push({ condition, body });
    const mark = p.mark();
    p.skipNewlines();
    const next = p.peek(Mode.Command);
    if (next.kind === TokenKind.Keyword && next.value === 'elseif') {
      p.skip();
      clauseKeyword = next;
      continue;
    }
    if (next.kind === TokenKind.Keyword && next.value === 'else') {
      p.skip();
      elseBody = parseStatementBlock(p, next, "after 'else'");
      break;
    }
    p.restore(mark);
    break;
  }
  const end = elseBody ? elseBody.end : clauses[clauses.length - 1]!.body.end;
  return { type: 'If', clauses, elseBody, start: keyword.start, end };
}

const SWITCH_OPTIONS = ['regex', 'wildcard', 'exact', 'casesensitive', 'file', 'parallel'];

function parseSwitch(p: ParserState, label: string | undefined): Statement {
  const keyword = p.next(Mode.Command);
  const options: string[] = [];
  let file: Expression | undefined;
  for (;;) {
    p.skipNewlines();
    const token = p.peek(Mode.Command);
    if (token.kind !== TokenKind.Parameter) break;
    p.skip();
    const written = p.text.slice(token.start + 1, token.end).toLowerCase();
    const option = SWITCH_OPTIONS.find((name) => name.startsWith(written));
    if (!option) {
      p.error(token.start, token.end, 'InvalidSwitchFlag', `'${p.shown(token)}' is not a valid switch option; use -Regex, -Wildcard, -Exact, -CaseSensitive or -File.`);
      continue;
    }
    options.push(option);
    if (option === 'file') {
      p.skipNewlines();
      file = singleCommandArgument(p);
      if (!file) p.error(token.start, token.end, 'MissingFilenameOption', "Missing file name after '-File'.");
    }
  }
  const condition = file ? undefined : parseCondition(p, keyword, "a 'switch' statement");
  p.skipNewlines();
  const open = p.peek(Mode.Command);
  const clauses: SwitchClause[] = [];
  let defaultBody: StatementBlock | undefined;
  if (open.kind !== TokenKind.LCurly) {
    p.error(keyword.start, keyword.end, 'MissingCurlyBraceInSwitchStatement', "Missing '{' in the switch statement.");
    return { type: 'Switch', label, options, condition, file, clauses, start: keyword.start, end: p.lastEnd };
  }
  p.skip();
  p.openCurlies++;
  let end: number;
  for (;;) {
    p.skipNewlinesAndSemis();
    const token = p.peek(Mode.Command);
    if (token.kind === TokenKind.RCurly) {
      p.skip();
      end = token.end;
      break;
    }
    if (token.kind === TokenKind.EndOfInput || (token.kind === TokenKind.RParen && p.openParens > 0)) {
      p.error(open.start, open.end, 'MissingEndCurlyBrace', "Missing closing '}' in the switch statement.");
      end = p.lastEnd;
      break;
    }
    const pattern = singleCommandArgument(p, 'switch');
    if (!pattern) {
      p.error(token.start, token.end, 'MissingSwitchConditionExpression', 'Missing condition in the switch clause.');
      p.skip();
      continue;
    }
    const body = parseStatementBlock(p, token, 'in the switch clause');
    const isDefault = pattern.type === 'String' && pattern.quote === 'bare' && p.text.slice(pattern.start, pattern.end).toLowerCase() === 'default';
    if (isDefault) defaultBody = body;
    else clauses.push({ pattern, body });
  }
  p.openCurlies--;
  return { type: 'Switch', label, options, condition, file, clauses, defaultBody, start: keyword.start, end };
}

function parseTry(p: ParserState): Statement {
  const keyword = p.next(Mode.Command);
  const body = parseStatementBlock(p, keyword, "after 'try'");
  const catches: CatchClause[] = [];
  let finallyBody: StatementBlock | undefined;
  for (;;) {
    const mark = p.mark();
    p.skipNewlines();
    const next = p.peek(Mode.Command);
    if (next.kind === TokenKind.Keyword && next.value === 'catch') {
      p.skip();
      const types: string[] = [];
      for (;;) {
        p.skipNewlines(Mode.Expression);
        const open = p.peek(Mode.Expression);
        if (open.kind !== TokenKind.LBracket) break;
        p.skip();
        types.push(parseTypeOrAttribute(p, open).name);
        p.skipNewlines(Mode.Expression);
        if (p.peek(Mode.Expression).kind !== TokenKind.Comma) break;
        p.skip();
      }
      const catchBody = parseStatementBlock(p, next, "after 'catch'");
      catches.push({ types, body: catchBody, start: next.start, end: catchBody.end });
      continue;
    }
    if (next.kind === TokenKind.Keyword && next.value === 'finally') {
      p.skip();
      finallyBody = parseStatementBlock(p, next, "after 'finally'");
      break;
    }
    p.restore(mark);
    break;
  }
  if (catches.length === 0 && !finallyBody) p.error(body.end, body.end, 'MissingCatchOrFinally', "The try statement is missing its 'catch' or 'finally' block.");
  const end = finallyBody ? finallyBody.end : catches.length > 0 ? catches[catches.length - 1]!.end : body.end;
  return { type: 'Try', body, catches, finallyBody, start: keyword.start, end };
}

function parseTrap(p: ParserState): Statement {
  const keyword = p.next(Mode.Command);
  p.skipNewlines(Mode.Expression);
  let trapType: string | undefined;
  const open = p.peek(Mode.Expression);
  if (open.kind === TokenKind.LBracket) {
    p.skip();
    trapType = parseTypeOrAttribute(p, open).name;
  }
  const body = parseStatementBlock(p, keyword, "after 'trap'");
  return { type: 'Trap', trapType, body, start: keyword.start, end: body.end };
}

function parseData(p: ParserState): Statement {
  const keyword = p.next(Mode.Command);
  p.skipNewlines();
  let name: string | undefined;
  const nameToken = p.peek(Mode.Command);
  if (nameToken.kind === TokenKind.Generic || nameToken.kind === TokenKind.Identifier) {
    p.skip();
    name = p.slice(nameToken);
    p.skipNewlines();
  }
  const commands: Expression[] = [];
  const parameter = p.peek(Mode.Command);
  if (parameter.kind === TokenKind.Parameter) {
    p.skip();
    for (;;) {
      p.skipNewlines();
      const command = singleCommandArgument(p);
      if (!command) break;
      commands.push(command);
      if (p.peek(Mode.Command).kind !== TokenKind.Comma) break;
      p.skip();
    }
  }
  const body = parseStatementBlock(p, keyword, "for the data section");
  return { type: 'Data', name, commands, body, start: keyword.start, end: body.end };
}

function isStatementEnd(token: Token): boolean {
  switch (token.kind) {
    case TokenKind.NewLine:
    case TokenKind.Semi:
    case TokenKind.RCurly:
    case TokenKind.RParen:
    case TokenKind.EndOfInput:
    case TokenKind.Pipe:
    case TokenKind.AndAnd:
    case TokenKind.OrOr:
      return true;
    default:
      return false;
  }
}

function parseFlow(p: ParserState, keyword: 'return' | 'throw' | 'exit' | 'break' | 'continue'): Statement {
  const token = p.next(Mode.Command);
  const next = p.peek(Mode.Command);
  if (isStatementEnd(next)) return { type: 'Flow', keyword, start: token.start, end: token.end };
  const value = keyword === 'break' || keyword === 'continue' ? singleCommandArgument(p) : parsePipelineChain(p);
  return { type: 'Flow', keyword, value, start: token.start, end: value ? value.end : token.end };
}

function parseUsing(p: ParserState): Statement {
  const keyword = p.next(Mode.Command);
  const kindToken = p.peek(Mode.Command);
  let kind = '';
  if (!isStatementEnd(kindToken)) {
    p.skip();
    kind = p.slice(kindToken).toLowerCase();
  } else {
    p.error(keyword.start, keyword.end, 'MissingUsingStatementDirective', "Missing 'namespace', 'module' or 'assembly' after 'using'.");
  }
  const names: Expression[] = [];
  while (!isStatementEnd(p.peek(Mode.Command))) {
    const name = singleCommandArgument(p);
    if (!name) {
      p.skip();
      continue;
    }
    names.push(name);
    if (p.peek(Mode.Command).kind === TokenKind.Comma) p.skip();
  }
  const end = names.length > 0 ? names[names.length - 1]!.end : kindToken.end;
  return { type: 'Using', kind, names, start: keyword.start, end };
}

/** `else`, `catch` … without the statement they belong to: reported; the block is still parsed so its commands count. */
function parseOrphanClause(p: ParserState, token: Token): Statement {
  p.skip();
  const owner = token.value === 'catch' || token.value === 'finally' ? 'try' : token.value === 'until' ? 'do' : 'if';
  p.error(token.start, token.end, 'UnexpectedToken', `Unexpected token '${p.shown(token)}': '${token.value}' must follow the block of ${owner === 'try' ? "a 'try' statement" : owner === 'do' ? "a 'do' loop" : "an 'if' statement"}.`);
  const children: Statement[] = [];
  p.skipNewlines();
  const next = p.peek(Mode.Command);
  if (next.kind === TokenKind.LParen) {
    const condition = parseCondition(p, token, `'${token.value}'`);
    if (condition) children.push(condition);
  }
  const after = p.peek(Mode.Command);
  if (after.kind === TokenKind.LCurly) for (const statement of parseStatementBlock(p, token, '').statements) children.push(statement);
  return { type: 'ErrorStatement', children, start: token.start, end: Math.max(token.end, p.lastEnd) };
}

function parseWorkflowBlock(p: ParserState, token: Token): Statement | undefined | typeof COMMAND {
  const mark = p.mark();
  p.skip();
  p.skipNewlines();
  if (p.peek(Mode.Command).kind !== TokenKind.LCurly) {
    p.restore(mark);
    return COMMAND;
  }
  const body = parseStatementBlock(p, token, '');
  return { type: 'Block', keyword: token.value ?? '', body, start: token.start, end: body.end };
}
