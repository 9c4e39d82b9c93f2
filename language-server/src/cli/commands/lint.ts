import { createRequire } from 'node:module';
import path from 'node:path';
import { findConfigFile, loadConfig, type LoadedConfig } from '../../config/find-config.js';
import { CONFIG_FILE_NAME, formatConfigProblem } from '../../config/parse-config.js';
import { RULES } from '../../rules/index.js';
import { EXCHANGE_VERSIONS, mergeSettings, type Settings } from '../../settings.js';
import { RULE_SETTINGS } from '../../config/setting-fields.js';
import { parseCommandArgs, stringOption, stringsOption } from '../args.js';
import type { Command } from '../command.js';
import { InputError, UsageError } from '../io.js';
import { collectFiles } from '../lint/collect-files.js';
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

  Exit code: 1 when an error is reported or --max-warnings is exceeded, 0 when not, 2 on bad usage,
  a path or config that cannot be read, or a config problem (the valid rest is still used).`,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs('lint', args, {
      format: { type: 'string', short: 'f' },
      'exchange-version': { type: 'string' },
      config: { type: 'string', short: 'c' },
      rule: { type: 'string', multiple: true },
      fix: { type: 'boolean' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
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

    // Everything that went wrong besides the findings: printed as it happens, and it makes the exit code 2.
    const troubles: string[] = [];
    const note = (problem: string) => {
      io.err(`exkb lint: ${problem}`);
      troubles.push(problem);
    };
    const config = await readConfig(stringOption(values, 'config'), io.cwd);
    for (const problem of config?.problems ?? []) note(formatConfigProblem({ ...problem, file: shown(problem.file) }));
    const settings: Settings = mergeSettings(config?.settings, { ...(exchangeVersion ? { exchangeVersion } : {}), rules: ruleOptions });

    const collected = await collectFiles(positionals, io.cwd);
    collected.problems.forEach(note);
    if (collected.files.length === 0 && collected.problems.length === 0) {
      throw new InputError(`exkb lint: no PowerShell files (.ps1, .psm1, .psd1) in ${positionals.join(', ')}`, 2);
    }

    const reports: FileReport[] = [];
    for (const file of collected.files) {
      const outcome = await lintFile(file, { settings, fix, quiet });
      if (!outcome.ok) {
        note(outcome.problem);
        continue;
      }
      reports.push(outcome.report);
      if (outcome.writeProblem) note(outcome.writeProblem);
      for (const failure of outcome.failures) {
        note(`rule ${failure.rule} failed on ${file.shown} and was skipped: ${failure.error instanceof Error ? failure.error.message : String(failure.error)}`);
      }
    }

    const sum = totals(reports);
    if (format === 'json') io.out(formatJson(reports));
    else if (format === 'sarif') {
      const tool: SarifTool = { version: PACKAGE.version, ...(PACKAGE.homepage ? { homepage: PACKAGE.homepage } : {}) };
      io.out(formatSarif({ reports, rules: RULES.map((rule) => rule.meta), knowledge: context.knowledge(), cwd: io.cwd, tool, notifications: troubles }));
    } else if (reports.length > 0) io.out(formatText(reports, io.color));
    if (format !== 'text' && sum.fixed > 0) io.err(`exkb lint: fixed ${sum.fixed} problem(s) in ${reports.filter((report) => report.fixed > 0).length} file(s)`);

    const tooManyWarnings = maxWarnings !== undefined && sum.warnings > maxWarnings;
    if (tooManyWarnings) io.err(`exkb lint: ${sum.warnings} warnings, more than --max-warnings ${maxWarnings}`);
    if (troubles.length > 0) return 2;
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
