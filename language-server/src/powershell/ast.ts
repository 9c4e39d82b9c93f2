// The syntax tree. Every node carries UTF-16 offsets `start`/`end` into the script text (half-open).
// Node shapes follow PowerShell's own AST (System.Management.Automation.Language) loosely: enough
// for the command view and rules, not a full semantic model.

/** One shared empty list for the many nodes without children of a kind (no allocation per node). */
export const NONE: readonly never[] = Object.freeze([]);

export interface NodeBase {
  readonly start: number;
  readonly end: number;
}

// ── Script blocks and statements ────────────────────────────────────────────────────────────

export interface ScriptBlock extends NodeBase {
  readonly type: 'ScriptBlock';
  readonly paramBlock?: ParamBlock;
  /** `begin`/`process`/`end`/`dynamicparam` blocks; empty when the body is a plain statement list. */
  readonly namedBlocks: readonly NamedBlock[];
  readonly statements: readonly Statement[];
}

export interface NamedBlock extends NodeBase {
  readonly type: 'NamedBlock';
  readonly name: string;
  readonly statements: readonly Statement[];
}

export interface ParamBlock extends NodeBase {
  readonly type: 'ParamBlock';
  readonly attributes: readonly Attribute[];
  readonly parameters: readonly Parameter[];
}

export interface Parameter extends NodeBase {
  readonly type: 'Parameter';
  readonly attributes: readonly (Attribute | TypeConstraint)[];
  readonly variable: VariableExpression;
  readonly defaultValue?: Expression;
}

export interface NamedAttributeArgument extends NodeBase {
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** Absent for `[Parameter(Mandatory)]`. */
  readonly value?: Expression;
}

export interface Attribute extends NodeBase {
  readonly type: 'Attribute';
  readonly name: string;
  readonly positional: readonly Expression[];
  readonly named: readonly NamedAttributeArgument[];
}

export interface TypeConstraint extends NodeBase {
  readonly type: 'TypeConstraint';
  readonly name: string;
}

export interface StatementBlock extends NodeBase {
  readonly type: 'StatementBlock';
  readonly statements: readonly Statement[];
}

export interface FunctionDefinition extends NodeBase {
  readonly type: 'FunctionDefinition';
  readonly keyword: 'function' | 'filter' | 'workflow' | 'configuration';
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** `function Get-X($a, $b) { … }` */
  readonly parameters: readonly Parameter[];
  readonly body: ScriptBlock;
}

export interface IfStatement extends NodeBase {
  readonly type: 'If';
  readonly clauses: readonly { readonly condition: Statement | undefined; readonly body: StatementBlock }[];
  readonly elseBody?: StatementBlock;
}

export interface SwitchClause {
  readonly pattern: Expression;
  readonly body: StatementBlock;
}

export interface SwitchStatement extends NodeBase {
  readonly type: 'Switch';
  readonly label?: string;
  /** `regex`, `wildcard`, `exact`, `casesensitive`, `file`, `parallel`: lower case. */
  readonly options: readonly string[];
  readonly condition?: Statement;
  /** `switch -file <path>` */
  readonly file?: Expression;
  readonly clauses: readonly SwitchClause[];
  readonly defaultBody?: StatementBlock;
}

export interface ForeachStatement extends NodeBase {
  readonly type: 'Foreach';
  readonly label?: string;
  readonly variable?: VariableExpression;
  readonly iterable?: Statement;
  readonly body?: StatementBlock;
}

export interface ForStatement extends NodeBase {
  readonly type: 'For';
  readonly label?: string;
  readonly initializer?: Statement;
  readonly condition?: Statement;
  readonly iterator?: Statement;
  readonly body?: StatementBlock;
}

export interface LoopStatement extends NodeBase {
  readonly type: 'While' | 'DoWhile' | 'DoUntil';
  readonly label?: string;
  readonly condition?: Statement;
  readonly body?: StatementBlock;
}

export interface CatchClause extends NodeBase {
  readonly types: readonly string[];
  readonly body: StatementBlock;
}

export interface TryStatement extends NodeBase {
  readonly type: 'Try';
  readonly body: StatementBlock;
  readonly catches: readonly CatchClause[];
  readonly finallyBody?: StatementBlock;
}

