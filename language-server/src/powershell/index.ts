// exkb's PowerShell front end: parseScript turns text into tokens, a syntax tree and the command
// view rules read. It never throws on input: every problem becomes a SyntaxProblem.
import type { ScriptBlock } from './ast.js';
import { buildViews } from './command-view.js';
import { createLineMap } from './line-map.js';
import { parseScriptBlockBody } from './parse-script-block.js';
import { ParserState } from './parser-state.js';
import { TokenKind } from './token-kinds.js';
import type { TokenList } from './token-list.js';
import type { Comment, DefinedFunction, LineMap, ParsedScript, SyntaxProblem } from './types.js';
import { walk } from './walk.js';

export type * from './types.js';
export { createLineMap } from './line-map.js';
export type { Token } from './token-kinds.js';
export type { TokenList } from './token-list.js';
export { TokenKind } from './token-kinds.js';

/** What parseScript knows beyond the public ParsedScript: the tokens and the tree. */
export interface ParsedSyntax extends ParsedScript {
  /** Every token, whitespace and comments included; together they cover the text exactly. */
  readonly tokens: TokenList;
  readonly ast: ScriptBlock;
}

export function parseScript(text: string): ParsedSyntax {
  const errors: SyntaxProblem[] = [];
  const state = new ParserState(text, errors);
  const ast = parseScriptBlockBody(state, null);
  const tokens = state.tokenizer.tokens;
  const allErrors = [...errors, ...state.tokenizer.problems].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const { commands, paramAttributes } = buildViews(state.recorder, text);
  let lines: LineMap | undefined;
  let functions: DefinedFunction[] | undefined;
  return {
    text,
    // Built on first use: many parses (a clean lint, a hover) never turn an offset into a line.
    get lines() {
      return (lines ??= createLineMap(text));
    },
    comments: commentsOf(text, tokens),
    errors: allErrors,
    commands,
    paramAttributes,
    get functions() {
      return (functions ??= functionsOf(ast));
    },
    tokens,
    ast,
  };
}

function functionsOf(ast: ScriptBlock): DefinedFunction[] {
  const functions: DefinedFunction[] = [];
  walk(ast, (node) => {
    if (node.type !== 'FunctionDefinition' || node.name === '') return;
    const scope = /^(?:global|local|script|private):/i.exec(node.name);
    const offset = scope ? scope[0].length : 0;
    functions.push({ name: node.name.slice(offset), nameSpan: { start: node.nameStart + offset, end: node.nameEnd } });
  });
  return functions;
}

function commentsOf(text: string, tokens: TokenList): Comment[] {
  const comments: Comment[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const kind = tokens.kind(index);
    if (kind !== TokenKind.LineComment && kind !== TokenKind.BlockComment) continue;
    const start = tokens.start(index);
    const end = tokens.end(index);
    if (kind === TokenKind.LineComment) {
      comments.push({ span: { start, end }, text: text.slice(start + 1, end), kind: 'line' });
    } else {
      const closed = text.startsWith('#>', end - 2) && end - start >= 4;
      comments.push({ span: { start, end }, text: text.slice(start + 2, closed ? end - 2 : end), kind: 'block' });
    }
  }
  return comments;
}
