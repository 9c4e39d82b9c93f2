import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import schema from '../../schema/entry.schema.json' with { type: 'json' };
import { rangeProblem } from '../codes/code-range.js';
import { parseCode } from '../codes/find-codes.js';
import type { EntryProblem, EntryProblemCode } from './diagnostics.js';
import { closest } from './suggest.js';

export interface FrontMatter {
  title: string;
  codes: string[];
  symptoms: string[];
  products: string[];
  cmdlets: string[];
  tags: string[];
  references: string[];
}

type Located = Omit<EntryProblem, 'file'>;

const validator = new Validator(schema as object, '2020-12', false);
const KNOWN_FIELDS = Object.keys(schema.properties);
/** Keywords that only say "something inside failed"; the inner error says what. */
const CONTAINER_KEYWORDS = new Set(['properties', 'items', 'additionalProperties', 'prefixItems', 'allOf', '$ref', 'false']);

const FORMAT_HINTS: Readonly<Record<string, string>> = {
  title: 'write one line of 10 to 140 characters without leading or trailing spaces',
  symptoms: 'write a short phrase of 3 to 200 characters',
  cmdlets: 'write a Verb-Noun cmdlet name such as Set-Mailbox',
  tags: 'write lower-case words joined by "-", such as public-folder',
  references: 'write a KB number such as KB953467 or an https:// URL',
  codes: 'write the code as an admin sees it',
};

/**
 * Parses and validates the YAML front matter. `firstLine` is the 1-based file line of the YAML's
 * first line, so every problem points into the entry file. YAML is read with the failsafe schema:
 * every scalar is a string, so `0x8004010F` or `5.2` stay as written.
 */
export function readFrontMatter(yamlText: string, firstLine: number): { value?: FrontMatter; problems: Located[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { schema: 'failsafe', lineCounter, prettyErrors: false, uniqueKeys: true });
  const locate = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        code: 'KB008',
        ...locate(error.pos[0]),
        message: `the front matter is not valid YAML: ${firstSentence(error.message)}; put a value in quotes when it contains ": " or " #", or starts with a quote, [, { or *`,
      })),
    };
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // An alias with no anchor (`*a`), or aliases that expand too far, only fail when resolved.
    return {
      problems: [{
        code: 'KB008',
        ...locate(firstAliasOffset(document)),
        message: `the front matter is not valid YAML: ${firstSentence(error instanceof Error ? error.message : String(error))}; put a value in quotes when it starts with * or &`,
      }],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ code: 'KB008', ...locate(0), message: 'the front matter must be a YAML mapping of fields (title:, symptoms:, products: …)' }] };
  }
  const problems: Located[] = [];
  for (const key of Object.keys(data)) {
    if (KNOWN_FIELDS.includes(key)) continue;
    const suggestion = closest(key, KNOWN_FIELDS);
    const hint = suggestion === undefined ? `known fields: ${KNOWN_FIELDS.join(', ')}` : `did you mean "${suggestion}"?`;
    problems.push({ code: 'KB004', ...locate(keyOffset(document, key)), field: key, message: `unknown field "${key}"; ${hint}` });
  }
  const result = validator.validate(data);
  for (const error of result.errors) {
    const problem = schemaProblem(error, data as Record<string, unknown>);
    if (problem) problems.push({ ...problem, ...locate(pathOffset(document, instancePath(error.instanceLocation))) });
  }
  const record = data as Record<string, unknown>;
  const codes = record['codes'];
  if (Array.isArray(codes)) {
    codes.forEach((code, index) => {
      if (typeof code === 'string' && code.trim() !== '' && parseCode(code) === undefined) {
        problems.push({
          code: 'KB009',
          ...locate(pathOffset(document, ['codes', index])),
          field: `codes[${index}]`,
          message: `"${code}" is not a code exkb recognises; ${rangeProblem(code) ?? 'write one code per item, such as 550 5.2.0, 5.7.900-999, STOREDRV.Deliver, 0x8004010F, Event 9373, HTTP 440 or KB953467'}`,
        });
      }
    });
  }
  if (problems.length > 0) return { problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
  const list = (field: string) => (Array.isArray(record[field]) ? (record[field] as string[]) : []);
  return {
    value: {
      title: String(record['title']),
      codes: list('codes'),
      symptoms: list('symptoms'),
      products: list('products'),
      cmdlets: list('cmdlets'),
      tags: list('tags'),
      references: list('references'),
    },
    problems,
  };
}

function schemaProblem(error: OutputUnit, data: Record<string, unknown>): Omit<Located, 'line' | 'column'> | undefined {
  if (CONTAINER_KEYWORDS.has(error.keyword)) return undefined;
  const path = instancePath(error.instanceLocation);
  const field = fieldName(path);
  const top = String(path[0] ?? '');
  const value = valueAt(data, path);
  const shown = JSON.stringify(value);
  const make = (code: EntryProblemCode, message: string) => ({ code, ...(field === '' ? {} : { field }), message });
  switch (error.keyword) {
    case 'required': {
      const missing = /"([^"]+)"/.exec(error.error)?.[1] ?? '?';
      return { code: 'KB001', field: missing, message: `the front matter has no "${missing}"; add it (see knowledge/README.md)` };
    }
    case 'type':
      return make('KB002', `${shown} has the wrong type: ${expectedType(error.error)}`);
    case 'enum': {
      const allowed = enumOf(top);
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const hint = suggestion === undefined ? '' : `did you mean "${suggestion}"? `;
      return make('KB003', `${shown} is not allowed; ${hint}use one of ${allowed.join(', ')}`);
    }
    case 'uniqueItems':
      return make('KB006', `an item appears twice (${error.error.replace(/\.$/, '')}); remove the repeat`);
    case 'minItems':
      return make('KB007', 'the list is empty; give at least one item');
    case 'pattern':
    case 'minLength':
    case 'maxLength': {
      const length = error.keyword === 'pattern' || typeof value !== 'string' ? '' : ` (${value.length} characters)`;
      return make('KB005', `${shown}${length} is badly formed; ${FORMAT_HINTS[top] ?? 'see schema/entry.schema.json'}`);
    }
    default:
      return make('KB005', `${shown}: ${error.error}`);
  }
}

function enumOf(field: string): string[] {
  const property = (schema.properties as Record<string, { items?: { enum?: string[] } }>)[field];
  return property?.items?.enum ?? [];
}

function expectedType(message: string): string {
  const expected = /Expected "([^"]+)"/.exec(message)?.[1];
  return expected === 'array' ? 'write a list, one "- item" per line' : `expected ${expected ?? 'another type'}`;
}

function instancePath(location: string): Array<string | number> {
  return location
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))));
}

function fieldName(path: ReadonlyArray<string | number>): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = data;
  for (const part of path) value = (value as Record<string | number, unknown> | undefined)?.[part];
  return value;
}

function keyOffset(document: Document, key: string): number {
  if (!isMap(document.contents)) return 0;
  const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
  return (isScalar(pair?.key) ? pair.key.range?.[0] : undefined) ?? 0;
}

function pathOffset(document: Document, path: ReadonlyArray<string | number>): number {
  for (let length = path.length; length > 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
    if (length === 1) return keyOffset(document, String(path[0]));
  }
  return 0;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

/** Where the first alias (`*name`) of the document starts, or 0. */
function firstAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}
