// What one server process holds: the open documents and their analyses, the settings, the
// knowledge, the cmdlet model, and what the client said it supports. Every handler module receives
// the session.
import { buildBundle, KnowledgeBase } from '@exkb/knowledge';
import { loadBundledKnowledge } from '@exkb/knowledge/node';
import type { Connection } from 'vscode-languageserver';
import type { CmdletModel } from '../exchange/model/cmdlet-model.js';
import { loadCmdletModel } from '../exchange/model/load.js';
import type { Rule } from '../rules/rule.js';
import { Analyzer } from './analysis.js';
import { DocumentStore } from './documents.js';
import { KnowledgeState } from './knowledge-state.js';
import { describeError, type Log } from './log.js';
import { SettingsStore } from './settings-store.js';

export interface ServerOptions {
  /** The rules to run; defaults to the registry. */
  readonly rules?: readonly Rule[];
  /** Defaults to the bundle the knowledge build wrote. */
  readonly loadKnowledge?: () => KnowledgeBase;
  /** The folder of the bundled entries' Markdown sources, for links; defaults to the checkout's. */
  readonly bundledEntriesRoot?: string;
  /** Defaults to the shipped cmdlet model (the one `lint` reads too). */
  readonly loadModel?: () => CmdletModel;
}

/** What the client told `initialize` it can do; the server adapts instead of assuming. */
export interface ClientSupport {
  configurationPull: boolean;
  configurationChangeRegistration: boolean;
  watchedFilesRegistration: boolean;
  documentChanges: boolean;
  hoverMarkdown: boolean;
  completionMarkdown: boolean;
  signatureMarkdown: boolean;
  /** Signature help may say `activeParameter: null` (LSP 3.18). */
  signatureNoActiveParameter: boolean;
}

export class Session {
  readonly connection: Connection;
  readonly log: Log;
  readonly documents = new DocumentStore();
  readonly analyzer: Analyzer;
  readonly settings: SettingsStore;
  workspaceFolders: string[] = [];
  client: ClientSupport = {
    configurationPull: false,
    configurationChangeRegistration: false,
    watchedFilesRegistration: false,
    documentChanges: false,
    hoverMarkdown: true,
    completionMarkdown: true,
    signatureMarkdown: true,
    signatureNoActiveParameter: false,
  };
  private readonly refreshListeners: (() => void)[] = [];
  private readonly options: ServerOptions;
  private knowledgeState: KnowledgeState | undefined;
  /** null once loading failed (logged once). */
  private modelState: CmdletModel | null | undefined;

  constructor(connection: Connection, options: ServerOptions = {}) {
    this.connection = connection;
    this.log = {
      error: (message) => connection.console.error(message),
      warn: (message) => connection.console.warn(message),
      info: (message) => connection.console.info(message),
    };
    this.analyzer = new Analyzer(this.log, () => this.model, options.rules);
    this.settings = new SettingsStore(() => this.workspaceFolders[0]);
    this.options = options;
  }

  /** Loaded on first use (during `initialize`, when the protocol allows log messages). */
  get knowledge(): KnowledgeState {
    return (this.knowledgeState ??= new KnowledgeState(this.loadKnowledge(this.options.loadKnowledge ?? loadBundledKnowledge), this.options.bundledEntriesRoot));
  }

  /**
   * The cmdlet model, loaded on first use. Undefined when it cannot be read: completion and hover
   * then answer from the knowledge base alone, and the log says why, once.
   */
  get model(): CmdletModel | undefined {
    if (this.modelState === undefined) {
      try {
        this.modelState = (this.options.loadModel ?? loadCmdletModel)();
      } catch (error) {
        this.log.error(`exkb: ${error instanceof Error ? error.message : describeError(error)}; completion, hover and signature help know no cmdlet facts until it is fixed`);
        this.modelState = null;
      }
    }
    return this.modelState ?? undefined;
  }

  /** How many lint results the analyzer keeps. */
  get cachedAnalyses(): number {
    return this.analyzer.cachedCount;
  }

  /** Settings or knowledge changed: every open document is linted again. */
  onRefresh(listener: () => void): void {
    this.refreshListeners.push(listener);
  }

  refresh(): void {
    for (const listener of this.refreshListeners) listener();
  }

  /** A missing or stale bundle must not stop linting: the server runs without knowledge and says why. */
  private loadKnowledge(load: () => KnowledgeBase): KnowledgeBase {
    try {
      return load();
    } catch (error) {
      this.log.error(`exkb: ${error instanceof Error ? error.message : describeError(error)}; hover, completion and search have no knowledge until it is fixed`);
      return KnowledgeBase.fromBundle(buildBundle([], { contentHash: 'empty', sourceCommit: null, builtAt: new Date(0).toISOString() }));
    }
  }
}
