// The yaml block under a parameter's heading: `Type`, `Parameter Sets`, `Aliases`, `Required`,
// `Position`, `Accept pipeline input`, `Accepted values` (the other fields are not facts the
// model keeps). Each line is `Field: value`; the reference's slips (`Required: FalseNamed`,
// `Position: Positional`, an alias that repeats the type) are reported and read sensibly.

import type { LineProblem } from './problems.js';

export type Pipeline = 'value' | 'property' | 'both';

export interface YamlBlock {
  /** 1-based page line of the opening fence. */
  readonly line: number;
  readonly type?: string;
  /** The `Parameter Sets` names; `all` for `(All)`. */
  readonly sets: readonly string[] | 'all';
  readonly aliases: readonly string[];
  readonly required?: boolean;
  /** The number as written (the reference counts from 0 or 1); `named` for `Named`. */
  readonly position?: number | 'named';
  readonly pipeline?: Pipeline;
  readonly acceptedValues?: readonly string[];
}

export interface YamlBlockResult {
  readonly block: YamlBlock;
  readonly problems: LineProblem[];
}

const KNOWN_FIELDS = new Set(['type', 'parameter sets', 'aliases', 'required', 'position', 'default value', 'accept pipeline input', 'accept wildcard characters', 'accepted values']);

/** `fenceLine` is the page line of the opening fence; the block's first line is the next one. */
export function parseYamlBlock(text: string, fenceLine: number): YamlBlockResult {
  const problems: LineProblem[] = [];
  const fields = new Map<string, { value: string; line: number }>();
  for (const [index, raw] of text.split('\n').entries()) {
    const line = fenceLine + 1 + index;
    if (raw.trim() === '') continue;
    const colon = raw.indexOf(':');
    const key = colon < 0 ? '' : raw.slice(0, colon).trim().toLowerCase();
    if (!KNOWN_FIELDS.has(key)) {
      problems.push({ line, kind: 'yaml', message: `"${raw.trim()}" is not a field of the parameter block; ignored` });
      continue;
    }
    if (fields.has(key)) problems.push({ line, kind: 'yaml', message: `"${key}" is given twice; the first is used` });
    else fields.set(key, { value: raw.slice(colon + 1).trim(), line });
  }
  const report = (field: string, message: string) => problems.push({ line: fields.get(field)?.line ?? fenceLine, kind: 'yaml', message });

  const type = readType(fields.get('type')?.value, (message) => report('type', message));
  const setsText = fields.get('parameter sets')?.value ?? '';
  const sets = setsText === '' || /^\(all\)$/i.test(setsText) ? 'all' : splitList(setsText);
  if (setsText === '') report('parameter sets', 'the block has no Parameter Sets; read as (All)');
  let aliases = splitList(fields.get('aliases')?.value ?? '');
  if (type && aliases.some((alias) => alias.toLowerCase() === type.toLowerCase())) {
    report('aliases', `the alias "${type}" repeats the parameter's type; dropped`);
    aliases = aliases.filter((alias) => alias.toLowerCase() !== type.toLowerCase());
  }

  const block: { -readonly [K in keyof YamlBlock]: YamlBlock[K] } = { line: fenceLine, sets, aliases };
  if (type) block.type = type;
  const required = readRequired(fields.get('required')?.value, (message) => report('required', message));
  if (required !== undefined) block.required = required;
  const position = readPosition(fields.get('position')?.value, (message) => report('position', message));
  if (position !== undefined) block.position = position;
  const pipeline = readPipeline(fields.get('accept pipeline input')?.value, (message) => report('accept pipeline input', message));
  if (pipeline) block.pipeline = pipeline;
  const accepted = splitList(fields.get('accepted values')?.value ?? '');
  if (accepted.length > 0) block.acceptedValues = accepted;
  return { block, problems };
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function readType(text: string | undefined, report: (message: string) => void): string | undefined {
  if (!text) {
    report('the block has no Type');
    return undefined;
  }
  let type = text;
  if (/^<.*>$/.test(type)) {
    type = type.slice(1, -1).trim();
    report(`"Type: ${text}" read as "${type}"`);
  }
  // `MailboxIdParameter, AzureImportRequest`: a set name run into the type.
  const comma = type.indexOf(',');
  if (comma >= 0 && !type.includes('[')) {
    const first = type.slice(0, comma).trim();
    report(`"Type: ${text}" read as "${first}"`);
    type = first;
  }
  return type;
}

function readRequired(text: string | undefined, report: (message: string) => void): boolean | undefined {
  if (text === undefined) return undefined;
  const match = /^(true|false)(.*)$/i.exec(text);
  if (!match) {
    report(`"Required: ${text}" is neither True nor False; ignored`);
    return undefined;
  }
  if (match[2] !== '') report(`"Required: ${text}" read as "${match[1]}"`);
  return (match[1] as string).toLowerCase() === 'true';
}

function readPosition(text: string | undefined, report: (message: string) => void): number | 'named' | undefined {
  if (text === undefined || text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  if (/^named$/i.test(text)) return 'named';
  report(`"Position: ${text}" is neither a number nor Named; read as Named`);
  return 'named';
}

/** `True` and `True (ByValue)` → value, `True (ByPropertyName)` → property, both → both; `False` → none. */
function readPipeline(text: string | undefined, report: (message: string) => void): Pipeline | undefined {
  if (text === undefined || /^false$/i.test(text)) return undefined;
  const match = /^true\s*(?:\((.*)\))?$/i.exec(text);
  if (!match) {
    report(`"Accept pipeline input: ${text}" is not understood; read as False`);
    return undefined;
  }
  if (match[1] === undefined) return 'value';
  const kinds = new Set(splitList(match[1]).map((kind) => kind.toLowerCase()));
  const byValue = kinds.delete('byvalue');
  const byProperty = kinds.delete('bypropertyname');
  if (kinds.size > 0) report(`"${[...kinds].join(', ')}" is not ByValue or ByPropertyName; ignored`);
  if (byValue && byProperty) return 'both';
  if (byProperty) return 'property';
  return 'value';
}