export interface TrapStatement extends NodeBase {
  readonly type: 'Trap';
  readonly trapType?: string;
  readonly body: StatementBlock;
}

export interface DataStatement extends NodeBase {
  readonly type: 'Data';
  readonly name?: string;
  readonly commands: readonly Expression[];
  readonly body: StatementBlock;
}

/** `parallel { }`, `sequence { }` in workflows. */
export interface BlockStatement extends NodeBase {
  readonly type: 'Block';
  readonly keyword: string;
  readonly body: StatementBlock;
}

export interface FlowStatement extends NodeBase {
  readonly type: 'Flow';
  readonly keyword: 'return' | 'throw' | 'exit' | 'break' | 'continue';
  /** The value (`return $x`, `throw "…"`) or label (`break outer`). */
  readonly value?: Statement | Expression;
}

export interface UsingStatement extends NodeBase {
  readonly type: 'Using';
  readonly kind: string;
  readonly names: readonly Expression[];
}

export interface ClassProperty extends NodeBase {
  readonly type: 'Property';
  readonly name: string;
  readonly modifiers: readonly string[];
  readonly attributes: readonly (Attribute | TypeConstraint)[];
  readonly defaultValue?: Expression;
}

export interface ClassMethod extends NodeBase {
  readonly type: 'Method';
  readonly name: string;
  readonly modifiers: readonly string[];
  readonly attributes: readonly (Attribute | TypeConstraint)[];
  readonly parameters: readonly Parameter[];
  /** `: base(…)` of a constructor. */
  readonly baseArguments: readonly Expression[];
  readonly body: ScriptBlock;
}

export interface TypeDefinition extends NodeBase {
  readonly type: 'Class' | 'Enum';
  readonly name: string;
  readonly baseTypes: readonly string[];
  readonly attributes: readonly Attribute[];
  readonly members: readonly (ClassProperty | ClassMethod)[];
  /** Enum labels with their values. */
  readonly labels: readonly { readonly name: string; readonly value?: Expression }[];
}

export interface Assignment extends NodeBase {
  readonly type: 'Assignment';
  readonly target: Expression;
  /** `=`, `+=`, `-=`, `*=`, `/=`, `%=`, `??=` */
  readonly operator: string;
  readonly value: Statement | undefined;
}

export interface Pipeline extends NodeBase {
  readonly type: 'Pipeline';
  readonly elements: readonly (Command | CommandExpression)[];
  /** Ends with `&` (PowerShell 7 background job). */
  readonly background: boolean;
}

/** `a && b`, `a || b` (PowerShell 7): each side is its own pipeline. */
export interface PipelineChain extends NodeBase {
  readonly type: 'PipelineChain';
  readonly left: Statement;
  readonly operator: '&&' | '||';
  readonly right: Statement | undefined;
}

export interface ErrorStatement extends NodeBase {
  readonly type: 'ErrorStatement';
  readonly children: readonly (Statement | Expression)[];
}

export type Statement =
  | FunctionDefinition
  | IfStatement
  | SwitchStatement
  | ForeachStatement
  | ForStatement
  | LoopStatement
  | TryStatement
  | TrapStatement
  | DataStatement
  | BlockStatement
  | FlowStatement
  | UsingStatement
  | TypeDefinition
  | Assignment
  | Pipeline
  | PipelineChain
  | ErrorStatement;

// ── Commands ────────────────────────────────────────────────────────────────────────────────

export interface CommandParameter extends NodeBase {
  readonly type: 'CommandParameter';
  /** Without the dash or colon. */
  readonly name: string;
  /** End of the `-Name` / `-Name:` token. */
  readonly nameEnd: number;
  readonly colon: boolean;
  /** The value after `-Name:`. */
  readonly argument?: Expression;
}

export interface Redirection extends NodeBase {
  readonly type: 'Redirection';
  readonly operator: string;
  readonly target?: Expression;
}

export interface Command extends NodeBase {
  readonly type: 'Command';
  readonly invocation: '&' | '.' | null;
  /** The name first, then parameters and arguments in source order. */
  readonly elements: readonly (Expression | CommandParameter)[];
  readonly redirections: readonly Redirection[];
}

