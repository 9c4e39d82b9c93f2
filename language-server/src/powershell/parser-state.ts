// The parser's view of the token stream: one token of lookahead, scanned in the mode the grammar
// asks for. When the grammar changes its mind (a statement starts in command mode, turns out to be
// an expression), the lookahead is rescanned in the new mode, as PowerShell's parser does.
import type { Assignment, ForeachStatement, MemberExpression, NodeBase, Parameter, Pipeline, ScriptBlock, UnaryExpression } from './ast.js';
import { isNewline, isWhitespace } from './chars.js';
import { TokenKind, type Token } from './token-kinds.js';
import { Mode, Tokenizer } from './tokenizer.js';
import type { SyntaxProblem } from './types.js';

/** Tokens that scan the same in every mode: no need to rescan them when the mode changes. */
const MODE_FREE = new Uint8Array(TokenKind.Unknown + 1);
for (const kind of [
  TokenKind.NewLine,
  TokenKind.EndOfInput,
  TokenKind.Semi,
  TokenKind.Comma,
  TokenKind.LParen,
  TokenKind.RParen,
  TokenKind.LCurly,
  TokenKind.RCurly,
  TokenKind.RBracket,
  TokenKind.AtParen,
  TokenKind.AtCurly,
  TokenKind.DollarParen,
  TokenKind.Pipe,
  TokenKind.OrOr,
  TokenKind.AndAnd,
  TokenKind.Ampersand,
  TokenKind.StringLiteral,
  TokenKind.StringExpandable,
  TokenKind.HereStringLiteral,
  TokenKind.HereStringExpandable,
  TokenKind.Redirection,
]) {
  MODE_FREE[kind] = 1;
}

/** Nodes the command view needs, noted as the parser builds them so nobody has to walk the tree again. */
/**
 * Tokens that, scanned in command mode, read the same in expression mode: a command-mode variable
 * or number ends only where an expression-mode one would (`$x-1` is a bareword in command mode,
 * so a Variable token there never needs rescanning).
 */
const SAME_IN_EXPRESSION = new Uint8Array(TokenKind.Unknown + 1);
for (const kind of [TokenKind.Variable, TokenKind.SplattedVariable, TokenKind.Number]) SAME_IN_EXPRESSION[kind] = 1;

export class Recorder {
  readonly pipelines: Pipeline[] = [];
  /** Script blocks with a param() block. */
  readonly parameterised: ScriptBlock[] = [];
  /** Nodes that write variables or add hashtable keys (see assignments.ts). */
  readonly writes: (Assignment | ForeachStatement | Parameter | UnaryExpression | MemberExpression)[] = [];
}

export interface Mark {
  readonly offset: number;
  readonly errors: number;
  readonly lastEnd: number;
  readonly pipelines: number;
  readonly parameterised: number;
  readonly writes: number;
}

/**
 * How deep blocks, parentheses and subexpressions may nest before the parser stops reading: far
 * beyond any real script, well within the call stack (a recursive-descent parser spends about a
 * dozen frames per level).
 */
export const MAX_NESTING = 200;

export class ParserState {
  readonly tokenizer: Tokenizer;
  private lookahead: Token | null = null;
  private lookaheadMode = Mode.Command;
  private lookaheadSigned = false;
  /** How many `(`/`@(`/`$(` and `{`/`@{` are open: a stray closer ends an inner list only when an outer one waits for it. */
  openParens = 0;
  openCurlies = 0;

  /** The parser of the whole file: nested parsers (`$(…)` in strings) share its nesting budget and its unescaped texts. */
  readonly root: ParserState;
  private depth = 0;
  private bailed = false;

  constructor(
    readonly text: string,
    readonly errors: SyntaxProblem[],
    readonly recorder = new Recorder(),
    start = 0,
    end = text.length,
    parent?: ParserState,
  ) {
    this.tokenizer = new Tokenizer(text, start, end);
    this.root = parent ? parent.root : this;
  }

