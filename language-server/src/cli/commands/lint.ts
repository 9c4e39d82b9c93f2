import { createRequire } from 'node:module';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { findConfigFile, loadConfig, type LoadedConfig } from '../../config/find-config.js';
import { CONFIG_FILE_NAME, formatConfigProblem } from '../../config/parse-config.js';
import { RULES } from '../../rules/index.js';
import { EXCHANGE_VERSIONS, mergeSettings, type Settings } from '../../settings.js';
import { RULE_SETTINGS } from '../../config/setting-fields.js';
import { parseCommandArgs, stringOption, stringsOption } from '../args.js';
import type { Command } from '../command.js';
import { assertWritableDestination, writeFileAtomic } from '../atomic-write.js';
import { fileErrorReason, InputError, UsageError } from '../io.js';
import { printable } from '../printable.js';
import { collectFiles, reason } from '../lint/collect-files.js';
import { formatJson } from '../lint/format-json.js';
import { formatSarif, type SarifTool } from '../lint/format-sarif.js';
import { formatText } from '../lint/format-text.js';
import { lintFile, MAX_FIX_PASSES } from '../lint/lint-files.js';
import { FORMATS, parseExchangeVersion, parseFormat, parseMaxWarnings, parseRuleOptions } from '../lint/options.js';
import { totals, type FileReport } from '../lint/report.js';

const PACKAGE = createRequire(import.meta.url)('../../../../package.json') as { version: string; homepage?: string };

