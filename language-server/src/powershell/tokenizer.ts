// PowerShell's tokenizer, hand-written after the language specification (§2.3) and the behaviour
// of PowerShell's own scanner. The parser drives it: what a character sequence means depends on
// the mode (command mode scans `Get-Mailbox`, `-Identity` and `mail.contoso.com` as one token each;
// expression mode scans `$a-1` as `$a`, `-1`). Every scanned character ends up in `tokens`,
// whitespace and comments included, so the list covers the text exactly.
import {
  DIGIT,
  EOF,
  FORCE_NEW_TOKEN,
  IDENTIFIER_START,
  TRAITS,
  WHITESPACE,
  endsNumberInExpression,
  forcesNewToken,
  isDash,
  isDigit,
  isDoubleQuote,
  isHexDigit,
  isIdentifierFollow,
  isIdentifierStart,
  isLetter,
  isLetterOrDigit,
  isNewline,
  isSingleQuote,
  isVariableStart,
  isWhitespace,
} from './chars.js';
import { StringScanner } from './scan-strings.js';
import { Mode } from './scanner-core.js';
import { DASH_OPERATORS, KEYWORDS, TokenFlags, TokenKind, type StringPart, type Token } from './token-kinds.js';
import type { TokenList } from './token-list.js';

export { Mode } from './scanner-core.js';

export class Tokenizer extends StringScanner {
  /** Forgets everything scanned at or after `offset` and continues from there. */
  reset(offset: number): void {
    const { problems } = this;
    this.tokens.truncateAt(offset);
    while (problems.length > 0 && problems[problems.length - 1]!.span.start >= offset) problems.pop();
    this.pos = offset;
  }