  /**
   * One level deeper; false when the script nests too deep. Then one error is reported, the rest
   * of the text becomes a single token and every parser sees the end of input from here on.
   */
  enter(): boolean {
    const root = this.root;
    if (root.bailed) return false;
    if (++root.depth <= MAX_NESTING) return true;
    root.depth--;
    const at = this.position();
    this.error(at, at, 'NestingTooDeep', `The script nests blocks, parentheses or subexpressions more than ${MAX_NESTING} levels deep; exkb stops reading it here.`);
    root.bailed = true;
    return false;
  }

  leave(): void {
    this.root.depth--;
  }

  peek(mode: Mode, signedNumbers = false): Token {
    if (this.root.bailed) return this.endOfInput();
    const token = this.lookahead;
    if (token) {
      if (MODE_FREE[token.kind] === 1) return token;
      if (this.lookaheadMode === Mode.Command && mode === Mode.Expression && SAME_IN_EXPRESSION[token.kind] === 1) {
        this.lookaheadMode = Mode.Expression;
        return token;
      }
      // A token scanned with signed numbers allowed stays valid (`-1` was read as a number, keep it).
      if (this.lookaheadMode === mode && (!signedNumbers || this.lookaheadSigned || !this.signMatters(token))) return token;
      this.tokenizer.reset(token.start);
    }
    const scanned = this.tokenizer.next(mode, signedNumbers);
    this.lookahead = scanned;
    this.lookaheadMode = mode;
    this.lookaheadSigned = signedNumbers;
    return scanned;
  }

  next(mode: Mode, signedNumbers = false): Token {
    const token = this.peek(mode, signedNumbers);
    this.lookahead = null;
    this.previousEnd = this.lastEnd;
    if (token.kind !== TokenKind.EndOfInput && token.kind !== TokenKind.NewLine) this.lastEnd = token.end;
    return token;
  }

  /** Consumes the token `peek` returned. */
  /**
   * False when the next token cannot be a redirection (`>`, `>>`, `2>&1`, `*>`, `<`), read from
   * the characters alone. Asking the tokenizer instead scans a whole word in command mode, and
   * after each element of `5.5.5.5…` that word is the rest of the line: quadratic.
   */
  mayBeRedirection(): boolean {
    if (this.root.bailed) return false;
    const { text } = this;
    const end = this.tokenizer.end;
    let position = this.lookahead ? this.lookahead.start : this.tokenizer.pos;
    for (;;) {
      const c = position < end ? text.charCodeAt(position) : -1;
      if (isWhitespace(c)) position++;
      else if (c === 96 && position + 1 < end && isNewline(text.charCodeAt(position + 1))) position += 2;
      else break;
    }
    const c = position < end ? text.charCodeAt(position) : -1;
    const next = position + 1 < end ? text.charCodeAt(position + 1) : -1;
    if (c === 62 || c === 60) return true;
    if ((c === 42 || (c >= 49 && c <= 54)) && next === 62) return true;
    // A backtick before anything but a newline: let the tokenizer decide.
    return c === 96;
  }

  skip(): void {
    const token = this.lookahead;
    this.lookahead = null;
    this.previousEnd = this.lastEnd;
    if (token && token.kind !== TokenKind.EndOfInput && token.kind !== TokenKind.NewLine) this.lastEnd = token.end;
  }

  /** Gives back the token `next` just returned. */
  unget(token: Token, mode: Mode): void {
    this.lookahead = token;
    this.lookaheadMode = mode;
    this.lookaheadSigned = false;
    this.lastEnd = this.previousEnd;
  }

  /** Puts a pending lookahead back, so the tokenizer can be driven directly from the current position. */
  releaseLookahead(): void {
    if (this.lookahead) this.reset(this.lookahead.start);
  }

  /** The scanner stands right after the last token: nothing (not even a space) follows it yet. */
  adjacent(end: number): boolean {
    return this.lookahead === null && this.tokenizer.pos === end;
  }

  /** Only tokens that start with a sign scan differently when signed numbers are allowed. */
  private signMatters(token: Token): boolean {
    const c = this.text.charCodeAt(token.start);
    return c === 43 || c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2015;
  }

