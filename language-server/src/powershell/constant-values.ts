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
  switch (expression.type) {
    case 'String': {
      const value = stringValue(text, expression.start, expression.end, expression.quote);
      const constant = expression.nested.length === 0;
      if (expression.quote !== 'bare') return { span, text: source, kind: 'string', constant, string: value };
      if (constant && mayBeNumber(value)) {
        const number = numberValue(value);
        if (number !== undefined) return { span, text: source, kind: 'number', constant, number, string: value };
      }
      return { span, text: source, kind: 'bareword', constant, string: value };
    }
    case 'Number': {
      const number = numberValue(source);
      return number === undefined ? { span, text: source, kind: 'expression', constant: false } : { span, text: source, kind: 'number', constant: true, number };
    }
    case 'Variable': {
      const key = variableKey(expression.name);
      if (!expression.splatted) {
        if (key === 'true' || key === 'false') return { span, text: source, kind: 'bool', constant: true, bool: key === 'true' };
        if (key === 'null') return { span, text: source, kind: 'null', constant: true };
      }
      const assigned = expression.splatted ? undefined : context.assigned(key);
      return assigned ? { span, text: source, kind: 'variable', constant: false, variable: key, assigned } : { span, text: source, kind: 'variable', constant: false, variable: key };
    }
    case 'ArrayLiteral':
      return array(span, source, expression.items.map((item) => argumentValue(item, context)));
    case 'ArrayExpression': {
      if (expression.statements.length === 0) return array(span, source, []);
      const inner = expression.statements.length === 1 ? statementExpression(expression.statements[0]) : undefined;
      if (!inner) return { span, text: source, kind: 'array', constant: false };
      if (inner.type === 'ArrayLiteral') return array(span, source, inner.items.map((item) => argumentValue(item, context)));
      return array(span, source, [argumentValue(inner, context)]);
    }
    case 'Paren': {
      const inner = statementExpression(expression.statement);
      if (!inner) return { span, text: source, kind: 'expression', constant: false };
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
      return { span, text: source, kind: 'hashtable', constant: entries.every((entry) => entry.value.constant), entries };
    }
    case 'ScriptBlockExpression':
      return { span, text: source, kind: 'scriptblock', constant: false };
    default:
      return { span, text: source, kind: 'expression', constant: false };
  }
}

/** `-1`, `25MB`, `.5`: a bareword that starts like a number. */
function mayBeNumber(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (c === 45 || c === 43 || c === 46 || c === 0x2013 || c === 0x2014 || c === 0x2015) {
    const next = value.charCodeAt(1);
    return (next >= 48 && next <= 57) || next === 46;
  }
  return false;
}

function array(span: { start: number; end: number }, text: string, items: ArgumentValue[]): ArgumentValue {
  return { span, text, kind: 'array', constant: items.every((item) => item.constant), items };
}
