// One reference page → one CmdletRecord, plus every problem found on the way. Never throws: a
// page that can't give a cmdlet name or products gives no record, only problems.

import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { CmdletRecord, ParameterRecord, ProductCode } from '../../src/exchange/model/format.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { readPageLayout } from './page-layout.js';
import { buildParameterSets } from './parameter-sets.js';
import { readParameterSection, type ParameterSection } from './parameter-section.js';
import type { ImportProblem, LineProblem } from './problems.js';
import { readProducts } from './products.js';

export type PageResult =
  | { readonly kind: 'cmdlet'; readonly record: CmdletRecord; readonly problems: ImportProblem[] }
  /** The module's own page (`ExchangePowerShell.md`): not a cmdlet. */
  | { readonly kind: 'module'; readonly problems: ImportProblem[] }
  | { readonly kind: 'unreadable'; readonly problems: ImportProblem[] };

/**
 * Cmdlets that ship in the ExchangeOnlineManagement module itself rather than in the session it
 * connects: the module's own help file, and the REST-based cmdlets (Get-EXOMailbox …, the Viva
 * ones, Get-ConnectionInformation) whose help comes from the module's DLLs.
 */
const MODULE_HELP_FILES: readonly [RegExp, string][] = [
  [/^ExchangeOnlineManagement/i, 'ExchangeOnlineManagement'],
  [/^Microsoft\.Exchange\.Management\.RestApiClient\.dll/i, 'ExchangeOnlineManagement'],
  [/^Microsoft\.Exchange\.Management\.ExoPowershellGalleryModule\.dll/i, 'ExchangeOnlineManagement'],
];

const processor = unified().use(remarkParse);


/** `file` is how problems name the page (its name in the reference folder). */
export function importPage(source: string, file: string): PageResult {
  const problems: ImportProblem[] = [];
  const report = (problem: LineProblem) => problems.push({ file, ...problem });
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;

  const read = readFrontMatter(text);
  read.problems.forEach(report);
  const frontMatter = read.frontMatter;
  if (!frontMatter) return unreadable(file, problems, 'no front matter');
  const field = (key: string) => frontMatter.fields.get(key);

  const moduleName = field('module name')?.value;
  if (moduleName && file.replace(/^.*[\\/]/, '').toLowerCase() === `${moduleName.toLowerCase()}.md`) return { kind: 'module', problems };

  const name = field('title')?.value ?? '';
  if (name === '') report({ line: frontMatter.endLine, kind: 'front-matter', message: 'the front matter has no title (the cmdlet name)' });
  const applicable = field('applicable');
  if (!applicable) report({ line: frontMatter.endLine, kind: 'front-matter', message: 'the front matter has no "applicable:" list of products' });
  const cmdletProducts = applicable ? readProducts(applicable.value) : { products: [], problems: [] };
  for (const message of cmdletProducts.problems) report({ line: applicable?.line ?? 1, kind: 'products', message });
  if (name === '' || cmdletProducts.products.length === 0) return unreadable(file, problems, name === '' ? 'no cmdlet name' : 'no products');

  const tree = processor.parse(read.body) as Root;
  const layout = readPageLayout(tree);
  layout.problems.forEach(report);

  const sections: ParameterSection[] = [];
  const described = new Set<string>();
  if (layout.parametersLine === undefined) report({ line: frontMatter.endLine, kind: 'page', message: 'the page has no PARAMETERS section' });
  for (const nodes of layout.parameterSections) {
    const result = readParameterSection(nodes.name, nodes.line, nodes.nodes);
    result.problems.forEach(report);
    const key = nodes.name.toLowerCase();
    if (described.has(key)) {
      report({ line: nodes.line, kind: 'parameters', message: `-${nodes.name} is described twice; the first is used` });
      continue;
    }
    described.add(key);
    sections.push(result.section);
  }

  const parameters: ParameterRecord[] = sections.map((section) => parameterRecord(section, cmdletProducts.products));
  if (layout.syntaxLine === undefined) report({ line: frontMatter.endLine, kind: 'page', message: 'the page has no SYNTAX section; the cmdlet has no parameter sets' });
  else if (layout.syntaxBlocks.length === 0) report({ line: layout.syntaxLine, kind: 'page', message: 'the SYNTAX section has no code block; the cmdlet has no parameter sets' });
  const built = buildParameterSets(name, layout.syntaxBlocks, sections);
  built.problems.forEach(report);
  parameters.push(...built.undescribed);

  const record: { -readonly [K in keyof CmdletRecord]: CmdletRecord[K] } = { name, products: cmdletProducts.products, help: helpUrl(frontMatter, report), parameters, sets: built.sets };
  const module = moduleOf(field('external help file')?.value ?? '');
  if (module) record.module = module;
  return { kind: 'cmdlet', record: reorder(record), problems: problems.sort((a, b) => a.line - b.line) };
}

function unreadable(file: string, problems: ImportProblem[], why: string): PageResult {
  return { kind: 'unreadable', problems: [...problems, { file, line: 1, kind: 'page', message: `not imported: ${why}` }] };
}

function parameterRecord(section: ParameterSection, cmdletProducts: readonly ProductCode[]): ParameterRecord {
  const record: { -readonly [K in keyof ParameterRecord]: ParameterRecord[K] } = { name: section.name, type: section.type };
  if (section.aliases.length > 0) record.aliases = section.aliases;
  if (section.pipeline) record.pipeline = section.pipeline;
  if (section.products && !sameProducts(section.products, cmdletProducts)) record.products = section.products;
  if (section.values) record.values = section.values;
  return record;
}

function helpUrl(frontMatter: FrontMatter, report: (problem: LineProblem) => void): string {
  const online = frontMatter.fields.get('online version');
  if (online) return online.value;
  // `https: //learn…`: the URL's own colon was read as the key's.
  for (const scheme of ['https', 'http']) {
    const broken = frontMatter.fields.get(scheme);
    if (broken && broken.value.startsWith('//')) {
      report({ line: broken.line, kind: 'front-matter', message: `"${scheme}: ${broken.value}" read as the online version` });
      return `${scheme}:${broken.value}`;
    }
  }
  report({ line: frontMatter.endLine, kind: 'front-matter', message: 'the front matter has no "online version:" help URL' });
  return '';
}

function moduleOf(helpFile: string): string | undefined {
  return MODULE_HELP_FILES.find(([pattern]) => pattern.test(helpFile))?.[1];
}

function sameProducts(a: readonly ProductCode[], b: readonly ProductCode[]): boolean {
  return a.length === b.length && a.every((code, index) => code === b[index]);
}

/** The record's keys in the format's order, so the generated file reads the same for every cmdlet. */
function reorder(record: CmdletRecord): CmdletRecord {
  return {
    name: record.name,
    products: record.products,
    ...(record.module ? { module: record.module } : {}),
    help: record.help,
    parameters: record.parameters,
    sets: record.sets,
  };
}
