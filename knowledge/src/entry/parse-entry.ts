import type { Code, Heading, Link, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { EntryProblem } from './diagnostics.js';
import { entryTooCostly } from './entry-limits.js';
import { readFrontMatter } from './front-matter.js';
import { AREAS, POWERSHELL_FENCES, REQUIRED_SECTIONS, SECTIONS, type Area, type Entry, type Product, type SectionName, type Snippet } from './model.js';
import { checkPowerShellSnippet } from './snippet-check.js';

export const ENTRY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SUMMARY_LENGTH = 400;
const ENTRY_LINK = /^exkb:(.*)$/;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export interface ParsedEntry {
  entry?: Entry;
  problems: EntryProblem[];
}

/**
 * Parses one entry file and checks everything that can be checked without its neighbours.
 * `relativePath` is `<area>/<id>.md` under the entries folder; `file` is how problems name it.
 * Every problem is collected: one mistake never hides the next.
 */
export function parseEntry(source: string, relativePath: string, file: string = relativePath): ParsedEntry {
  const problems: EntryProblem[] = [];
  const report = (problem: Omit<EntryProblem, 'file'>) => problems.push({ file, ...problem });
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;

  const parts = relativePath.split('/');
  const fileName = parts.at(-1) ?? '';
  const id = fileName.replace(/\.md$/i, '');
  const area = parts.length >= 2 ? (parts.at(-2) ?? '') : '';
  if (!ENTRY_ID.test(id)) report({ code: 'KB014', line: 1, column: 1, message: `the file name "${fileName}" is not a valid entry id; use lower-case words joined by "-", such as public-folder-anonymous-contributor.md` });
  if (!(AREAS as readonly string[]).includes(area)) report({ code: 'KB017', line: 1, column: 1, message: `"${area || '(none)'}" is not an area; move the file into one of entries/${AREAS.join(', entries/')}` });

  const tooCostly = entryTooCostly(text);
  if (tooCostly !== undefined) {
    report({ code: 'KB020', line: 1, column: 1, message: tooCostly });
    return { problems };
  }
  const tree = processor.parse(text) as Root;
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (yaml === undefined) {
    report({ code: 'KB008', line: 1, column: 1, message: 'the file does not start with front matter; begin it with a "---" line, the YAML fields, and another "---" line' });
  }
  const frontMatter = yaml ? readFrontMatter(yaml.value, (yaml.position?.start.line ?? 1) + 1) : { problems: [] };
  for (const problem of frontMatter.problems) report(problem);

  const body = yaml ? tree.children.slice(1) : tree.children;
  const sections = readSections(body, report);
  const snippets = readSnippets(sections, report);
  const links = readLinks(tree, report);
  const bodyStart = yaml?.position?.end.offset ?? 0;

  const value = frontMatter.value;
  if (problems.length > 0 || value === undefined) return { problems };
  return {
    entry: {
      id,
      area: area as Area,
      file: relativePath,
      ...value,
      products: value.products as Product[],
      markdown: text.slice(bodyStart).replace(/^\s+/, ''),
      summary: {
        symptom: summarise(sections.get('Symptom')),
        cause: summarise(sections.get('Cause')),
        fix: summarise(sections.get('Fix')),
      },
      snippets,
      links,
    },
    problems,
  };
}

type Report = (problem: Omit<EntryProblem, 'file'>) => void;

function readSections(body: RootContent[], report: Report): Map<SectionName, RootContent[]> {
  const sections = new Map<SectionName, RootContent[]>();
  let current: RootContent[] | undefined;
  let lastIndex = -1;
  for (const node of body) {
    if (node.type === 'heading' && node.depth <= 2) {
      const name = toString(node).trim();
      const where = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, field: `${'#'.repeat(node.depth)} ${name}` };
      const index = SECTIONS.findIndex((section) => section.toLowerCase() === name.toLowerCase());
      if (node.depth === 1 || index < 0) {
        report({ code: 'KB011', ...where, message: `"${where.field}" is not part of the outline; use "## " headings ${SECTIONS.join(', ')} (the title belongs in the front matter)` });
        current = undefined;
        continue;
      }
      const section = SECTIONS[index] as SectionName;
      if (sections.has(section)) {
        report({ code: 'KB012', ...where, message: `"## ${section}" is repeated; merge the two sections` });
        current = undefined;
        continue;
      }
      if (index < lastIndex) {
        report({ code: 'KB012', ...where, message: `"## ${section}" is out of order; the outline is ${SECTIONS.join(', ')}` });
      }
      lastIndex = Math.max(lastIndex, index);
      current = [];
      sections.set(section, current);
      if (!nextIsContent(body, node)) report({ code: 'KB018', ...where, message: `"## ${section}" is empty; write it or remove the heading` });
      continue;
    }
    current?.push(node);
  }
  const lastLine = body.at(-1)?.position?.end.line ?? 1;
  for (const required of REQUIRED_SECTIONS) {
    if (!sections.has(required)) report({ code: 'KB010', line: lastLine, column: 1, field: `## ${required}`, message: `the entry has no "## ${required}" section; the outline is ${SECTIONS.join(', ')}` });
  }
  return sections;
}

function nextIsContent(body: RootContent[], heading: Heading): boolean {
  const next = body[body.indexOf(heading) + 1];
  return next !== undefined && !(next.type === 'heading' && next.depth <= 2);
}

function readSnippets(sections: Map<SectionName, RootContent[]>, report: Report): Snippet[] {
  const snippets: Snippet[] = [];
  for (const [section, nodes] of sections) {
    for (const node of nodes) {
      visitCode(node, (code) => {
        const language = (code.lang ?? '').toLowerCase();
        const line = (code.position?.start.line ?? 0) + 1;
        snippets.push({ section, language, code: code.value, line });
        if (!POWERSHELL_FENCES.has(language)) return;
        const indent = (code.position?.start.column ?? 1) - 1;
        for (const problem of checkPowerShellSnippet(code.value)) {
          report({ code: 'KB013', line: line + problem.line, column: indent + problem.column + 1, field: `## ${section}`, message: `the PowerShell snippet is malformed: ${problem.message}` });
        }
      });
    }
  }
  return snippets;
}

function visitCode(node: RootContent, visit: (code: Code) => void): void {
  if (node.type === 'code') visit(node);
  if ('children' in node) for (const child of node.children) visitCode(child as RootContent, visit);
}

function readLinks(tree: Root, report: Report): string[] {
  const links: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'link') {
      const target = ENTRY_LINK.exec((node as Link).url)?.[1];
      if (target !== undefined) {
        if (ENTRY_ID.test(target)) links.push(target);
        else report({ code: 'KB016', line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, field: 'link', message: `"exkb:${target}" does not name an entry id; write exkb:<id> with the target's file name` });
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as RootContent);
  };
  walk(tree);
  return [...new Set(links)];
}

/** The section as plain prose: code left out, whitespace folded, cut at a word near the limit. */
function summarise(nodes: RootContent[] | undefined): string {
  if (nodes === undefined) return '';
  const prose = nodes
    .filter((node) => node.type !== 'code')
    .map((node) => plainText(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (prose.length <= SUMMARY_LENGTH) return prose;
  const cut = prose.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function plainText(node: RootContent): string {
  if (node.type === 'code') return '';
  if (node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plainText).join(node.type === 'list' || node.type === 'listItem' ? ' ' : '');
  return 'value' in node ? String(node.value) : '';
}