  /** The next significant token (newlines are significant); trivia before it is recorded. */
  next(mode: Mode, signedNumbers = false): Token {
    this.mode = mode;
    const { text, end } = this;
    for (;;) {
      const start = this.pos;
      if (start >= end) return { kind: TokenKind.EndOfInput, start: end, end, flags: 0, value: undefined, parts: undefined };
      const c = text.charCodeAt(start);
      // Words and spaces first: they are most tokens, and a switch reaches its default case last.
      if (c < 128) {
        const traits = TRAITS[c]!;
        if ((traits & IDENTIFIER_START) !== 0) return this.identifier(start);
        if ((traits & WHITESPACE) !== 0) {
          this.whitespace(start);
          continue;
        }
      }
      switch (c) {
        case 32:
        case 9:
        case 11:
        case 12:
        case 0xa0:
        case 0x85:
          this.whitespace(start);
          continue;
        case 10:
          return this.emit(TokenKind.NewLine, start, start + 1);
        case 13:
          return this.emit(TokenKind.NewLine, start, text.charCodeAt(start + 1) === 10 ? start + 2 : start + 1);
        case 35: // #
          this.lineComment(start);
          continue;
        case 96: {
          // backtick
          const next = this.at(start + 1);
          if (isNewline(next)) {
            const after = next === 13 && this.at(start + 2) === 10 ? start + 3 : start + 2;
            this.trivia(TokenKind.LineContinuation, start, after);
            continue;
          }
          if (next === EOF) {
            this.problem(start, start + 1, 'IncompleteString', 'The script ends with a backtick (`) that escapes nothing.');
            this.trivia(TokenKind.LineContinuation, start, start + 1);
            continue;
          }
          if (isWhitespace(next)) {
            this.whitespace(start + 1, start);
            continue;
          }
          return this.generic(start, start + 1 + (next >= 0xd800 && next <= 0xdbff ? 2 : 1));
        }
        case 39:
        case 0x2018:
        case 0x2019:
        case 0x201a:
        case 0x201b:
          return this.singleQuoted(start);
        case 34:
        case 0x201c:
        case 0x201d:
        case 0x201e:
          return this.doubleQuoted(start);
        case 64: // @
          return this.at_(start);
        case 61: // =
          return this.operator(start, 1, TokenKind.Assignment, '=');
        case 43: {
          // +
          const next = this.at(start + 1);
          if (next === 43) return this.operator(start, 2, TokenKind.PlusPlus);
          if (next === 61) return this.operator(start, 2, TokenKind.Assignment, '+=');
          if (signedNumbers && (isDigit(next) || next === 46)) return this.number(start);
          return this.operator(start, 1, TokenKind.Plus);
        }
        case 45:
        case 0x2013:
        case 0x2014:
        case 0x2015:
          return this.dash(start, signedNumbers);
        case 42: {
          // *
          const next = this.at(start + 1);
          if (next === 61) return this.operator(start, 2, TokenKind.Assignment, '*=');
          if (next === 62) {
            const after = this.at(start + 2);
            if (after === 62) return this.emit(TokenKind.Redirection, start, start + 3, TokenFlags.FileRedirection);
            if (after === 38 && this.at(start + 3) === 49) return this.emit(TokenKind.Redirection, start, start + 4);
            return this.emit(TokenKind.Redirection, start, start + 2, TokenFlags.FileRedirection);
          }
          return this.operator(start, 1, TokenKind.Multiply);
        }
        case 47: // /
          if (this.at(start + 1) === 61) return this.operator(start, 2, TokenKind.Assignment, '/=');
          return this.operator(start, 1, TokenKind.Divide);
        case 37: // %
          if (this.at(start + 1) === 61) return this.operator(start, 2, TokenKind.Assignment, '%=');
          return this.operator(start, 1, TokenKind.Rem);
        case 36: // $
          if (this.at(start + 1) === 40) return this.emit(TokenKind.DollarParen, start, start + 2);
          return this.variable(start, start + 1, false);
        case 60: // <
          if (this.at(start + 1) === 35) {
            this.blockComment(start);
            continue;
          }
          return this.emit(TokenKind.RedirectInStd, start, start + 1);
        case 62: // >
          if (this.at(start + 1) === 62) return this.emit(TokenKind.Redirection, start, start + 2, TokenFlags.FileRedirection);
          return this.emit(TokenKind.Redirection, start, start + 1, TokenFlags.FileRedirection);
        case 40:
          return this.emit(TokenKind.LParen, start, start + 1);
        case 41:
          return this.emit(TokenKind.RParen, start, start + 1);
        case 91: // [
          if (mode === Mode.Command && !forcesNewToken(this.at(start + 1))) return this.generic(start, start + 1);
          return this.emit(TokenKind.LBracket, start, start + 1);
        case 93:
          return this.emit(TokenKind.RBracket, start, start + 1);
        case 123:
          return this.emit(TokenKind.LCurly, start, start + 1);
        case 125:
          return this.emit(TokenKind.RCurly, start, start + 1);
        case 46:
          return this.dot(start);
        case 59:
          return this.emit(TokenKind.Semi, start, start + 1);
        case 44:
          return this.emit(TokenKind.Comma, start, start + 1);
        case 49:
        case 50:
        case 51:
        case 52:
        case 53:
        case 54:
          if (this.at(start + 1) === 62) return this.streamRedirection(start);
          return this.number(start);
        case 48:
        case 55:
        case 56:
        case 57:
          return this.number(start);
        case 38: // &
          if (this.at(start + 1) === 38) return this.emit(TokenKind.AndAnd, start, start + 2);
          return this.emit(TokenKind.Ampersand, start, start + 1);
        case 124: // |
          if (this.at(start + 1) === 124) return this.emit(TokenKind.OrOr, start, start + 2);
          return this.emit(TokenKind.Pipe, start, start + 1);
        case 33: {
          // !
          const next = this.at(start + 1);
          if ((mode === Mode.Command && !forcesNewToken(next)) || (mode === Mode.Expression && isIdentifierStart(next))) {
            return this.generic(start, start + 1);
          }
          return this.emit(TokenKind.Exclaim, start, start + 1);
        }
        case 58: // :
          return this.colon(start);
        case 63: // ?
          if (mode === Mode.Expression) {
            if (this.at(start + 1) === 63) {
              if (this.at(start + 2) === 61) return this.emit(TokenKind.Assignment, start, start + 3, 0, '??=');
              return this.emit(TokenKind.QuestionQuestion, start, start + 2);
            }
            return this.emit(TokenKind.QuestionMark, start, start + 1);
          }
          return this.generic(start, start + 1);
        default:
          if (isIdentifierStart(c)) return this.identifier(start);
          if (isWhitespace(c)) {
            this.whitespace(start);
            continue;
          }
          return this.generic(start, start + 1);
      }
    }
  }

