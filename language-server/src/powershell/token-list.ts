// The token list in typed arrays: a 5,000-line script has ~50,000 tokens, and keeping them as
// objects made the garbage collector the biggest cost of a parse. The parser works with
// short-lived Token objects; this list keeps what stays (kind, offsets, flags).
import type { Token, TokenKind } from './token-kinds.js';

export class TokenList implements Iterable<Token> {
  private kinds: Uint8Array;
  private flagBits: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.kinds = new Uint8Array(capacity);
    this.flagBits = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(kind: TokenKind, start: number, end: number, flags: number): void {
    if (this.length === this.kinds.length) this.grow();
    const index = this.length++;
    this.kinds[index] = kind;
    this.flagBits[index] = flags;
    this.starts[index] = start;
    this.ends[index] = end;
  }

  /** Drops every token that starts at or after `offset` (they are about to be scanned again). */
  truncateAt(offset: number): void {
    while (this.length > 0 && this.starts[this.length - 1]! >= offset) this.length--;
  }

  kind(index: number): TokenKind {
    return this.kinds[index] as TokenKind;
  }

  start(index: number): number {
    return this.starts[index]!;
  }

  end(index: number): number {
    return this.ends[index]!;
  }

  flags(index: number): number {
    return this.flagBits[index]!;
  }

  at(index: number): Token {
    return { kind: this.kind(index), start: this.start(index), end: this.end(index), flags: this.flags(index), value: undefined, parts: undefined };
  }

  *[Symbol.iterator](): Iterator<Token> {
    for (let index = 0; index < this.length; index++) yield this.at(index);
  }

  private grow(): void {
    const size = this.kinds.length * 2;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const flags = new Uint8Array(size);
    flags.set(this.flagBits);
    this.flagBits = flags;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
  }
}
