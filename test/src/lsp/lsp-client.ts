// A real LSP client for the end-to-end suite: spawns `exkb-language-server --stdio` as a child
// process and talks JSON-RPC to it over the child's stdin/stdout, as an editor does.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type LogMessageParams,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../paths.js';

export const SERVER_BIN = path.join(REPO_ROOT, 'language-server', 'bin', 'exkb-language-server.js');
/** Long enough for a loaded CI machine; a hang fails with a message instead of the runner's timeout. */
const WAIT_MS = 15_000;

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    workspaceFolders: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
  },
};

export interface StartOptions {
  /** Answered to `workspace/configuration` for the `exkb` section (change it, then notify). */
  settings?: unknown;
  initializationOptions?: unknown;
  workspaceFolders?: string[];
  capabilities?: ClientCapabilities;
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly child: ChildProcessWithoutNullStreams;
  readonly logs: LogMessageParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly published: PublishDiagnosticsParams[] = [];
  settings: unknown;
  stderr = '';
  private readonly exited: Promise<number | null>;
  private waiters: Array<{ test: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }> = [];

  constructor(options: StartOptions = {}, args: readonly string[] = ['--stdio']) {
    this.settings = options.settings ?? null;
    this.child = spawn(process.execPath, [SERVER_BIN, ...args], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      const waiting = this.waiters;
      this.waiters = [];
      for (const waiter of waiting) {
        if (waiter.test(params)) waiter.resolve(params);
        else this.waiters.push(waiter);
      }
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => void this.logs.push(params));
    this.connection.onNotification(ShowMessageNotification.type, (params) => void this.messages.push(params));
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((item) => (item.section === 'exkb' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('workspace/applyEdit', () => ({ applied: false }));
    this.connection.listen();
  }

  initialize(options: StartOptions = {}): Promise<InitializeResult> {
    const folders = options.workspaceFolders ?? [];
    return this.connection
      .sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        rootUri: folders[0] ? fileUri(folders[0]) : null,
        workspaceFolders: folders.map((folder) => ({ uri: fileUri(folder), name: path.basename(folder) })),
        capabilities: options.capabilities ?? CLIENT_CAPABILITIES,
        initializationOptions: options.initializationOptions,
      })
      .then(async (result) => {
        await this.connection.sendNotification('initialized', {});
        return result;
      });
  }

  /** Resolves with the first diagnostics for `uri` (and `version`, when given) published from now on or already published. */
  diagnostics(uri: string, version?: number, description = `diagnostics for ${uri}${version === undefined ? '' : ` v${version}`}`): Promise<PublishDiagnosticsParams> {
    const test = (params: PublishDiagnosticsParams) => params.uri === uri && (version === undefined || params.version === version);
    const earlier = version === undefined ? undefined : this.published.find(test);
    if (earlier) return Promise.resolve(earlier);
    return this.within(new Promise((resolve) => this.waiters.push({ test, resolve })), description);
  }

  async open(uri: string, text: string, version = 1, languageId = 'powershell'): Promise<PublishDiagnosticsParams> {
    const published = this.diagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return published;
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams> {
    const published = this.diagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return published;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.within(this.connection.sendRequest<R>(method, params), method);
  }

  /** `shutdown`, then `exit`; resolves with the process's exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    await this.request('shutdown', undefined);
    await this.connection.sendNotification('exit');
    return this.within(this.exited, 'the server to exit');
  }

  /** For tests that end without the protocol's goodbye. */
  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }

  get exit(): Promise<number | null> {
    return this.exited;
  }

  private within<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}`)), WAIT_MS);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}

/** Starts and initializes a server. */
export async function startServer(options: StartOptions = {}): Promise<{ client: LspClient; result: InitializeResult }> {
  const client = new LspClient(options);
  const result = await client.initialize(options);
  return { client, result };
}

export interface SuiteServer {
  /** The suite's running server; it starts in the suite's `before` hook, so read it inside tests and hooks. */
  readonly client: LspClient;
  /** The uri of `name` in the suite's own folder; without a name, one no other call returns. */
  documentUri(name?: string): string;
  /** Opens `text` as a PowerShell document (at `documentUri(name)`) and resolves with its first diagnostics: uri, version 1, diagnostics. */
  openDocument(text: string, name?: string): Promise<PublishDiagnosticsParams>;
}

/**
 * One server for the tests of the `describe` block this is called in: started and initialized
 * before them, killed after them, with a fresh folder for its documents (see `temporaryFolder`).
 */
export function serverForSuite(options: StartOptions = {}): SuiteServer {
  const folder = temporaryFolder();
  let client: LspClient | undefined;
  let documents = 0;
  before(async () => {
    ({ client } = await startServer(options));
  });
  after(() => client?.kill());
  const running = (): LspClient => {
    if (!client) throw new Error('the suite server starts in before(); use it inside tests and hooks');
    return client;
  };
  const documentUri = (name?: string) => fileUri(path.join(folder, name ?? `document${++documents}.ps1`));
  return {
    get client() {
      return running();
    },
    documentUri,
    openDocument: (text, name) => running().open(documentUri(name), text),
  };
}

/** The diagnostics of one rule, in the order published. */
export function ofRule(diagnostics: readonly Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === rule);
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

const temporaryFolders: string[] = [];

/** A fresh folder for documents, so no exkb.config.json above the repository gets involved; removed when the process exits. */
export function temporaryFolder(prefix = 'exkb-lsp-'): string {
  const folder = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  if (temporaryFolders.length === 0) process.once('exit', () => temporaryFolders.forEach((created) => rmSync(created, { recursive: true, force: true })));
  temporaryFolders.push(folder);
  return folder;
}

/** Applies LSP edits to a text, by our own arithmetic rather than the server's library. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\r' && text[index + 1] === '\n') continue;
    if (text[index] === '\n' || text[index] === '\r') starts.push(index + 1);
  }
  const offset = (position: { line: number; character: number }) => Math.min((starts[position.line] ?? text.length) + position.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}

/** The edits of a workspace edit for one document, whichever shape the server chose. */
export function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((change) => ('textDocument' in change && change.textDocument.uri === uri ? change.edits : [])) as TextEdit[];
  return [...fromChanges, ...fromDocumentChanges];
}

/** The range of the `occurrence`-th `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 1): { start: { line: number; character: number }; end: { line: number; character: number } } {
  let at = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${occurrence}) is not in the text`);
  }
  return { start: positionOf(text, at), end: positionOf(text, at + needle.length) };
}

export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, character: offset - lineStart };
}