  /** `.`, `::`, `[`, `?.` or `?[` right at the current position (no whitespace allowed before them). */
  memberAccess(mode: Mode): Token | null {
    const start = this.pos;
    const c = this.at(start);
    const next = this.at(start + 1);
    const endsHere = (code: number) => code === EOF || isWhitespace(code) || isNewline(code);
    if (c === 46) {
      if (next === 46 || (mode === Mode.Command && endsHere(next))) return null;
      return this.emit(TokenKind.Dot, start, start + 1);
    }
    if (c === 58 && next === 58) {
      if (mode === Mode.Command && endsHere(this.at(start + 2))) return null;
      return this.emit(TokenKind.ColonColon, start, start + 2);
    }
    if (c === 91) return this.emit(TokenKind.LBracket, start, start + 1);
    if (c === 63 && next === 46) return this.emit(TokenKind.QuestionDot, start, start + 2);
    if (c === 63 && next === 91) return this.emit(TokenKind.QuestionLBracket, start, start + 2);
    return null;
  }

  /** `(` or `{` right after a member name: a method call (`$list.Add(1)`, `$items.Where{ … }`). */
  invocationOpen(): Token | null {
    const c = this.at(this.pos);
    if (c === 40) return this.emit(TokenKind.LParen, this.pos, this.pos + 1);
    if (c === 123) return this.emit(TokenKind.LCurly, this.pos, this.pos + 1);
    return null;
  }

  /** The character at the scanner's position (-1 at the end). */
  char(): number {
    return this.at(this.pos);
  }

  /** The one-character token at the scanner's position. */
  punctuation(kind: TokenKind): Token {
    return this.emit(kind, this.pos, this.pos + 1);
  }

  /** A type name inside `[…]`: `System.Collections.Generic.List`, `Microsoft.Exchange.Data.ByteQuantifiedSize`. */
  typeName(): Token | null {
    this.skipSpaces();
    const start = this.pos;
    let position = start;
    for (;;) {
      const c = this.at(position);
      if (c === 46 || c === 96 || c === 95 || c === 43 || c === 35 || c === 92 || (c !== EOF && isLetterOrDigit(c))) position++;
      else break;
    }
    if (position === start) return null;
    return this.emit(TokenKind.Identifier, start, position);
  }

  /** Whitespace and comments only (no newlines), then the position. */
  skipSpaces(): number {
    for (;;) {
      const start = this.pos;
      const c = this.at(start);
      if (c === EOF) return start;
      if (isWhitespace(c)) this.whitespace(start);
      else if (c === 96 && isNewline(this.at(start + 1))) {
        const after = this.at(start + 1) === 13 && this.at(start + 2) === 10 ? start + 3 : start + 2;
        this.trivia(TokenKind.LineContinuation, start, after);
      } else if (c === 60 && this.at(start + 1) === 35) this.blockComment(start);
      else if (c === 35) this.lineComment(start);
      else return start;
    }
  }

  /** Everything from the position to the end as one token (the parser gave up on it). */
  skipRest(): void {
    if (this.pos < this.end) this.trivia(TokenKind.Unknown, this.pos, this.end, TokenFlags.InError);
  }

  /** The rest of the line after `--%`, passed to a native program as is. */
  verbatimArgument(): Token | null {
    this.skipSpaces();
    const start = this.pos;
    let position = start;
    let quoted = false;
    for (;;) {
      const c = this.at(position);
      if (c === EOF || isNewline(c)) break;
      if (isDoubleQuote(c)) quoted = !quoted;
      else if (!quoted && (c === 124 || (c === 38 && this.at(position + 1) === 38))) break;
      position++;
    }
    if (position === start) return null;
    return this.emit(TokenKind.Generic, start, position);
  }

  protected whitespace(from: number, start = from): void {
    const { text, end } = this;
    let position = from;
    while (position < end) {
      const c = text.charCodeAt(position);
      if (c < 128 ? (TRAITS[c]! & WHITESPACE) === 0 : !isWhitespace(c)) break;
      position++;
    }
    this.trivia(TokenKind.Whitespace, start, position);
  }

