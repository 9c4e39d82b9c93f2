// The public surface of exkb's PowerShell front end. Rules, the lint core, the CLI and the
// language server depend on these types only; the syntax tree itself lives in `ast.ts`.

/** A half-open range of UTF-16 code unit offsets into the script text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** 0-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface LineMap {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  readonly lineCount: number;
}

export interface Comment {
  readonly span: Span;
  /** The comment text without `#`, `<#` or `#>`. */
  readonly text: string;
  readonly kind: 'line' | 'block';
}

/** Something PowerShell itself would refuse to run. `code` follows PowerShell's ParseError ids where one exists. */
export interface SyntaxProblem {
  readonly span: Span;
  readonly code: string;
  readonly message: string;
}

/**
 * A value as a rule sees it. `constant` is true when the whole value is known without running the
 * script (a literal, an argument-mode bareword, `$true`, an array or hashtable of constants).
 */
export interface ArgumentValue {
  readonly span: Span;
  /** The source text of the value. */
  readonly text: string;
  readonly kind:
    | 'string'
    | 'bareword'
    | 'number'
    | 'bool'
    | 'null'
    | 'array'
    | 'hashtable'
    | 'variable'
    | 'scriptblock'
    | 'expression';
  readonly constant: boolean;
  /** string / bareword: the value after quotes and escapes are removed (for an expandable string with variables, the literal text and `constant: false`). */
  readonly string?: string;
  readonly number?: number;
  readonly bool?: boolean;
  /** array: its items, including unquoted argument-mode comma lists (`-Services IIS,SMTP`). */
  readonly items?: readonly ArgumentValue[];
  /** hashtable: its entries in source order. */
  readonly entries?: readonly HashtableEntry[];
  /** variable: the name without `$` or scope, lower-case (`$Global:Foo` → `foo`). */
  readonly variable?: string;
  /** variable: the value it holds when the script assigns it exactly once, to a constant. */
  readonly assigned?: ArgumentValue;
}

export interface HashtableEntry {
  /** Key as a string (quotes removed). */
  readonly key: string;
  readonly keySpan: Span;
  readonly value: ArgumentValue;
}

/** `-Name value`, `-Name:value` or a switch `-Name`, or a key of a splatted hashtable. */
export interface ParameterArgument {
  /** As written, without the dash (`RequireSenderAuth`). */
  readonly name: string;
  /** The `-Name` token, or the hashtable key when it comes from splatting. */
  readonly nameSpan: Span;
  /** From the dash (or key) to the end of the value. */
  readonly span: Span;
  /** Absent for a switch written without a value. */
  readonly value?: ArgumentValue;
  readonly colon: boolean;
  /** Set when the parameter comes from `@name`, a hashtable assigned in the same script. */
  readonly splat?: { readonly variable: string; readonly span: Span };
}

export interface Splat {
  readonly variable: string;
  readonly span: Span;
  /** True when the hashtable was found and its keys are in `parameters`. */
  readonly resolved: boolean;
}

export interface CommandView {
  /** The whole command element, name to last argument. */
  readonly span: Span;
  /** The name as written (`gci`, `Set-Mailbox`, `.\adsutil.vbs`, `C:\Windows\system32\cscript.exe`). */
  readonly name: string;
  readonly nameSpan: Span;
  /** Alias resolved, canonical spelling when known (`gci` → `Get-ChildItem`), otherwise the name as written; for native commands the file name without folder or extension, lower-case (`cscript`). */
  readonly canonical: string;
  /** `canonical` in lower case: what rules compare against. */
  readonly key: string;
  /** An external program or script file (`cscript`, `appcmd.exe`, `iisreset`, `aspnet_regiis`, `.\x.vbs`). */
  readonly native: boolean;
  readonly invocation: '&' | '.' | null;
  /** Named parameters in source order, splatted ones included. */
  readonly parameters: readonly ParameterArgument[];
  /** Positional arguments in source order. */
  readonly positional: readonly ArgumentValue[];
  readonly splats: readonly Splat[];
  /** 0-based position in its pipeline, and the pipeline's length. */
  readonly pipelineIndex: number;
  readonly pipelineLength: number;
  /** The command that feeds this one (`|`), and the one it feeds. */
  readonly previous?: CommandView;
  readonly next?: CommandView;
  /**
   * The parameter whose written name is `name` or a prefix of it (PowerShell's abbreviations),
   * case-insensitive; the last one when written twice.
   */
  parameter(name: string): ParameterArgument | undefined;
}

export interface ParsedScript {
  readonly text: string;
  readonly lines: LineMap;
  readonly comments: readonly Comment[];
  readonly errors: readonly SyntaxProblem[];
  /** Every command in the file, nested ones included, in source order. */
  readonly commands: readonly CommandView[];
  /** Attributes of every `param()` block in the file. */
  readonly paramAttributes: readonly ParamBlockAttribute[];
  /** Functions, filters, workflows and configurations the file defines, nested ones included, in source order. */
  readonly functions: readonly DefinedFunction[];
}

export interface DefinedFunction {
  /** Without a scope prefix (`function global:Get-Report` → `Get-Report`). */
  readonly name: string;
  readonly nameSpan: Span;
}

/**
 * An attribute on a `param()` block, e.g.
 * `[Diagnostics.CodeAnalysis.SuppressMessageAttribute('exkb/rule-id', '')]`: suppressions live here.
 */
export interface ParamBlockAttribute {
  /** The type name as written, without brackets. */
  readonly name: string;
  readonly span: Span;
  /** Positional arguments. */
  readonly arguments: readonly ArgumentValue[];
  /** Named arguments (`Scope = 'Function'`). */
  readonly named: readonly HashtableEntry[];
  /** The script block (function body or the whole file) whose `param()` carries the attribute. */
  readonly scope: Span;
}
