// The SYNTAX blocks of a page → its parameter sets, checked against the PARAMETERS section: the
// blocks say which parameters each set has and which are mandatory or positional; the yaml blocks
// give the Position numbers that order the positional ones.

import type { ParameterRecord, ParameterSetRecord } from '../../src/exchange/model/format.js';
import type { SyntaxBlockNode } from './page-layout.js';
import { blockForSet, type ParameterSection } from './parameter-section.js';
import type { LineProblem } from './problems.js';
import { parseSyntaxBlock } from './syntax-block.js';

export interface ParameterSetsResult {
  readonly sets: ParameterSetRecord[];
  /** Parameters a block names but PARAMETERS doesn't describe, typed from the block. */
  readonly undescribed: ParameterRecord[];
  readonly problems: LineProblem[];
}

/** A parameter as one set has it. */
interface SetParameter {
  /** As PARAMETERS spells it (the block's spelling when PARAMETERS lacks it). */
  readonly name: string;
  readonly mandatory: boolean;
  readonly positional: boolean;
  /** The yaml Position for this set. */
  readonly position: number | 'named' | undefined;
}

export function buildParameterSets(cmdlet: string, blocks: readonly SyntaxBlockNode[], sections: readonly ParameterSection[]): ParameterSetsResult {
  const problems: LineProblem[] = [];
  const report = (problem: LineProblem) => problems.push(problem);
  const byKey = new Map(sections.map((section) => [section.name.toLowerCase(), section]));
  const undescribed: ParameterRecord[] = [];
  const inSomeSet = new Set<string>();
  const setNames = new Set<string>();
  const sets: ParameterSetRecord[] = [];

  for (const node of blocks) {
    const setName = uniqueSetName(node, blocks.length, setNames, report);
    const parsed = parseSyntaxBlock(node.code.value, node.line + 1);
    problems.push(...parsed.problems);
    if (parsed.block.cmdlet !== '' && parsed.block.cmdlet.toLowerCase() !== cmdlet.toLowerCase()) {
      report({ line: node.line + 1, kind: 'syntax', message: `the syntax block of set ${setName} starts with ${parsed.block.cmdlet}, not ${cmdlet}` });
    }
    const parameters = parsed.block.parameters.map((parameter): SetParameter => {
      const key = parameter.name.toLowerCase();
      const section = byKey.get(key);
      if (section && section.name !== parameter.name) {
        report({ line: parameter.line, kind: 'parameters', message: `-${parameter.name} is spelt -${section.name} under PARAMETERS; the model uses -${section.name}` });
      } else if (!section && !inSomeSet.has(key)) {
        report({ line: parameter.line, kind: 'parameters', message: `-${parameter.name} (set ${setName}) is not described under PARAMETERS; its type is taken from the syntax block` });
        undescribed.push({ name: parameter.name, type: parameter.type ?? 'SwitchParameter' });
      }
      inSomeSet.add(key);
      const position = section ? blockForSet(section, setName)?.position : undefined;
      // A block now and then leaves out the brackets of a positional name that the yaml gives a
      // Position (`[-Identity <T>]`, Position: 1). Taking it as positional only ever accepts
      // more scripts, where taking it as named would flag correct ones.
      const positional = parameter.positional || typeof position === 'number';
      if (positional && !parameter.positional) {
        report({ line: parameter.line, kind: 'position', message: `-${parameter.name} is named in the syntax block of set ${setName} but has Position ${String(position)} in its yaml block; the model takes it as positional` });
      }
      return { name: section?.name ?? parameter.name, mandatory: parameter.mandatory, positional, position };
    });
    sets.push({ name: setName, parameters: setTokens(parameters) });
  }

  if (blocks.length > 0) {
    for (const section of sections) {
      if (!inSomeSet.has(section.name.toLowerCase())) report({ line: section.line, kind: 'parameters', message: `-${section.name} is described under PARAMETERS but is in no SYNTAX block` });
    }
  }
  return { sets, undescribed, problems };
}

/** `### Identity (Default)` → `Identity`; a single unnamed block → `Default`. */
function uniqueSetName(node: SyntaxBlockNode, blockCount: number, taken: Set<string>, report: (problem: LineProblem) => void): string {
  let name = (node.heading ?? '').replace(/\s*\(default\)\s*$/i, '').trim();
  if (name === '') {
    name = 'Default';
    if (blockCount > 1) report({ line: node.line, kind: 'syntax', message: 'a syntax block without a set heading on a page with several blocks; named Default' });
  }
  let unique = name;
  for (let count = 2; taken.has(unique.toLowerCase()); count++) unique = `${name}${count}`;
  if (unique !== name) report({ line: node.line, kind: 'syntax', message: `the set name ${name} is used twice; this one is named ${unique}` });
  taken.add(unique.toLowerCase());
  return unique;
}

/**
 * The set's compact tokens (`Identity@0!`). Positional parameters are numbered in the order
 * PowerShell binds them: the yaml Position of this set ascending, then the block's order.
 */
function setTokens(parameters: readonly SetParameter[]): string[] {
  const positional = parameters
    .map((parameter, index) => ({ ...parameter, index }))
    .filter((parameter) => parameter.positional)
    .sort((a, b) => rank(a.position) - rank(b.position) || a.index - b.index);
  const positionOf = new Map(positional.map((parameter, order) => [parameter.index, order]));
  return parameters.map((parameter, index) => {
    const position = positionOf.get(index);
    return `${parameter.name}${position !== undefined ? `@${position}` : ''}${parameter.mandatory ? '!' : ''}`;
  });
}

function rank(position: number | 'named' | undefined): number {
  return typeof position === 'number' ? position : Number.POSITIVE_INFINITY;
}