  protected lineComment(start: number): void {
    const { text, end } = this;
    let position = start + 1;
    while (position < end) {
      const c = text.charCodeAt(position);
      if (c === 10 || c === 13) break;
      position++;
    }
    this.trivia(TokenKind.LineComment, start, position);
  }

  protected blockComment(start: number): void {
    const close = this.text.indexOf('#>', start + 2);
    if (close < 0 || close + 2 > this.end) {
      this.problem(start, start + 2, 'MissingEndMultiLineComment', "The block comment is missing its closing '#>'.");
      this.trivia(TokenKind.BlockComment, start, this.end, TokenFlags.InError);
      return;
    }
    this.trivia(TokenKind.BlockComment, start, close + 2);
  }

  /** `=`, `+`, `-` … are operators; in command mode, followed by more characters, they start a bareword (`+x`, `=foo`). */
  protected operator(start: number, length: number, kind: TokenKind, value?: string): Token {
    if (this.mode === Mode.Command && !forcesNewToken(this.at(start + length))) return this.generic(start, start + length);
    return this.emit(kind, start, start + length, 0, value);
  }

  protected dash(start: number, signedNumbers: boolean): Token {
    const next = this.at(start + 1);
    if (isDash(next)) return this.operator(start, 2, TokenKind.MinusMinus);
    if (next === 61) return this.operator(start, 2, TokenKind.Assignment, '-=');
    if (next !== EOF && (isLetter(next) || next === 95 || next === 63)) return this.parameter(start);
    if (signedNumbers && (isDigit(next) || next === 46)) return this.number(start);
    return this.operator(start, 1, TokenKind.Minus);
  }

