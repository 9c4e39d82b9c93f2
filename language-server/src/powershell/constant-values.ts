// From syntax to the values rules read (ArgumentValue): literals, barewords, `$true`/`$false`/
// `$null`, arrays and hashtables of those, and variables assigned once to a constant.
import type { Expression, Statement } from './ast.js';
import { numberValue } from './number-values.js';
import { stringValue } from './string-values.js';
import type { ArgumentValue, HashtableEntry } from './types.js';

export interface ValueContext {
  readonly text: string;
  /** The constant a variable holds when the script assigns it exactly once. */
  assigned(variable: string): ArgumentValue | undefined;
}

const SCOPES = /^(?:global|local|script|private|using|workflow|variable):/i;

/** `$Global:Foo` → `foo`; drive-qualified names keep their drive (`env:path`). */
export function variableKey(name: string): string {
  return (name.includes(':') ? name.replace(SCOPES, '') : name).toLowerCase();
}

/** The expression a statement stands for when it is a single expression (`= 'x'`, `( 'x' )`), else undefined. */
export function statementExpression(statement: Statement | undefined): Expression | undefined {
  if (!statement || statement.type !== 'Pipeline' || statement.elements.length !== 1) return undefined;
  const element = statement.elements[0]!;
  return element.type === 'CommandExpression' && element.redirections.length === 0 ? element.expression : undefined;
}

export function argumentValue(expression: Expression, context: ValueContext): ArgumentValue {
  const { text } = context;
  const span = { start: expression.start, end: expression.end };
  const source = text.slice(expression.start, expression.end);
  const base = { span, text: source };
  switch (expression.type) {
    case 'String': {
      const value = stringValue(text, expression.start, expression.end, expression.quote);
      const constant = expression.nested.length === 0;
      if (expression.quote === 'bare') {
        const number = constant ? numberValue(value) : undefined;
        if (number !== undefined && /^[-+\u2013\u2014\u2015]?[.\d]/.test(value)) return { ...base, kind: 'number', constant, number, string: value };
        return { ...base, kind: 'bareword', constant, string: value };
      }
      return { ...base, kind: 'string', constant, string: value };
    }
    case 'Number': {
      const number = numberValue(source);
      return number === undefined ? { ...base, kind: 'expression', constant: false } : { ...base, kind: 'number', constant: true, number };
    }
    case 'Variable': {
      const key = variableKey(expression.name);
      if (!expression.splatted) {
        if (key === 'true' || key === 'false') return { ...base, kind: 'bool', constant: true, bool: key === 'true' };
        if (key === 'null') return { ...base, kind: 'null', constant: true };
      }
      const assigned = expression.splatted ? undefined : context.assigned(key);
      return assigned ? { ...base, kind: 'variable', constant: false, variable: key, assigned } : { ...base, kind: 'variable', constant: false, variable: key };
    }
    case 'ArrayLiteral':
      return array(base, expression.items.map((item) => argumentValue(item, context)));
    case 'ArrayExpression': {
      if (expression.statements.length === 0) return array(base, []);
      const inner = expression.statements.length === 1 ? statementExpression(expression.statements[0]) : undefined;
      if (!inner) return { ...base, kind: 'array', constant: false };
      if (inner.type === 'ArrayLiteral') return array(base, inner.items.map((item) => argumentValue(item, context)));
      return array(base, [argumentValue(inner, context)]);
    }
    case 'Paren': {
      const inner = statementExpression(expression.statement);
      if (!inner) return { ...base, kind: 'expression', constant: false };
      return { ...argumentValue(inner, context), span, text: source };
    }
    case 'Hashtable': {
      const entries: HashtableEntry[] = expression.entries.map((entry) => {
        const keyValue = argumentValue(entry.key, context);
        const valueExpression = statementExpression(entry.value);
        const value: ArgumentValue = valueExpression
          ? argumentValue(valueExpression, context)
          : { span: { start: entry.key.end, end: entry.end }, text: entry.value ? text.slice(entry.value.start, entry.value.end) : '', kind: 'expression', constant: false };
        return { key: keyValue.string ?? keyValue.text, keySpan: keyValue.span, value };
      });
      return { ...base, kind: 'hashtable', constant: entries.every((entry) => entry.value.constant), entries };
    }
    case 'ScriptBlockExpression':
      return { ...base, kind: 'scriptblock', constant: false };
    default:
      return { ...base, kind: 'expression', constant: false };
  }
}

function array(base: { span: { start: number; end: number }; text: string }, items: ArgumentValue[]): ArgumentValue {
  return { ...base, kind: 'array', constant: items.every((item) => item.constant), items };
}
