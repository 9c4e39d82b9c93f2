import { BUNDLE_FORMAT } from './types.js';

/*
 * A bundle is read from disk (CLI, language server) or from extension storage, so it can be
 * truncated, hand-edited or written by another build. Every field the faces read is checked
 * once at load, so a damaged bundle is refused with the path of the first bad field instead of
 * failing later inside a search. The index's binary arrays are checked by ImpactIndex itself.
 */

type Check = (value: unknown) => boolean;

const isString: Check = (value) => typeof value === 'string';
const isStringArray: Check = (value) => Array.isArray(value) && value.every(isString);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const ENTRY_FIELDS: ReadonlyArray<[string, Check]> = [
  ['id', isString],
  ['area', isString],
  ['file', isString],
  ['title', isString],
  ['markdown', isString],
  ['codes', isStringArray],
  ['symptoms', isStringArray],
  ['products', isStringArray],
  ['cmdlets', isStringArray],
  ['tags', isStringArray],
  ['references', isStringArray],
  ['links', isStringArray],
];

const SNIPPET_FIELDS: ReadonlyArray<[string, Check]> = [
  ['section', isString],
  ['language', isString],
  ['code', isString],
  ['line', isCount],
];

function firstBadField(value: Record<string, unknown>, fields: ReadonlyArray<[string, Check]>, at: string): string | undefined {
  for (const [name, check] of fields) {
    if (!check(value[name])) return `${at}.${name}`;
  }
  return undefined;
}

function entryProblem(entry: unknown, at: string): string | undefined {
  if (!isRecord(entry)) return `${at} is not an object`;
  const field = firstBadField(entry, ENTRY_FIELDS, at);
  if (field) return `${field} is missing or of the wrong type`;
  const summary = entry['summary'];
  if (!isRecord(summary) || !isString(summary['symptom']) || !isString(summary['cause']) || !isString(summary['fix'])) return `${at}.summary is missing or of the wrong type`;
  const snippets = entry['snippets'];
  if (!Array.isArray(snippets)) return `${at}.snippets is missing or of the wrong type`;
  for (const [n, snippet] of snippets.entries()) {
    if (!isRecord(snippet)) return `${at}.snippets[${n}] is not an object`;
    const bad = firstBadField(snippet, SNIPPET_FIELDS, `${at}.snippets[${n}]`);
    if (bad) return `${bad} is missing or of the wrong type`;
  }
  return undefined;
}

function rangeProblem(range: unknown, at: string): string | undefined {
  if (!isRecord(range) || !isString(range['prefix']) || !isCount(range['low']) || !isCount(range['high'])) return `${at} is not a code range`;
  if (range['low'] > range['high']) return `${at} has its low end above its high end`;
  return undefined;
}

/** The first thing wrong with a bundle, as a field path and what is wrong; undefined when it is sound. */
export function bundleProblem(candidate: unknown): string | undefined {
  if (!isRecord(candidate)) return 'it is not a JSON object';
  if (candidate['format'] !== BUNDLE_FORMAT) return `it has format ${JSON.stringify(candidate['format']) ?? 'undefined'}, this build reads format ${BUNDLE_FORMAT}`;
  if (!isString(candidate['contentHash'])) return 'contentHash is missing or of the wrong type';
  if (!isString(candidate['builtAt'])) return 'builtAt is missing or of the wrong type';
  if (candidate['sourceCommit'] !== null && !isString(candidate['sourceCommit'])) return 'sourceCommit is missing or of the wrong type';

  const entries = candidate['entries'];
  if (!Array.isArray(entries)) return 'entries is missing or not a list';
  const ids = new Set<string>();
  for (const [n, entry] of entries.entries()) {
    const problem = entryProblem(entry, `entries[${n}]`);
    if (problem) return problem;
    const id = (entry as { id: string }).id;
    if (ids.has(id)) return `entries[${n}].id "${id}" appears twice`;
    ids.add(id);
  }

  const codes = candidate['codes'];
  if (!isRecord(codes)) return 'codes is missing or not a map';
  for (const [key, listed] of Object.entries(codes)) {
    if (!isStringArray(listed)) return `codes["${key}"] is not a list of entry ids`;
    const unknown = (listed as string[]).find((id) => !ids.has(id));
    if (unknown !== undefined) return `codes["${key}"] names "${unknown}", which is not an entry`;
  }

  const ranges = candidate['ranges'];
  if (!Array.isArray(ranges)) return 'ranges is missing or not a list';
  for (const [n, range] of ranges.entries()) {
    const problem = rangeProblem(range, `ranges[${n}]`);
    if (problem) return problem;
  }

  const index = candidate['index'];
  if (!isRecord(index)) return 'index is missing or not an object';
  if (index['documentCount'] !== entries.length) return `index.documentCount is ${JSON.stringify(index['documentCount']) ?? 'undefined'}, but there are ${entries.length} entries`;
  for (const field of ['terms', 'offsets', 'documents', 'impacts']) {
    if (!isString(index[field])) return `index.${field} is missing or of the wrong type`;
  }
  const maxImpact = index['maxImpact'];
  if (typeof maxImpact !== 'number' || !Number.isFinite(maxImpact) || maxImpact < 0) return 'index.maxImpact is missing or not a finite number';
  return undefined;
}
