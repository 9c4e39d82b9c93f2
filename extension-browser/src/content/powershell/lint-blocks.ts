// The PowerShell chunk's work, with the model loader passed in so Node tests can run it over the
// real model: decide per block whether the parser reads it as PowerShell, lint it, and return the
// findings a page can mark (those citing a knowledge entry).
import { CmdletModel, HISTORY_SOURCES, lintParsed, parseScript, SYNTAX_ERROR_RULE, type CmdletModelFile, type ParsedScript } from 'exkb-language-server/lint-core';

export interface BlockFinding {
  /** UTF-16 offsets into the block's text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  readonly entries: readonly string[];
}

export interface BlockResult {
  /** Whether the parser read the block as PowerShell; findings are empty when not. */
  readonly powershell: boolean;
  readonly findings: readonly BlockFinding[];
}

export type ModelFileLoader = () => Promise<CmdletModelFile>;

/** At most this share of a block's commands may come with a syntax error. */
const MAX_ERRORS_PER_COMMAND = 0.5;

export function isPowerShell(script: ParsedScript): boolean {
  // Written as Verb-Noun: an alias alone (`select`, `dir`, `sort`) is as likely SQL or a shell.
  const cmdlets = script.commands.filter((command) => !command.native && /^[A-Za-z]+-[A-Za-z0-9]+$/.test(command.name));
  const assignments = /^\s*\$[A-Za-z_][\w:]*\s*=[^=]/m.test(script.text);
  if (cmdlets.length === 0 && !assignments) return false;
  return script.errors.length <= Math.max(1, script.commands.length) * MAX_ERRORS_PER_COMMAND;
}

export function createBlockLinter(loadModelFile: ModelFileLoader): (texts: readonly string[]) => Promise<BlockResult[]> {
  let model: Promise<CmdletModel> | undefined;
  return async (texts) => {
    const scripts = texts.map((text) => parseScript(text));
    if (!scripts.some(isPowerShell)) return scripts.map(() => ({ powershell: false, findings: [] }));
    model ??= loadModelFile().then((reference) => new CmdletModel({ reference, ...HISTORY_SOURCES }));
    const loaded = await model;
    return scripts.map((script) => {
      if (!isPowerShell(script)) return { powershell: false, findings: [] };
      const { findings } = lintParsed(script, { model: loaded });
      return {
        powershell: true,
        findings: findings
          .filter((finding) => finding.rule !== SYNTAX_ERROR_RULE && finding.entries.length > 0)
          .map((finding) => ({ start: finding.span.start, end: finding.span.end, rule: finding.rule, severity: finding.severity, message: finding.message, entries: finding.entries })),
      };
    });
  };
}
