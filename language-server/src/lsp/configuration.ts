// Settings from the client and from config files, and the knowledge folders they name. A change
// re-lints every open document; problems are logged, shown once, and (for an open config file)
// published as diagnostics on it.
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  type Diagnostic,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatConfigProblem, type ConfigProblem } from '../config/parse-config.js';
import { guardNotification, isRecord } from './guard.js';
import { describeError } from './log.js';
import { CONFIGURATION_SECTION } from './protocol.js';
import type { Session } from './session.js';
import { configFromText } from '../config/find-config.js';
import { isConfigFile, readClientSettings, type ClientSettingsResult } from './settings-store.js';
import { filePathOf } from './uri.js';

/** How long a request waits for settings and knowledge folders before answering with what is there. */
const READY_TIMEOUT_MS = 5_000;

function withinTime(promise: Promise<void>, milliseconds: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, milliseconds);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class Configuration {
  private readonly session: Session;
  private initializationOptions: ClientSettingsResult = { settings: {}, entryLinkTemplate: undefined, problems: [] };
  private section: ClientSettingsResult = { settings: {}, entryLinkTemplate: undefined, problems: [] };
  private readonly reported = new Set<string>();
  private knowledgeChain: Promise<void> = Promise.resolve();
  private started: Promise<void> = Promise.resolve();

  constructor(session: Session) {
    this.session = session;
  }

  /** From `initialize`: the options arrive before the first document. */
  useInitializationOptions(options: unknown): void {
    this.initializationOptions = readClientSettings(options, 'initializationOptions', this.session.workspaceFolders[0]);
    this.reportClientProblems(this.initializationOptions.problems);
    this.apply();
  }

  /** From `initialized`: register for changes, pull the client's settings, read the workspace folders' configs. */
  start(): void {
    const { connection, client, log } = this.session;
    if (client.configurationChangeRegistration) void connection.client.register(DidChangeConfigurationNotification.type, { section: CONFIGURATION_SECTION });
    if (client.watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/exkb.config.json' }, { globPattern: '**/.vscode/settings.json' }] });
    }
    this.started = (async () => {
      await this.pullClientSettings();
      for (const folder of this.session.workspaceFolders) await this.session.settings.configForFolder(folder);
    })().catch((error: unknown) => log.error(`exkb: reading the settings failed: ${describeError(error)}`));
    // The folders named by those settings load after them; requests that need knowledge wait for both.
    this.knowledgeChain = this.started.then(() => undefined);
    void this.syncKnowledge();
  }

  /** Resolves once the client's first settings are in (or after a few seconds: a client that never answers must not stall linting). */
  settingsReady(): Promise<void> {
    return withinTime(this.started, READY_TIMEOUT_MS);
  }

  /** Resolves once the first settings are in and the knowledge they name is loaded. */
  async ready(): Promise<void> {
    await this.settingsReady();
    await withinTime(this.knowledgeChain, READY_TIMEOUT_MS);
  }

  listen(): void {
    const { connection, log, documents, settings } = this.session;
    connection.onDidChangeConfiguration(
      guardNotification(log, 'workspace/didChangeConfiguration', async (params: unknown) => {
        if (this.session.client.configurationPull) await this.pullClientSettings();
        else {
          const pushed = isRecord(params) && isRecord(params['settings']) ? params['settings'][CONFIGURATION_SECTION] : undefined;
          this.section = readClientSettings(pushed, `settings "${CONFIGURATION_SECTION}"`, this.session.workspaceFolders[0]);
          this.reportClientProblems(this.section.problems);
          this.apply();
        }
        await this.syncKnowledge();
        this.session.refresh();
      }),
    );
    connection.onDidChangeWatchedFiles(
      guardNotification(log, 'workspace/didChangeWatchedFiles', async () => {
        settings.forgetFiles();
        this.session.refresh();
        await this.syncKnowledge();
      }),
    );
    settings.onConfigLoaded((config) => {
      try {
        this.reportConfigProblems(config.file, config.problems);
        void this.syncKnowledge();
      } catch (error) {
        log.error(`exkb: reading ${config.file} failed: ${describeError(error)}`);
      }
    });
    documents.onDidChangeContent((document) => {
      const file = filePathOf(document.uri);
      if (!file || !isConfigFile(file)) return;
      settings.setOpenConfig(file, document.getText());
      void this.publishConfigProblems(document, configFromText(file, document.getText()).problems);
      this.session.refresh();
    });
    documents.onDidClose((uri) => {
      const file = filePathOf(uri);
      if (!file || !isConfigFile(file)) return;
      settings.setOpenConfig(file, undefined);
      this.session.refresh();
    });
  }

  private async pullClientSettings(): Promise<void> {
    if (!this.session.client.configurationPull) return;
    const [section] = (await this.session.connection.workspace.getConfiguration([{ section: CONFIGURATION_SECTION }])) as unknown[];
    this.section = readClientSettings(section, `settings "${CONFIGURATION_SECTION}"`, this.session.workspaceFolders[0]);
    this.reportClientProblems(this.section.problems);
    this.apply();
  }

  private apply(): void {
    this.session.settings.setClientSettings([this.initializationOptions, this.section]);
  }

  /** Loads the knowledge folders of the client and of every config read so far; one load at a time. */
  private syncKnowledge(): Promise<void> {
    const { settings, knowledge, log, connection } = this.session;
    this.knowledgeChain = this.knowledgeChain.then(async () => {
      const folders = [...settings.clientKnowledgeFolders(), ...(await settings.loadedConfigs()).flatMap((config) => config.settings.knowledgeFolders ?? [])];
      const { changed, problems, extra } = await knowledge.useFolders(folders);
      if (!changed) return;
      if (folders.length > 0) log.info(`exkb: ${extra} entries from ${folders.join(', ')}`);
      for (const problem of problems) log.warn(`exkb: ${problem}`);
      if (problems.length > 0) {
        void connection.window.showWarningMessage(`exkb: ${problems.length} problem(s) in the extra knowledge folders; those entries were left out. See the exkb output for each. First: ${problems[0]}`);
      }
    }).catch((error: unknown) => log.error(`exkb: loading the knowledge folders failed: ${describeError(error)}`));
    return this.knowledgeChain;
  }

  private reportClientProblems(problems: readonly string[]): void {
    for (const problem of problems) this.reportOnce(problem, problem);
  }

  private reportConfigProblems(file: string, problems: readonly ConfigProblem[]): void {
    if (problems.length === 0) return;
    const lines = problems.map(formatConfigProblem);
    // An open config shows its problems as diagnostics; a message on every keystroke would nag.
    if (this.session.documents.all().some((document) => filePathOf(document.uri) === file)) {
      for (const line of lines) this.session.log.warn(`exkb: ${line}`);
      return;
    }
    this.reportOnce(`${file}\n${lines.join('\n')}`, `${problems.length} problem(s) in ${file}; the rest of it is used. First: ${lines[0]}`, lines);
  }

  /** Each distinct problem is shown once per session, not on every re-read. */
  private reportOnce(key: string, message: string, details: readonly string[] = [message]): void {
    const { connection, log } = this.session;
    for (const line of details) log.warn(`exkb: ${line}`);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    void connection.sendNotification('window/showMessage', { type: MessageType.Warning, message: `exkb: ${message}` });
  }

  private async publishConfigProblems(document: TextDocument, problems: readonly ConfigProblem[]): Promise<void> {
    const diagnostics = problems.map((problem): Diagnostic => {
      const start = { line: problem.line - 1, character: problem.column - 1 };
      const offset = document.offsetAt(start);
      const token = /"(?:[^"\\\r\n]|\\.)*"?|[^\s,:{}[\]]+/y;
      token.lastIndex = offset;
      const length = token.exec(document.getText())?.[0].length ?? 0;
      return { range: { start, end: document.positionAt(offset + Math.max(length, 1)) }, severity: DiagnosticSeverity.Warning, source: 'exkb', message: problem.message };
    });
    await this.session.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }
}
