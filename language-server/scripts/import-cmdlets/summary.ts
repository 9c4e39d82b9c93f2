// Counts of a generated model and its problems, for the importer's report.

import type { CmdletModelFile } from '../../src/exchange/model/format.js';
import type { ImportProblem, ProblemKind } from './problems.js';

export interface ModelSummary {
  readonly cmdlets: number;
  readonly parameters: number;
  readonly sets: number;
  readonly parametersWithValues: number;
  readonly problemsByKind: Readonly<Partial<Record<ProblemKind, number>>>;
}

export function summarize(model: CmdletModelFile, problems: readonly ImportProblem[]): ModelSummary {
  const parameters = model.cmdlets.flatMap((cmdlet) => cmdlet.parameters);
  const problemsByKind: Partial<Record<ProblemKind, number>> = {};
  for (const problem of problems) problemsByKind[problem.kind] = (problemsByKind[problem.kind] ?? 0) + 1;
  return {
    cmdlets: model.cmdlets.length,
    parameters: parameters.length,
    sets: model.cmdlets.reduce((total, cmdlet) => total + cmdlet.sets.length, 0),
    parametersWithValues: parameters.filter((parameter) => parameter.values !== undefined).length,
    problemsByKind,
  };
}

export function formatSummary(summary: ModelSummary): string {
  const kinds = Object.entries(summary.problemsByKind)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, count]) => `${count} ${kind}`);
  const total = Object.values(summary.problemsByKind).reduce((sum, count) => sum + (count ?? 0), 0);
  return [
    `${summary.cmdlets} cmdlets, ${summary.parameters} parameters (${summary.parametersWithValues} with accepted values), ${summary.sets} parameter sets`,
    `${total} problem(s) in the reference${kinds.length > 0 ? `: ${kinds.join(', ')}` : ''}`,
  ].join('\n');
}
