// One `### -Name` section of a page's PARAMETERS: the `> Applicable:` line, the description
// (read only for accepted values) and the yaml block(s). A few parameters have one yaml block per
// group of parameter sets (different Required or Type per set); they are merged: the first Type,
// the union of aliases, pipeline kinds and accepted values, and each set's own Position.

import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ProductCode } from '../../src/exchange/model/format.js';
import { acceptedValues } from './accepted-values.js';
import type { LineProblem } from './problems.js';
import { readProducts } from './products.js';
import { uniqueIgnoringCase } from './unique.js';
import { parseYamlBlock, type Pipeline, type YamlBlock } from './yaml-block.js';

export interface ParameterSection {
  readonly name: string;
  /** 1-based page line of the heading. */
  readonly line: number;
  /** From `> Applicable:`; absent when the section has no such line. */
  readonly products?: readonly ProductCode[];
  readonly type: string;
  readonly aliases: readonly string[];
  readonly pipeline?: Pipeline;
  readonly values?: readonly string[];
  /** The yaml blocks in page order (one, or one per group of sets). */
  readonly blocks: readonly YamlBlock[];
}

export interface ParameterSectionResult {
  readonly section: ParameterSection;
  readonly problems: LineProblem[];
}

const APPLICABLE = /^\s*applicable\s*:/i;

/** `nodes` are the section's nodes after its heading, up to the next heading. */
export function readParameterSection(name: string, line: number, nodes: readonly RootContent[]): ParameterSectionResult {
  const problems: LineProblem[] = [];
  let products: ProductCode[] | undefined;
  const blocks: YamlBlock[] = [];
  const description: RootContent[] = [];
  for (const node of nodes) {
    const nodeLine = node.position?.start.line ?? line;
    if (node.type === 'blockquote' && APPLICABLE.test(toString(node))) {
      if (products !== undefined) {
        problems.push({ line: nodeLine, kind: 'products', message: `-${name} has a second "Applicable:" line; the first is used` });
        continue;
      }
      const read = readProducts(toString(node).replace(/\s+/g, ' '));
      products = read.products;
      for (const message of read.problems) problems.push({ line: nodeLine, kind: 'products', message });
    } else if (node.type === 'code' && node.lang?.toLowerCase() === 'yaml') {
      const read = parseYamlBlock(node.value, nodeLine);
      blocks.push(read.block);
      problems.push(...read.problems);
    } else if (blocks.length === 0) {
      description.push(node);
    }
  }
  if (blocks.length === 0) problems.push({ line, kind: 'yaml', message: `-${name} has no yaml block; its type is unknown` });

  const type = blocks.find((block) => block.type)?.type ?? 'Object';
  for (const block of blocks) {
    if (block.type && block.type !== type) {
      problems.push({ line: block.line, kind: 'yaml', message: `-${name} is of type ${block.type} in sets ${formatSets(block.sets)} and ${type} in the first block; the model keeps ${type}` });
    }
  }
  const aliases = uniqueIgnoringCase(blocks.flatMap((block) => block.aliases));
  const pipelines = new Set(blocks.flatMap((block) => (block.pipeline ? [block.pipeline] : [])));
  const pipeline: Pipeline | undefined = pipelines.has('both') || (pipelines.has('value') && pipelines.has('property')) ? 'both' : [...pipelines][0];
  const yamlValues = uniqueIgnoringCase(blocks.flatMap((block) => block.acceptedValues ?? []));
  const values = acceptedValues({ parameter: name, type, yamlValues, description });

  const section: { -readonly [K in keyof ParameterSection]: ParameterSection[K] } = { name, line, type, aliases, blocks };
  if (products) section.products = products;
  if (pipeline) section.pipeline = pipeline;
  if (values) section.values = values;
  return { section, problems };
}

/** The yaml block that describes the parameter in a set: the one naming the set, else one for (All), else the first. */
export function blockForSet(section: ParameterSection, set: string): YamlBlock | undefined {
  const key = set.toLowerCase();
  return (
    section.blocks.find((block) => block.sets !== 'all' && block.sets.some((name) => name.toLowerCase() === key)) ??
    section.blocks.find((block) => block.sets === 'all') ??
    section.blocks[0]
  );
}

function formatSets(sets: YamlBlock['sets']): string {
  return sets === 'all' ? '(All)' : sets.join(', ');
}