  protected parameter(start: number): Token {
    const command = this.mode === Mode.Command;
    let position = start + 1;
    let colon = false;
    for (;;) {
      const c = this.at(position);
      if (c === EOF || isWhitespace(c)) break;
      if (c === 123 || c === 125 || c === 40 || c === 41 || c === 59 || c === 44 || c === 124 || c === 38 || c === 46 || c === 91 || c === 10 || c === 13) break;
      if (c === 58) {
        colon = true;
        if (command) position++;
        break;
      }
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        position++;
        continue;
      }
      if (isSingleQuote(c) || isDoubleQuote(c)) {
        if (command) return this.generic(start, position);
        break;
      }
      if (!command) break;
      position++;
    }
    const nameEnd = colon && command ? position - 1 : position;
    if (!command) {
      const name = this.text.slice(start + 1, nameEnd).toLowerCase();
      if (DASH_OPERATORS.has(name)) return this.emit(TokenKind.Operator, start, position, 0, name);
    }
    if (nameEnd === start + 1) return this.emit(TokenKind.Minus, start, start + 1);
    return this.emit(TokenKind.Parameter, start, position, colon && command ? TokenFlags.Colon : 0);
  }

  protected dot(start: number): Token {
    const next = this.at(start + 1);
    const command = this.mode === Mode.Command;
    if (next === 46) {
      if (command && !forcesNewToken(this.at(start + 2))) return this.generic(start, start + 2);
      return this.emit(TokenKind.DotDot, start, start + 2);
    }
    if (isDigit(next)) return this.number(start);
    if (command && !forcesNewToken(next) && next !== 36 && next !== 34 && next !== 39) return this.generic(start, start + 1);
    return this.emit(TokenKind.Dot, start, start + 1);
  }

  protected colon(start: number): Token {
    const command = this.mode === Mode.Command;
    if (this.at(start + 1) === 58) {
      if (command && !forcesNewToken(this.at(start + 2))) return this.generic(start, start + 2);
      return this.emit(TokenKind.ColonColon, start, start + 2);
    }
    if (!command) return this.emit(TokenKind.Colon, start, start + 1);
    if (!isIdentifierStart(this.at(start + 1))) return this.generic(start, start + 1);
    let position = start + 2;
    while (isIdentifierFollow(this.at(position))) position++;
    if (!forcesNewToken(this.at(position))) return this.generic(start, position);
    return this.emit(TokenKind.Label, start, position);
  }

  protected identifier(start: number): Token {
    const { text, end } = this;
    let position = start + 1;
    let c = -1;
    while (position < end) {
      c = text.charCodeAt(position);
      if (c < 128 ? (TRAITS[c]! & (IDENTIFIER_START | DIGIT)) === 0 : !isIdentifierFollow(c)) break;
      position++;
      c = -1;
    }
    if (this.mode === Mode.Command) {
      if (c >= 0 && (c < 128 ? (TRAITS[c]! & FORCE_NEW_TOKEN) === 0 : !isWhitespace(c))) return this.generic(start, position);
      const length = position - start;
      if (length >= 2 && length <= 13) {
        const keyword = KEYWORDS.get(text.slice(start, position).toLowerCase());
        if (keyword !== undefined) return this.emit(TokenKind.Keyword, start, position, 0, keyword);
      }
    }
    return this.emit(TokenKind.Identifier, start, position);
  }

  /** `2>`, `2>>`, `2>&1`, `3>&1` … (the digit and `>` are already known). */
  protected streamRedirection(start: number): Token {
    const after = this.at(start + 2);
    if (after === 62) return this.emit(TokenKind.Redirection, start, start + 3, TokenFlags.FileRedirection);
    if (after === 38) {
      const target = this.at(start + 3);
      if (target === 49 || target === 50) return this.emit(TokenKind.Redirection, start, start + 4);
    }
    return this.emit(TokenKind.Redirection, start, start + 2, TokenFlags.FileRedirection);
  }

  /** `@{`, `@(`, here-strings, `@splat`. */
  protected at_(start: number): Token {
    const next = this.at(start + 1);
    if (next === 123) return this.emit(TokenKind.AtCurly, start, start + 2);
    if (next === 40) return this.emit(TokenKind.AtParen, start, start + 2);
    if (next !== EOF && isSingleQuote(next)) return this.hereString(start, false);
    if (next !== EOF && isDoubleQuote(next)) return this.hereString(start, true);
    if (next !== EOF && isVariableStart(next)) return this.variable(start, start + 1, true);
    this.problem(start, start + 1, 'UnrecognizedToken', "Unrecognized token: '@' must start a hashtable @{}, an array @(), a here-string or a splatted variable.");
    return this.emit(TokenKind.Unknown, start, start + 1, TokenFlags.InError);
  }

  protected number(start: number): Token {
    const end = this.numberEnd(start);
    if (end < 0) return this.generic(start, start + 1);
    return this.emit(TokenKind.Number, start, end);
  }

  /** Where the number starting at `start` ends, or -1 when the characters are not a number here (`7z`, `10.0.0.1`). */
  protected numberEnd(start: number): number {
    let position = start;
    let c = this.at(position);
    if (isDash(c) || c === 43) c = this.at(++position);
    if (c === 46) {
      position = this.afterDot(position + 1);
    } else if (c === 48 && (this.at(position + 1) | 32) === 120) {
      position += 2;
      const digits = position;
      while (isHexDigit(this.at(position))) position++;
      if (position === digits) return -1;
    } else if (c === 48 && (this.at(position + 1) | 32) === 98) {
      position += 2;
      const digits = position;
      while (this.at(position) === 48 || this.at(position) === 49) position++;
      if (position === digits) return -1;
    } else {
      while (isDigit(this.at(position))) position++;
      const after = this.at(position);
      if (after === 46 && this.at(position + 1) !== 46) position = this.afterDot(position + 1);
      else if ((after | 32) === 101) position = this.exponent(position + 1);
    }
    if (position < 0) return -1;
    let suffix = this.at(position) | 32;
    if (suffix === 100 || suffix === 108 || suffix === 117 || suffix === 115 || suffix === 121 || suffix === 110) {
      position++;
      if (suffix === 117) {
        const second = this.at(position) | 32;
        if (second === 108 || second === 115 || second === 121) position++;
      }
      suffix = this.at(position) | 32;
    }
    if (suffix === 107 || suffix === 109 || suffix === 103 || suffix === 116 || suffix === 112) {
      if ((this.at(position + 1) | 32) !== 98) return -1;
      position += 2;
    }
    const next = this.at(position);
    if (!forcesNewToken(next) && !(this.mode === Mode.Expression && endsNumberInExpression(next))) return -1;
    return position;
  }

  protected afterDot(from: number): number {
    let position = from;
    while (isDigit(this.at(position))) position++;
    if ((this.at(position) | 32) === 101) return this.exponent(position + 1);
    return position;
  }

  protected exponent(from: number): number {
    let position = from;
    const sign = this.at(position);
    if (sign === 43 || isDash(sign)) position++;
    const digits = position;
    while (isDigit(this.at(position))) position++;
    return position === digits ? -1 : position;
  }

  /** `$name`, `${any name}`, `$env:Path`, `$_`, `$$`, `$?`, `$^`, `@splat`. */
  protected variable(start: number, from: number, splatted: boolean): Token {
    const command = this.mode === Mode.Command;
    const first = this.at(from);
    if (first === 123 && !splatted) {
      const end = this.bracedVariableEnd(from, false);
      if (command) {
        const next = this.at(end);
        if (!forcesNewToken(next) && next !== 46 && next !== 91) return this.generic(start, start);
      }
      return this.emit(TokenKind.Variable, start, end);
    }
    if (!isVariableStart(first)) return this.generic(start, from);
    let position = from + 1;
    if (first === 36 || first === 63 || first === 94) {
      if (command && !forcesNewToken(this.at(position))) return this.generic(start, start);
    } else {
      for (;;) {
        const c = this.at(position);
        if (c === EOF) break;
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 63) {
          position++;
          continue;
        }
        if (c === 58) {
          if (this.at(position + 1) === 58) break;
          position++;
          continue;
        }
        if (c > 127 && isLetterOrDigit(c)) {
          position++;
          continue;
        }
        // `$name"text"`, `$a-b`: in command mode the whole word is one expandable bareword.
        if (command && !forcesNewToken(c) && c !== 46 && c !== 91 && c !== 61) return this.generic(start, start);
        break;
      }
    }
    this.checkDrive(start, position);
    return this.emit(splatted ? TokenKind.SplattedVariable : TokenKind.Variable, start, position);
  }

  /** `$env:` with nothing after the colon: PowerShell refuses it (also inside strings: `"$server: down"`). */
  /**
   * The last word of plain characters (no quote, `$` or backtick) scanned from `plainFrom`: a word
   * starting anywhere inside it ends where it did. The parser, recovering from an error, asks for
   * the command-mode word at every dot of `5.5.5.5…`; scanning it each time was quadratic.
   */
  private plainFrom = -1;
  private plainEnd = -1;

  protected generic(start: number, from: number): Token {
    if (this.plainFrom >= 0 && from >= this.plainFrom && from <= this.plainEnd) return this.emit(TokenKind.Generic, start, this.plainEnd);
    const { text, end } = this;
    let position = from;
    let parts: StringPart[] | undefined;
    let plain = true;
    while (position < end) {
      const c = text.charCodeAt(position);
      if (c < 128) {
        if ((TRAITS[c]! & FORCE_NEW_TOKEN) !== 0) break;
        if (c === 96) {
          plain = false;
          position += position + 1 < end ? 2 : 1;
        } else if (c === 39) {
          plain = false;
          position = this.singleQuotedEnd(position);
        } else if (c === 34) {
          plain = false;
          parts ??= [];
          position = this.doubleQuotedEnd(position, parts);
        } else if (c === 36) {
          plain = false;
          parts ??= [];
          position = this.dollarInString(position, parts, false);
        } else {
          position++;
        }
      } else if (isWhitespace(c)) {
        break;
      } else if (isSingleQuote(c)) {
        plain = false;
        position = this.singleQuotedEnd(position);
      } else if (isDoubleQuote(c)) {
        plain = false;
        parts ??= [];
        position = this.doubleQuotedEnd(position, parts);
      } else {
        position++;
      }
    }
    if (plain) {
      this.plainFrom = from;
      this.plainEnd = position;
    }
    if (parts && parts.length > 0) return this.emit(TokenKind.Generic, start, position, TokenFlags.Expandable, undefined, parts);
    return this.emit(TokenKind.Generic, start, position);
  }

}

/** Every token of `text` scanned in one mode: for tests and the benchmark of the scanner alone. */
export function scanAll(text: string, mode: Mode): TokenList {
  const tokenizer = new Tokenizer(text);
  while (tokenizer.next(mode).kind !== TokenKind.EndOfInput);
  return tokenizer.tokens;
}