export const lintCommand: Command = {
  name: 'lint',
  summary: 'check Exchange Management Shell scripts for known mistakes',
  usage: `exkb lint <files|folders…> [options]

  Folders are searched for .ps1, .psm1 and .psd1 files (any case), skipping node_modules and .git.
  Settings come from ${CONFIG_FILE_NAME} (or the exkb keys of .vscode/settings.json), looked for
  in the current folder and its parents; options override them.

  --format F               ${FORMATS.join(', ')} (default text). json prints [{file, line, column,
                           endLine, endColumn, rule, severity, message, entries, fix?}];
                           sarif prints SARIF 2.1.0 for GitHub code scanning
  --exchange-version V     the Exchange the scripts run against: ${EXCHANGE_VERSIONS.join(', ')}
  --config FILE            read settings from FILE instead of looking for ${CONFIG_FILE_NAME}
  --rule ID=SETTING        set one rule to ${RULE_SETTINGS.join(', ')} (repeatable)
  --fix                    write fixes back to the files (up to ${MAX_FIX_PASSES} passes), then report what is left
  --max-warnings N         exit 1 when there are more than N warnings
  --quiet                  report errors only
  --output-file FILE       write the report to FILE instead of standard output, atomically: FILE is
                           either left as it was or replaced by the whole new report

  Symbolic links are followed; a folder reached twice (a link loop) is walked once, a file reached
  twice is linted once. Binary files (a NUL character) and links to nothing are skipped with a note;
  FIFOs, sockets and devices are never read. Files that are not UTF-8 are read as Windows-1252, with
  a note; --fix keeps every file's encoding, BOM and line endings and writes atomically. Use --
  before paths that start with a dash.

  Exit code: 0 no error found; 1 an error found or --max-warnings exceeded; 2 the run is incomplete
  or could not start: bad usage, no scripts, a path, script or config that cannot be read, a config
  problem (the valid rest is still used), fixes or the report that cannot be written. 2 wins over 1:
  every readable script is still linted and reported, but a clean result cannot be trusted. Notes
  (binary files skipped, Windows-1252 read, a rule that failed and was skipped) never change it.`,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs('lint', args, {
      format: { type: 'string', short: 'f' },
      'exchange-version': { type: 'string' },
      config: { type: 'string', short: 'c' },
      rule: { type: 'string', multiple: true },
      fix: { type: 'boolean' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      'output-file': { type: 'string', short: 'o' },
    });
    if (positionals.length === 0) throw new UsageError('exkb lint: give the files or folders to lint, such as: exkb lint scripts');
    const format = parseFormat(stringOption(values, 'format'));
    const exchangeVersion = parseExchangeVersion(stringOption(values, 'exchange-version'));
    const knownRules = RULES.map((rule) => rule.meta.id);
    const ruleOptions = parseRuleOptions(stringsOption(values, 'rule'), knownRules);
    const maxWarnings = parseMaxWarnings(stringOption(values, 'max-warnings'));
    const fix = values['fix'] === true;
    const quiet = values['quiet'] === true;
    const { io } = context;
    const shown = (file: string) => (path.relative(io.cwd, file).startsWith('..') ? file : path.relative(io.cwd, file));

    const outputFile = stringOption(values, 'output-file');
    const output = outputFile === undefined ? undefined : path.resolve(io.cwd, outputFile);
    if (output !== undefined) {
      // Checked before any work, so a mistyped path fails in a second, not after linting a whole tree.
      await assertWritableDestination(output).catch((error: unknown) => {
        throw new InputError(`exkb lint: cannot write the report to ${outputFile}: ${fileErrorReason(error, 'its folder does not exist')}`, 2);
      });
    }

    // Everything that went wrong besides the findings: printed as it happens, and it makes the exit code 2.
    const troubles: string[] = [];
    const trouble = (problem: string) => {
      io.err(`exkb lint: ${printable(problem)}`);
      troubles.push(problem);
    };
    // Worth knowing, but nothing asked for was lost: printed, the exit code is unchanged.
    const notes: string[] = [];
    const note = (text: string) => {
      io.err(`exkb lint: ${printable(text)}`);
      notes.push(text);
    };
    const config = await readConfig(stringOption(values, 'config'), io.cwd);
    for (const problem of config?.problems ?? []) trouble(formatConfigProblem({ ...problem, file: shown(problem.file) }));
    const settings: Settings = mergeSettings(config?.settings, { ...(exchangeVersion ? { exchangeVersion } : {}), rules: ruleOptions });

    const collected = await collectFiles(positionals, io.cwd);
    if (output !== undefined) {
      const realOutput = await realpath(output).catch(() => output);
      const overwritten = await Promise.all(collected.files.map(async (file) => ((await realpath(file.absolute).catch(() => file.absolute)) === realOutput ? file : undefined)));
      const script = overwritten.find((file) => file !== undefined);
      if (script) throw new InputError(`exkb lint: --output-file ${outputFile} is ${script.shown}, one of the scripts to lint; write the report elsewhere`, 2);
    }
    collected.problems.forEach(trouble);
    collected.notes.forEach(note);
    if (collected.files.length === 0 && collected.problems.length === 0 && collected.notes.length === 0) {
      throw new InputError(`exkb lint: no PowerShell files (.ps1, .psm1, .psd1) in ${positionals.join(', ')}`, 2);
    }

    const reports: FileReport[] = [];
    // A rule that throws is exkb's bug, not the user's: said once per rule, the other rules' findings stand.
    const failedRules = new Map<string, { files: number; first: string }>();
    for (const file of collected.files) {
      const outcome = await lintFile(file, { settings, fix, quiet });
      outcome.troubles.forEach(trouble);
      outcome.notes.forEach(note);
      if (outcome.report) reports.push(outcome.report);
      for (const failure of outcome.failures) {
        const seen = failedRules.get(failure.rule);
        if (seen) seen.files++;
        else failedRules.set(failure.rule, { files: 1, first: `${file.shown}: ${failure.error instanceof Error ? failure.error.message : String(failure.error)}` });
      }
    }
    for (const [rule, { files, first }] of failedRules) {
      note(`rule ${rule} failed on ${files} file${files === 1 ? '' : 's'} and was skipped there; the other rules ran (first failure, ${first})`);
    }

    const sum = totals(reports);
    let report: string | undefined;
    if (format === 'json') report = formatJson(reports);
    else if (format === 'sarif') {
      const tool: SarifTool = { version: PACKAGE.version, ...(PACKAGE.homepage ? { homepage: PACKAGE.homepage } : {}) };
      report = formatSarif({ reports, rules: RULES.map((rule) => rule.meta), knowledge: context.knowledge(), cwd: io.cwd, tool, notifications: troubles, notes });
    } else if (reports.length > 0) report = formatText(reports, io.color && output === undefined);
    if (output !== undefined) {
      try {
        await writeFileAtomic(output, report === undefined || report.endsWith('\n') ? (report ?? '') : `${report}\n`);
      } catch (error) {
        trouble(`cannot write the report to ${outputFile}: ${reason(error)}; the file is left as it was`);
      }
    } else if (report !== undefined) io.out(report);
    if ((format !== 'text' || output !== undefined) && sum.fixed > 0) io.err(`exkb lint: fixed ${sum.fixed} problem(s) in ${reports.filter((each) => each.fixed > 0).length} file(s)`);

    const tooManyWarnings = maxWarnings !== undefined && sum.warnings > maxWarnings;
    if (tooManyWarnings) io.err(`exkb lint: ${sum.warnings} warnings, more than --max-warnings ${maxWarnings}`);
    if (troubles.length > 0) {
      io.err(`exkb lint: the report is incomplete: ${troubles.length} problem(s) besides the findings (exit code 2)`);
      return 2;
    }
    return sum.errors > 0 || tooManyWarnings ? 1 : 0;
  },
};

/** `--config` must be readable; a config found by looking up is used with its problems reported. */
async function readConfig(given: string | undefined, cwd: string): Promise<LoadedConfig | undefined> {
  if (given !== undefined) {
    const loaded = await loadConfig(path.resolve(cwd, given));
    const unreadable = loaded.problems.find((problem) => problem.message.startsWith('cannot read'));
    if (unreadable) throw new InputError(`exkb lint: --config ${given}: ${unreadable.message}`, 2);
    return loaded;
  }
  const found = await findConfigFile(cwd);
  return found === undefined ? undefined : loadConfig(found);
}