  /** Where the next token starts (or the scanner stands). */
  position(): number {
    return this.lookahead ? this.lookahead.start : this.tokenizer.pos;
  }

  /** Goes back to `offset`, forgetting everything scanned from there. */
  reset(offset: number): void {
    this.lookahead = null;
    this.tokenizer.reset(offset);
  }

  /** End of the last significant token consumed (for node spans). */
  lastEnd = 0;
  private previousEnd = 0;
  /** Inside method-call arguments, hashtable keys and parameter defaults a comma separates, it does not build an array. */
  noComma = false;
  /** A command ended with a background `&`: its pipeline ends there. */
  backgroundPending = false;

  mark(): Mark {
    const { recorder } = this;
    return {
      offset: this.position(),
      errors: this.errors.length,
      lastEnd: this.lastEnd,
      pipelines: recorder.pipelines.length,
      parameterised: recorder.parameterised.length,
      writes: recorder.writes.length,
    };
  }

  /** Back to `mark`: tokens, errors and recorded nodes since then are forgotten. */
  restore(mark: Mark): void {
    this.reset(mark.offset);
    this.errors.length = mark.errors;
    this.lastEnd = mark.lastEnd;
    this.recorder.pipelines.length = mark.pipelines;
    this.recorder.parameterised.length = mark.parameterised;
    this.recorder.writes.length = mark.writes;
  }

  skipNewlines(mode = Mode.Command): void {
    while (this.peek(mode).kind === TokenKind.NewLine) this.skip();
  }

  skipNewlinesAndSemis(mode = Mode.Command): void {
    for (;;) {
      const kind = this.peek(mode).kind;
      if (kind !== TokenKind.NewLine && kind !== TokenKind.Semi) return;
      this.skip();
    }
  }

  error(start: number, end: number, code: string, message: string): void {
    if (!this.root.bailed) this.errors.push({ span: { start, end }, code, message });
  }

  /** After bailing out: the unread rest of the text as one token, then the end of input. */
  private endOfInput(): Token {
    const tokenizer = this.tokenizer;
    if (this.lookahead) tokenizer.reset(this.lookahead.start);
    this.lookahead = null;
    tokenizer.skipRest();
    return tokenizer.next(Mode.Command);
  }

  /**
   * Consumes the closer of a bracketed list (`)`, `}`) and returns where the list ends; when it is
   * missing, reports `code` at the opener and ends the list at its last item (or the opener).
   */
  close(closer: TokenKind, open: Token, items: readonly NodeBase[], code: string, message: string): number {
    const close = this.peek(Mode.Command);
    if (close.kind === closer) {
      this.skip();
      return close.end;
    }
    this.error(open.start, open.end, code, message);
    return items.length > 0 ? items[items.length - 1]!.end : open.end;
  }

  /**
   * After an item of a `(a, b, …)` argument list: `more` when a comma follows (consumed),
   * `closed` when `)` does (consumed: `lastEnd` is its end), `broken` otherwise.
   */
  afterListItem(): 'more' | 'closed' | 'broken' {
    this.skipNewlines(Mode.Expression);
    const separator = this.peek(Mode.Expression);
    if (separator.kind === TokenKind.Comma) {
      this.skip();
      this.skipNewlines(Mode.Expression);
      return 'more';
    }
    if (separator.kind !== TokenKind.RParen) return 'broken';
    this.skip();
    return 'closed';
  }

  slice(token: { start: number; end: number }): string {
    return this.text.slice(token.start, token.end);
  }

  /** A token's text for a message: cut after SHOWN_LENGTH characters, so a 2 MB word makes no 2 MB message (one per error). */
  shown(token: { start: number; end: number }): string {
    return token.end - token.start <= SHOWN_LENGTH ? this.slice(token) : `${this.text.slice(token.start, token.start + SHOWN_LENGTH)}…`;
  }
}

/** How much of a token a syntax error quotes. */
const SHOWN_LENGTH = 80;
