// What the script assigns to its variables, for constant propagation (`$group = 'Sales'` …
// `Set-DistributionGroup $group`) and splatting (`$params = @{…}` … `Cmd @params`). Names are
// compared case-insensitively and without scope; all scopes of the file count as one.
import type { Expression, HashtableLiteral, Node } from './ast.js';
import { statementExpression, variableKey } from './constant-values.js';
import { stringValue } from './string-values.js';

export interface VariableWrite {
  readonly start: number;
  /** The assigned expression for a plain `=` of a single expression; undefined for `+=`, loop variables, parameters … */
  readonly value: Expression | undefined;
}

/** `$params.Key = value`, `$params['Key'] = value`, `$params.Add('Key', value)`. */
export interface KeyAddition {
  readonly start: number;
  readonly key: string;
  readonly keyNode: Expression;
  readonly value: Expression;
}

export interface Assignments {
  writes(variable: string): readonly VariableWrite[];
  additions(variable: string): readonly KeyAddition[];
}

/** Fed every node of the tree once (see command-view.ts), it records writes and key additions. */
export class AssignmentCollector implements Assignments {
  private readonly writeMap = new Map<string, VariableWrite[]>();
  private readonly additionMap = new Map<string, KeyAddition[]>();

  constructor(private readonly text: string) {}

  writes(variable: string): readonly VariableWrite[] {
    return this.writeMap.get(variable) ?? [];
  }

  additions(variable: string): readonly KeyAddition[] {
    return this.additionMap.get(variable) ?? [];
  }

  visit(node: Node): void {
    switch (node.type) {
      case 'Assignment': {
        const target = unwrapCasts(node.target);
        const value = node.operator === '=' ? statementExpression(node.value) : undefined;
        if (target.type === 'Variable') {
          this.write(target.name, node.start, value);
        } else if (target.type === 'ArrayLiteral') {
          for (const item of target.items) {
            const variable = unwrapCasts(item);
            if (variable.type === 'Variable') this.write(variable.name, node.start, undefined);
          }
        } else if ((target.type === 'Member' && !target.static && !target.arguments) || target.type === 'Index') {
          const keyNode = target.type === 'Member' ? target.member : target.index;
          const key = keyNode ? this.keyOf(keyNode) : undefined;
          if (target.target.type === 'Variable' && keyNode && key !== undefined && value) this.add(target.target.name, { start: node.start, key, keyNode, value });
        }
        return;
      }
      case 'Member': {
        if (node.arguments?.length !== 2 || node.target.type !== 'Variable' || node.static) return;
        const keyNode = node.arguments[0]!;
        const key = this.keyOf(keyNode);
        if (this.keyOf(node.member)?.toLowerCase() === 'add' && key !== undefined) this.add(node.target.name, { start: node.start, key, keyNode, value: node.arguments[1]! });
        return;
      }
      case 'Foreach':
        if (node.variable) this.write(node.variable.name, node.start, undefined);
        return;
      case 'Parameter':
        this.write(node.variable.name, node.start, undefined);
        return;
      case 'Unary':
        if ((node.operator === '++' || node.operator === '--') && node.operand.type === 'Variable') this.write(node.operand.name, node.start, undefined);
        return;
      default:
        return;
    }
  }

  private write(name: string, start: number, value: Expression | undefined): void {
    const key = variableKey(name);
    let list = this.writeMap.get(key);
    if (!list) this.writeMap.set(key, (list = []));
    list.push({ start, value });
  }

  private add(name: string, addition: KeyAddition): void {
    const key = variableKey(name);
    let list = this.additionMap.get(key);
    if (!list) this.additionMap.set(key, (list = []));
    list.push(addition);
  }

  private keyOf(expression: Expression): string | undefined {
    if (expression.type !== 'String' || expression.nested.length > 0) return undefined;
    return stringValue(this.text, expression.start, expression.end, expression.quote);
  }
}

function unwrapCasts(expression: Expression): Expression {
  let current = expression;
  while (current.type === 'Convert' || current.type === 'Attributed') current = current.operand;
  return current;
}

/** The hashtable literal a splatted `@name` at `offset` stands for, with later key additions. */
export function splatHashtable(assignments: Assignments, variable: string, offset: number): { table: HashtableLiteral; additions: KeyAddition[] } | undefined {
  const writes = assignments.writes(variable);
  if (writes.length === 0) return undefined;
  let chosen: VariableWrite | undefined;
  for (const candidate of writes) if (candidate.start < offset) chosen = candidate;
  chosen ??= writes[0]!;
  if (chosen.value?.type !== 'Hashtable') return undefined;
  const chosenStart = chosen.start;
  const nextWrite = writes.find((candidate) => candidate.start > chosenStart);
  const limit = chosenStart < offset ? Math.min(offset, nextWrite?.start ?? Infinity) : (nextWrite?.start ?? Infinity);
  const additions = assignments.additions(variable).filter((addition) => addition.start > chosenStart && addition.start < limit);
  return { table: chosen.value, additions };
}
