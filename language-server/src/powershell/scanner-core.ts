// The scanner's state and output (shared by string scanning and the tokenizer proper): the text
// range, the token list, the problems found, and how tokens are recorded.
import { EOF } from './chars.js';
import type { StringPart, Token, TokenKind } from './token-kinds.js';
import { TokenList } from './token-list.js';
import type { SyntaxProblem } from './types.js';

export enum Mode {
  /** Command names and arguments: barewords, parameters. */
  Command,
  /** Operators, numbers, member names. */
  Expression,
}

export abstract class ScannerCore {
  /** Every token scanned so far, trivia included, in text order. */
  readonly tokens: TokenList;
  /** Problems found while scanning (unterminated strings, comments …). */
  readonly problems: SyntaxProblem[] = [];
  pos: number;
  protected mode = Mode.Command;

  constructor(
    readonly text: string,
    start = 0,
    readonly end = text.length,
  ) {
    this.pos = start;
    // About one token per four characters in real scripts: sized so it rarely grows.
    this.tokens = new TokenList(Math.max(64, (end - start) >> 2));
  }

  protected at(index: number): number {
    return index < this.end ? this.text.charCodeAt(index) : EOF;
  }

  protected emit(kind: TokenKind, start: number, end: number, flags = 0, value?: string, parts?: StringPart[]): Token {
    // One object shape for every token keeps property access monomorphic.
    const token: Token = { kind, start, end, flags, value, parts };
    this.tokens.push(kind, start, end, flags);
    this.pos = end;
    return token;
  }

  /** Whitespace, comments and continuations: recorded, never handed to the parser, so no object. */
  protected trivia(kind: TokenKind, start: number, end: number, flags = 0): void {
    this.tokens.push(kind, start, end, flags);
    this.pos = end;
  }

  protected problem(start: number, end: number, code: string, message: string): void {
    this.problems.push({ span: { start, end }, code, message });
  }

}
