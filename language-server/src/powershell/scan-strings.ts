// Strings as PowerShell scans them: '…' with doubled quotes, "…" with escapes, `$var`, `${…}`
// and `$(…)` inside, and the here-strings @'…'@ and @"…"@.
import { EOF, isDoubleQuote, isLetterOrDigit, isNewline, isSingleQuote, isVariableStart, isWhitespace } from './chars.js';
import { ScannerCore } from './scanner-core.js';
import { TokenFlags, TokenKind, type StringPart, type Token } from './token-kinds.js';

export abstract class StringScanner extends ScannerCore {
  protected checkDrive(start: number, end: number): void {
    if (this.text.charCodeAt(end - 1) !== 58) return;
    this.problem(
      start,
      end,
      'InvalidVariableReferenceWithDrive',
      "Variable reference is not valid: ':' was not followed by a valid variable name character. Use ${name} to delimit the name.",
    );
  }

  /** End of `${…}` (`from` is at `{`). */
  protected bracedVariableEnd(from: number, inString: boolean): number {
    let position = from + 1;
    for (;;) {
      const c = this.at(position);
      if (c === EOF) {
        this.problem(from - 1, position, 'IncompleteDollarVariableReference', "The variable reference is missing its closing '}'.");
        return position;
      }
      if (c === 125) return position + 1;
      if (c === 96) position += 2;
      else if (inString && isDoubleQuote(c) && isDoubleQuote(this.at(position + 1))) position += 2;
      else position++;
    }
  }

  /**
   * A bareword: a command name or argument. It runs to whitespace or one of `{}();,|&`, and may
   * hold quoted parts (`a'b c'`), escapes and `$var`/`$(…)` (then it is expandable).
   */
  protected singleQuoted(start: number): Token {
    const end = this.singleQuotedEnd(start);
    return this.emit(TokenKind.StringLiteral, start, end, this.lastUnterminated === start ? TokenFlags.InError : 0);
  }

  protected doubleQuoted(start: number): Token {
    const parts: StringPart[] = [];
    const end = this.doubleQuotedEnd(start, parts);
    const flags = (parts.length > 0 ? TokenFlags.Expandable : 0) | (this.lastUnterminated === start ? TokenFlags.InError : 0);
    return this.emit(TokenKind.StringExpandable, start, end, flags, undefined, parts.length > 0 ? parts : undefined);
  }

  protected lastUnterminated = -1;

  /**
   * End of `'…'` starting at `start`. An unterminated string is reported and, so that one missing
   * quote does not swallow the rest of the file, ends at the end of its line.
   */
  protected singleQuotedEnd(start: number): number {
    const { text, end } = this;
    let position = start + 1;
    while (position < end) {
      const c = text.charCodeAt(position);
      if (c === 39 || (c > 127 && isSingleQuote(c))) {
        const next = position + 1 < end ? text.charCodeAt(position + 1) : EOF;
        if (next === 39 || (next > 127 && isSingleQuote(next))) position += 2;
        else return position + 1;
      } else position++;
    }
    return this.unterminated(start, "'");
  }

  protected doubleQuotedEnd(start: number, parts: StringPart[]): number {
    const { text, end } = this;
    let position = start + 1;
    while (position < end) {
      const c = text.charCodeAt(position);
      if (c === 34 || (c > 127 && isDoubleQuote(c))) {
        const next = position + 1 < end ? text.charCodeAt(position + 1) : EOF;
        if (next === 34 || (next > 127 && isDoubleQuote(next))) position += 2;
        else return position + 1;
      } else if (c === 96) {
        position += position + 1 < end ? 2 : 1;
      } else if (c === 36) {
        position = this.dollarInString(position, parts, false);
      } else position++;
    }
    return this.unterminated(start, '"');
  }

  protected unterminated(start: number, quote: string): number {
    this.lastUnterminated = start;
    this.problem(start, start + 1, 'TerminatorExpectedAtEndOfString', `The string is missing the terminator: ${quote}.`);
    let position = start + 1;
    while (position < this.end && !isNewline(this.text.charCodeAt(position))) position++;
    return position;
  }

