// The kinds of tokens, and the operator and keyword tables of the PowerShell language.

export enum TokenKind {
  // Trivia: kept in the token list (lossless), skipped by the parser.
  Whitespace,
  LineComment,
  BlockComment,
  /** A backtick before a newline. */
  LineContinuation,

  NewLine,
  EndOfInput,
  Semi,
  Comma,
  LParen,
  RParen,
  LCurly,
  RCurly,
  LBracket,
  RBracket,
  /** `@(` */
  AtParen,
  /** `@{` */
  AtCurly,
  /** `$(` */
  DollarParen,
  Pipe,
  OrOr,
  AndAnd,
  Ampersand,
  Dot,
  DotDot,
  ColonColon,
  Colon,
  QuestionMark,
  QuestionDot,
  QuestionLBracket,
  Exclaim,

  Variable,
  /** `@name` */
  SplattedVariable,
  Number,
  StringLiteral,
  StringExpandable,
  HereStringLiteral,
  HereStringExpandable,
  /** A command-mode bareword: a command name or argument (`Get-Mailbox`, `mail.contoso.com`, `IIS:\AppPools`). */
  Generic,
  /** A simple name (`foo`), in expression mode or when a keyword-like word ends at a delimiter. */
  Identifier,
  Keyword,
  /** `-Name` or `-Name:` in command mode. */
  Parameter,
  /** `:outer` before a loop. */
  Label,
  /** `-eq`, `-f`, `-not`, … (token `value` holds the lower-case name without the dash). */
  Operator,
  /** `=`, `+=`, `-=`, `*=`, `/=`, `%=`, `??=` */
  Assignment,
  PlusPlus,
  MinusMinus,
  Plus,
  Minus,
  Multiply,
  Divide,
  Rem,
  QuestionQuestion,
  /** `>`, `>>`, `2>`, `2>&1`, `*>` … */
  Redirection,
  /** `<` (reserved by PowerShell). */
  RedirectInStd,
  /** `--%`: the rest of the line is passed as is. */
  StopParsing,
  Unknown,
}

export const TokenFlags = {
  None: 0,
  /** Parameter written with a trailing colon (`-Name:value`). */
  Colon: 1,
  /** A string or bareword with `$var` or `$(…)` inside. */
  Expandable: 2,
  /** The scanner reported an error inside this token. */
  InError: 4,
  /** A file redirection (takes a target) rather than a merge (`2>&1`). */
  FileRedirection: 8,
} as const;

/** A `$var` or `$(…)` inside an expandable string or bareword. */
export interface StringPart {
  readonly kind: 'variable' | 'subexpression' | 'braced';
  readonly start: number;
  readonly end: number;
}

export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  readonly flags: number;
  /** Keyword and operator: the lower-case name; assignment: the operator text. */
  readonly value?: string;
  readonly parts?: readonly StringPart[];
}

export const BINARY_PRECEDENCE = {
  coalesce: 1,
  logical: 2,
  bitwise: 3,
  comparison: 4,
  additive: 5,
  multiplicative: 6,
  format: 7,
  range: 8,
} as const;

const COMPARISON = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'replace', 'contains', 'notcontains', 'in', 'notin', 'split'];

export interface OperatorInfo {
  /** Binary precedence, 0 for unary-only operators. */
  readonly binary: number;
  readonly unary: boolean;
}

/** Operators written as `-name`. */
export const DASH_OPERATORS: ReadonlyMap<string, OperatorInfo> = new Map<string, OperatorInfo>([
  ...COMPARISON.flatMap((name) => ['', 'i', 'c'].map((prefix): [string, OperatorInfo] => [prefix + name, { binary: BINARY_PRECEDENCE.comparison, unary: name === 'split' }])),
  ...['is', 'isnot', 'as', 'shl', 'shr'].map((name): [string, OperatorInfo] => [name, { binary: BINARY_PRECEDENCE.comparison, unary: false }]),
  ['join', { binary: BINARY_PRECEDENCE.comparison, unary: true }],
  ['and', { binary: BINARY_PRECEDENCE.logical, unary: false }],
  ['or', { binary: BINARY_PRECEDENCE.logical, unary: false }],
  ['xor', { binary: BINARY_PRECEDENCE.logical, unary: false }],
  ['band', { binary: BINARY_PRECEDENCE.bitwise, unary: false }],
  ['bor', { binary: BINARY_PRECEDENCE.bitwise, unary: false }],
  ['bxor', { binary: BINARY_PRECEDENCE.bitwise, unary: false }],
  ['not', { binary: 0, unary: true }],
  ['bnot', { binary: 0, unary: true }],
  ['f', { binary: BINARY_PRECEDENCE.format, unary: false }],
]);

/**
 * Statement keywords, recognised only where a statement (or block name) may start. A map from
 * the lower-case word to the same literal, so tokens carry interned strings that compare fast.
 */
export const KEYWORDS: ReadonlyMap<string, string> = new Map(
  [
    'begin', 'break', 'catch', 'class', 'configuration', 'continue', 'data', 'define', 'do', 'dynamicparam', 'else',
    'elseif', 'end', 'enum', 'exit', 'filter', 'finally', 'for', 'foreach', 'from', 'function', 'hidden', 'if', 'in',
    'inlinescript', 'parallel', 'param', 'process', 'return', 'sequence', 'static', 'switch', 'throw', 'trap', 'try',
    'until', 'using', 'var', 'while', 'workflow',
  ].map((word) => [word, word]),
);

export function binaryPrecedence(token: Token): number {
  switch (token.kind) {
    case TokenKind.Operator:
      return DASH_OPERATORS.get(token.value ?? '')?.binary ?? 0;
    case TokenKind.Plus:
    case TokenKind.Minus:
      return BINARY_PRECEDENCE.additive;
    case TokenKind.Multiply:
    case TokenKind.Divide:
    case TokenKind.Rem:
      return BINARY_PRECEDENCE.multiplicative;
    case TokenKind.DotDot:
      return BINARY_PRECEDENCE.range;
    case TokenKind.QuestionQuestion:
      return BINARY_PRECEDENCE.coalesce;
    default:
      return 0;
  }
}

export function isUnaryOperator(token: Token): boolean {
  switch (token.kind) {
    case TokenKind.Operator:
      return DASH_OPERATORS.get(token.value ?? '')?.unary === true;
    case TokenKind.Exclaim:
    case TokenKind.Comma:
    case TokenKind.Plus:
    case TokenKind.Minus:
    case TokenKind.PlusPlus:
    case TokenKind.MinusMinus:
      return true;
    default:
      return false;
  }
}

export function isTrivia(kind: TokenKind): boolean {
  return kind <= TokenKind.LineContinuation;
}
