import path from 'node:path';
import { formatNearDuplicate, NEAR_DUPLICATE_BODY, type CodeKind } from '@exkb/knowledge';
import { findConfigFile, loadConfig } from '../../config/find-config.js';
import { CONFIG_FILE_NAME, formatConfigProblem } from '../../config/parse-config.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { InputError } from '../io.js';
import { CODE_KINDS, countCoverage, type Coverage } from '../stats/coverage.js';
import { readKnowledgeFolders, type FolderKnowledge } from '../../knowledge-folders.js';
import { style, type Style } from '../style.js';

const KIND_LABELS: Record<CodeKind, string> = {
  'enhanced-status': 'enhanced status',
  'status-word': 'status word',
  hex: 'hex',
  'event-id': 'event',
  'http-status': 'HTTP',
  'kb-article': 'KB',
};

export const stats: Command = {
  name: 'stats',
  summary: 'what the knowledge base covers: areas, products, codes, gaps',
  usage: `exkb stats [--json] [--config FILE]

  Counts the knowledge: entries per area and per product (an entry counts for each product it
  names), the distinct codes listed by kind, the entries without references, without codes or
  without a PowerShell fix, and near-duplicate bodies (word 5-gram Jaccard ≥ ${NEAR_DUPLICATE_BODY}).
  The knowledgeFolders of ${CONFIG_FILE_NAME} (looked for in the current folder and its parents)
  are counted with the bundled entries; their problems are printed to stderr.

  --json          print {entries, sources, areas, products, codes, withoutReferences,
                  withoutCodes, withoutPowerShellFix, nearDuplicateBodies}
  --config FILE   read knowledgeFolders from FILE instead of looking for ${CONFIG_FILE_NAME}

  Exit code: 0, or 2 on bad usage or an unreadable --config.`,
  async run(args, context) {
    const { values } = parseCommandArgs('stats', args, { json: { type: 'boolean' }, config: { type: 'string' } });
    const { io } = context;
    const bundled = context.knowledge().entries;
    const folders = await configuredFolders(stringOption(values, 'config'), io.cwd, io.err);
    const extra = (await readKnowledgeFolders(folders, new Set(bundled.map((entry) => entry.id)))).folders;
    for (const problem of extra.flatMap((folder) => folder.problems)) io.err(problem);
    const coverage = countCoverage([...bundled, ...extra.flatMap((folder) => folder.entries)]);
    const sources = [{ source: 'bundled', entries: bundled.length }, ...extra.map(({ folder, entries, problems }) => ({ source: folder, entries: entries.length, problems: problems.length }))];
    if (values['json'] === true) {
      io.out(JSON.stringify({ entries: coverage.entries, sources, ...withoutTotal(coverage) }, null, 2));
      return 0;
    }
    io.out(formatStats(coverage, extra, style(io.color)));
    return 0;
  },
};

/** `--config` must be readable; a config found by looking up is used with its problems reported. */
async function configuredFolders(given: string | undefined, cwd: string, report: (line: string) => void): Promise<readonly string[]> {
  const file = given === undefined ? await findConfigFile(cwd) : path.resolve(cwd, given);
  if (file === undefined) return [];
  const loaded = await loadConfig(file);
  const unreadable = loaded.problems.find((problem) => problem.message.startsWith('cannot read'));
  if (given !== undefined && unreadable) throw new InputError(`exkb stats: --config ${given}: ${unreadable.message}`, 2);
  for (const problem of loaded.problems) report(formatConfigProblem(problem));
  return loaded.settings.knowledgeFolders ?? [];
}

function withoutTotal({ entries: _entries, ...rest }: Coverage): Omit<Coverage, 'entries'> {
  return rest;
}

function formatStats(coverage: Coverage, extra: readonly FolderKnowledge[], s: Style): string {
  const rows = (pairs: ReadonlyArray<[string, number | string]>) => {
    const width = Math.max(...pairs.map(([label]) => label.length));
    const numbers = Math.max(...pairs.map(([, value]) => String(value).length));
    return pairs.map(([label, value]) => `  ${label.padEnd(width)}  ${String(value).padStart(numbers)}`);
  };
  const ids = (list: readonly string[]) => list.map((id) => `  ${id}`);
  const codeCount = CODE_KINDS.reduce((sum, kind) => sum + coverage.codes[kind].length, 0);
  const sources = extra.length === 0 ? 'bundled' : `${coverage.entries - extra.reduce((sum, folder) => sum + folder.entries.length, 0)} bundled, ${extra.map((folder) => `${folder.entries.length} from ${folder.folder}`).join(', ')}`;
  const near = coverage.nearDuplicateBodies;
  return [
    `${s.bold('Entries')}  ${coverage.entries} (${sources})`,
    '',
    s.bold('Per area'),
    ...rows(Object.entries(coverage.areas)),
    '',
    s.bold('Per product'),
    ...rows(Object.entries(coverage.products)),
    '',
    `${s.bold('Codes covered')}  ${codeCount} distinct`,
    ...rows(CODE_KINDS.map((kind) => [KIND_LABELS[kind], coverage.codes[kind].length])),
    '',
    `${s.bold('Without references')}  ${coverage.withoutReferences.length}`,
    ...ids(coverage.withoutReferences),
    '',
    `${s.bold('Without codes')}  ${coverage.withoutCodes.length}`,
    ...ids(coverage.withoutCodes),
    '',
    `${s.bold('Without a PowerShell fix')}  ${coverage.withoutPowerShellFix.length}`,
    ...ids(coverage.withoutPowerShellFix),
    '',
    `${s.bold('Near-duplicate bodies')}  ${near.length === 0 ? 'none' : near.length}`,
    ...near.map((pair) => `  ${formatNearDuplicate(pair)}`),
  ].join('\n');
}
