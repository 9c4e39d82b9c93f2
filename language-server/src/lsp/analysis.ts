// One lint per document version and settings: diagnostics, hover, completion and code actions all
// read the same result. A rule that throws is logged once (id and stack) and skipped by the core.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CmdletModel } from '../exchange/model/cmdlet-model.js';
import { lint, type LintResult } from '../lint.js';
import type { Rule } from '../rules/rule.js';
import { DEFAULT_SETTINGS, type Settings } from '../settings.js';
import { describeError, type Log } from './log.js';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly settings: Settings;
  readonly result: LintResult;
}

interface Cached extends Analysis {
  readonly settingsKey: string;
}

export class Analyzer {
  private readonly cache = new Map<string, Cached>();
  /** The settings each open document was last linted with, for requests that cannot wait for files. */
  private readonly settingsOf = new Map<string, Settings>();
  private readonly reportedFailures = new Set<string>();
  private readonly rules: readonly Rule[] | undefined;
  private readonly log: Log;
  /** The session's model, so diagnostics and the editor features read the same one. */
  private readonly model: () => CmdletModel | undefined;

  constructor(log: Log, model: () => CmdletModel | undefined, rules?: readonly Rule[]) {
    this.log = log;
    this.model = model;
    this.rules = rules;
  }

  /** Lints unless this version was already linted with these settings. */
  analyse(document: TextDocument, settings: Settings = this.settingsOf.get(document.uri) ?? DEFAULT_SETTINGS): Analysis {
    // The diagnostics cap changes what is published, not what the lint finds: raising it must not re-lint.
    const { maxDiagnosticsPerFile: _publishedOnly, ...lintSettings } = settings;
    const settingsKey = JSON.stringify(lintSettings);
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.settingsKey === settingsKey) return cached;
    this.settingsOf.set(document.uri, settings);
    const model = this.model();
    const result = lint(document.getText(), { settings, ...(this.rules ? { rules: this.rules } : {}), ...(model ? { model } : {}) });
    for (const failure of result.failures) {
      if (this.reportedFailures.has(failure.rule)) continue;
      this.reportedFailures.add(failure.rule);
      this.log.error(`exkb: rule ${failure.rule} threw and was skipped (reported once per session; the other rules still ran): ${describeError(failure.error)}`);
    }
    const analysis = { uri: document.uri, version: document.version, settings, settingsKey, result };
    this.cache.set(document.uri, analysis);
    return analysis;
  }

  /** How many lint results are kept: read from the cache itself, so a leak there shows in `exkb/serverStatus`. */
  get cachedCount(): number {
    return this.cache.size;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.settingsOf.delete(uri);
  }
}
