// The front matter of a reference page: `key: value` lines between two `---` lines. Values are
// plain strings (the pages use no YAML beyond that), so a full YAML parser would only add ways to
// fail on the reference's slips.

import type { LineProblem } from './problems.js';

export interface FrontMatterField {
  readonly value: string;
  /** 1-based line of the field in the page. */
  readonly line: number;
}

export interface FrontMatter {
  /** By lower-case key (`online version`, `external help file`). */
  readonly fields: ReadonlyMap<string, FrontMatterField>;
  /** 1-based line of the closing `---`. */
  readonly endLine: number;
}

export interface FrontMatterResult {
  readonly frontMatter?: FrontMatter;
  /** The page with the front matter's lines emptied, so Markdown positions stay the page's lines. */
  readonly body: string;
  readonly problems: LineProblem[];
}

const FIELD = /^([^:]+):(.*)$/;

export function readFrontMatter(text: string): FrontMatterResult {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { body: text, problems: [{ line: 1, kind: 'front-matter', message: 'the page does not start with front matter (a "---" line)' }] };
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) {
    return { body: text, problems: [{ line: 1, kind: 'front-matter', message: 'the front matter is never closed by a second "---" line' }] };
  }
  const problems: LineProblem[] = [];
  const fields = new Map<string, FrontMatterField>();
  for (let index = 1; index < end; index++) {
    const raw = lines[index] ?? '';
    if (raw.trim() === '') continue;
    const match = FIELD.exec(raw);
    const line = index + 1;
    if (!match) {
      problems.push({ line, kind: 'front-matter', message: `"${raw.trim()}" is not a "key: value" line` });
      continue;
    }
    const key = (match[1] ?? '').trim().toLowerCase();
    if (fields.has(key)) problems.push({ line, kind: 'front-matter', message: `"${key}" is given twice; the first one is used` });
    else fields.set(key, { value: (match[2] ?? '').trim(), line });
  }
  const body = [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n');
  return { frontMatter: { fields, endLine: end + 1 }, body, problems };
}