  /** At `$` inside an expandable string: the end of `$var`, `${var}` or `$(…)`, or `position + 1` for a lone `$`. */
  protected dollarInString(position: number, parts: StringPart[], hereString: boolean): number {
    const next = this.at(position + 1);
    if (next === 40) {
      const end = this.subexpressionEnd(position, hereString);
      parts.push({ kind: 'subexpression', start: position, end });
      return end;
    }
    if (next === 123) {
      const end = this.bracedVariableEnd(position + 1, true);
      parts.push({ kind: 'braced', start: position, end });
      return end;
    }
    if (next === EOF || !isVariableStart(next)) return position + 1;
    let end = position + 2;
    if (next !== 36 && next !== 63 && next !== 94) {
      for (;;) {
        const c = this.at(end);
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 63) end++;
        else if (c === 58 && this.at(end + 1) !== 58) end++;
        else if (c > 127 && isLetterOrDigit(c)) end++;
        else break;
      }
    }
    this.checkDrive(position, end);
    parts.push({ kind: 'variable', start: position, end });
    return end;
  }

  /**
   * `$(…)` inside a string. Like PowerShell, this only counts parentheses (a `)` inside a nested
   * string closes it too); the parser parses the inside afterwards.
   */
  protected subexpressionEnd(start: number, hereString: boolean): number {
    let depth = 1;
    let position = start + 2;
    for (;;) {
      const c = this.at(position);
      if (c === EOF) {
        this.problem(start, start + 2, 'IncompleteDollarSubexpressionReference', "The subexpression $( is missing its closing ')'.");
        return position;
      }
      if (c === 40) depth++;
      else if (c === 41) {
        if (--depth === 0) return position + 1;
      } else if ((c === 96 || isDoubleQuote(c)) && !hereString && isDoubleQuote(this.at(position + 1))) {
        position += 2;
        continue;
      }
      position++;
    }
  }

  /** `@'…'@` and `@"…"@`: the header ends its line, the footer starts one. */
  protected hereString(start: number, expandable: boolean): Token {
    const kind = expandable ? TokenKind.HereStringExpandable : TokenKind.HereStringLiteral;
    const isQuote = expandable ? isDoubleQuote : isSingleQuote;
    const footer = expandable ? '"@' : "'@";
    let position = start + 2;
    while (isWhitespace(this.at(position))) position++;
    const afterHeader = this.at(position);
    if (afterHeader === EOF) {
      this.problem(start, start + 2, 'TerminatorExpectedAtEndOfString', `The here-string is missing its terminator ${footer}.`);
      return this.emit(kind, start, position, TokenFlags.InError);
    }
    if (!isNewline(afterHeader)) {
      this.problem(position, position + 1, 'UnexpectedCharactersAfterHereStringHeader', 'No characters are allowed after a here-string header but before the end of the line.');
      while (this.at(position) !== EOF && !isNewline(this.at(position))) {
        if (isQuote(this.at(position)) && this.at(position + 1) === 64) {
          position += 2;
          break;
        }
        position++;
      }
      return this.emit(kind, start, position, TokenFlags.InError);
    }
    position += afterHeader === 13 && this.at(position + 1) === 10 ? 2 : 1;
    const parts: StringPart[] = [];
    let indentedFooter = -1;
    for (;;) {
      // At the start of a line: the footer?
      const first = this.at(position);
      if (isQuote(first) && this.at(position + 1) === 64) {
        position += 2;
        break;
      }
      let scan = position;
      while (isWhitespace(this.at(scan))) scan++;
      if (scan > position && isQuote(this.at(scan)) && this.at(scan + 1) === 64 && indentedFooter < 0) indentedFooter = scan;
      // The rest of the line.
      let c = this.at(position);
      while (c !== EOF && !isNewline(c)) {
        if (expandable && c === 36) position = this.dollarInString(position, parts, true);
        else if (expandable && c === 96 && this.at(position + 1) !== EOF) position += 2;
        else position++;
        c = this.at(position);
      }
      if (c === EOF) {
        if (indentedFooter >= 0) {
          this.problem(indentedFooter, indentedFooter + 2, 'WhitespaceBeforeHereStringFooter', `White space is not allowed before the here-string terminator ${footer}.`);
        } else {
          this.problem(start, start + 2, 'TerminatorExpectedAtEndOfString', `The here-string is missing its terminator ${footer}.`);
        }
        return this.emit(kind, start, position, TokenFlags.InError, undefined, parts.length > 0 ? parts : undefined);
      }
      position += c === 13 && this.at(position + 1) === 10 ? 2 : 1;
    }
    const flags = parts.length > 0 ? TokenFlags.Expandable : 0;
    return this.emit(kind, start, position, flags, undefined, parts.length > 0 ? parts : undefined);
  }
}