/** An expression used as a pipeline element (`$x | …`, `"text"`). */
export interface CommandExpression extends NodeBase {
  readonly type: 'CommandExpression';
  readonly expression: Expression;
  readonly redirections: readonly Redirection[];
}

// ── Expressions ─────────────────────────────────────────────────────────────────────────────

export interface NumberLiteral extends NodeBase {
  readonly type: 'Number';
}

export type StringQuote = 'single' | 'double' | 'here-single' | 'here-double' | 'bare';

export interface StringLiteral extends NodeBase {
  readonly type: 'String';
  readonly quote: StringQuote;
  /** The `$var` and `$(…)` inside an expandable string or bareword. */
  readonly nested: readonly Expression[];
}

export interface VariableExpression extends NodeBase {
  readonly type: 'Variable';
  /** As written, without `$`/`@` and braces (`Global:Foo`, `env:Path`, `_`). */
  readonly name: string;
  readonly splatted: boolean;
}

export interface ArrayLiteral extends NodeBase {
  readonly type: 'ArrayLiteral';
  readonly items: readonly Expression[];
}

/** `@( … )` and `$( … )` */
export interface SubExpression extends NodeBase {
  readonly type: 'ArrayExpression' | 'SubExpression';
  readonly statements: readonly Statement[];
}

export interface ParenExpression extends NodeBase {
  readonly type: 'Paren';
  readonly statement: Statement | undefined;
}

export interface HashtableEntryNode extends NodeBase {
  readonly key: Expression;
  readonly value: Statement | undefined;
}

export interface HashtableLiteral extends NodeBase {
  readonly type: 'Hashtable';
  readonly entries: readonly HashtableEntryNode[];
}

export interface ScriptBlockExpression extends NodeBase {
  readonly type: 'ScriptBlockExpression';
  readonly block: ScriptBlock;
}

export interface UnaryExpression extends NodeBase {
  readonly type: 'Unary';
  /** `!`, `-not`, `-`, `+`, `++`, `--`, `,`, `-split`, `-join`, `-bnot` (lower case). */
  readonly operator: string;
  readonly postfix: boolean;
  readonly operand: Expression;
}

export interface BinaryExpression extends NodeBase {
  readonly type: 'Binary';
  /** `+`, `-eq`, `-f`, `..` … (lower case). */
  readonly operator: string;
  readonly left: Expression;
  readonly right: Expression;
}

export interface TernaryExpression extends NodeBase {
  readonly type: 'Ternary';
  readonly condition: Expression;
  readonly ifTrue: Expression;
  readonly ifFalse: Expression;
}

export interface ConvertExpression extends NodeBase {
  readonly type: 'Convert';
  readonly typeName: string;
  readonly operand: Expression;
}

export interface TypeExpression extends NodeBase {
  readonly type: 'TypeLiteral';
  readonly typeName: string;
}

export interface AttributedExpression extends NodeBase {
  readonly type: 'Attributed';
  readonly attribute: Attribute;
  readonly operand: Expression;
}

export interface MemberExpression extends NodeBase {
  readonly type: 'Member';
  readonly target: Expression;
  readonly member: Expression;
  readonly static: boolean;
  /** Present for a method call: `$x.Add(1)`. */
  readonly arguments?: readonly Expression[];
}

export interface IndexExpression extends NodeBase {
  readonly type: 'Index';
  readonly target: Expression;
  readonly index: Expression | undefined;
}

export interface ErrorExpression extends NodeBase {
  readonly type: 'ErrorExpression';
}

/** A statement inside `$( )` of a string is parsed but not an expression; see StringLiteral.nested. */
export type Expression =
  | NumberLiteral
  | StringLiteral
  | VariableExpression
  | ArrayLiteral
  | SubExpression
  | ParenExpression
  | HashtableLiteral
  | ScriptBlockExpression
  | UnaryExpression
  | BinaryExpression
  | TernaryExpression
  | ConvertExpression
  | TypeExpression
  | AttributedExpression
  | MemberExpression
  | IndexExpression
  | ErrorExpression;

export type Node = Statement | Expression | Command | CommandExpression | CommandParameter | ScriptBlock | NamedBlock | StatementBlock | ParamBlock | Parameter | Attribute | TypeConstraint | Redirection;
