// A JSON (with comments) document whose nodes know their line and column, for config problems.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { createLineMap } from '../powershell/line-map.js';

/** A problem in a configuration file. Line and column are 1-based (UTF-16 code units). */
export interface ConfigProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type JsonNode = Node;

export interface JsonDocument {
  /** Undefined only when the text holds no value at all. */
  readonly root: JsonNode | undefined;
  /** Syntax problems; the tree still holds everything that could be read. */
  readonly problems: readonly ConfigProblem[];
  problemAt(offset: number, message: string): ConfigProblem;
}

const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file after the top-level value',
  InvalidCommentToken: 'malformed comment',
  UnexpectedEndOfComment: 'comment not closed with */',
  UnexpectedEndOfString: 'string not closed with "',
  UnexpectedEndOfNumber: 'number cut short',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'unknown escape after \\',
  InvalidCharacter: 'control character inside a string',
};

/** Comments and trailing commas are allowed, as VS Code allows them in its settings files. */
export function readJsonDocument(text: string, file: string): JsonDocument {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const offsetShift = text.length - source.length;
  const lines = createLineMap(text);
  const problemAt = (offset: number, message: string): ConfigProblem => {
    const { line, character } = lines.positionAt(offset + offsetShift);
    return { file, line: line + 1, column: character + 1, message };
  };
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  const problems = errors.map((error) => {
    const name = printParseErrorCode(error.error);
    return problemAt(error.offset, `invalid JSON: ${SYNTAX_MESSAGES[name] ?? name}`);
  });
  if (root === undefined && source.trim() === '') return { root, problems: [problemAt(0, 'the file is empty; write {} for no settings')], problemAt };
  return { root, problems, problemAt };
}

/** The properties of an object node as [key, key node, value node]; incomplete properties are left out. */
export function objectProperties(node: JsonNode): Array<[string, JsonNode, JsonNode]> {
  const properties: Array<[string, JsonNode, JsonNode]> = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key && value && typeof key.value === 'string') properties.push([key.value, key, value]);
  }
  return properties;
}

export function describeType(node: JsonNode): string {
  return node.type === 'null' ? 'null' : `${/^[aeiou]/.test(node.type) ? 'an' : 'a'} ${node.type}`;
}
