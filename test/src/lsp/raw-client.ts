// A client that writes raw bytes to `exkb-language-server --stdio` and reads every message back in
// arrival order, by its own frame parser: for what a well-behaved client library cannot send
// (broken headers, bodies that are not JSON-RPC) or cannot observe (answers with `id: null`, a
// second answer to one id, the order of answers).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { REPO_ROOT } from '../paths.js';
import { SERVER_BIN } from './lsp-client.js';

/** Long enough for a loaded CI machine linting 10 MB; a hang fails with a message instead of the runner's timeout. */
const WAIT_MS = 60_000;

export interface RawMessage {
  jsonrpc?: unknown;
  id?: unknown;
  method?: unknown;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{ code?: string | number; message: string; range: { start: { line: number; character: number } } }>;
}

/** `Content-Length` framing of a body (an object is JSON-encoded; bytes and strings are sent as they are). */
export function frame(body: unknown): Buffer {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

export class RawClient {
  readonly child: ChildProcessWithoutNullStreams;
  /** Every message the server wrote, in order. */
  readonly received: RawMessage[] = [];
  stderr = '';
  /** When set, requests from the server (workspace/configuration, …) wait for `release()` instead of being answered at once. */
  holdServerRequests = false;
  private held: RawMessage[] = [];
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private frameLength: number | undefined;
  private bodyStart = 0;
  private nextId = 1;
  private waiters: Array<{ test: (message: RawMessage) => boolean; resolve: (message: RawMessage) => void }> = [];

  /** `nodeOptions` go before the script (e.g. `--expose-gc`). */
  constructor(nodeOptions: readonly string[] = []) {
    this.child = spawn(process.execPath, [...nodeOptions, SERVER_BIN, '--stdio'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    // The server may exit while a test still writes (that is what some tests provoke).
    this.child.stdin.on('error', () => undefined);
    this.exit = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Writes bytes as they are, in one write (one pipe write up to 64 KB arrives as one chunk). */
  write(bytes: Buffer | string): Promise<void> {
    return new Promise((resolve, reject) => this.child.stdin.write(bytes, (error) => (error ? reject(error) : resolve())));
  }

  /** A fresh request id; ids are unique for the life of the client. */
  id(): number {
    return this.nextId++;
  }

  requestFrame(method: string, params?: unknown, id = this.id()): { id: number; bytes: Buffer } {
    return { id, bytes: frame({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) }) };
  }

  notificationFrame(method: string, params?: unknown): Buffer {
    return frame({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) });
  }

  /** Sends a request and resolves with its answer (result or error object). */
  async request(method: string, params?: unknown): Promise<RawMessage> {
    const { id, bytes } = this.requestFrame(method, params);
    const answer = this.answerTo(id, method);
    await this.write(bytes);
    return answer;
  }

  async result<R>(method: string, params?: unknown): Promise<R> {
    const answer = await this.request(method, params);
    if (answer.error) throw new Error(`${method} answered ${answer.error.code}: ${answer.error.message}`);
    return answer.result as R;
  }

  notify(method: string, params?: unknown): Promise<void> {
    return this.write(this.notificationFrame(method, params));
  }

  answerTo(id: unknown, what = `the answer to ${String(id)}`): Promise<RawMessage> {
    return this.waitFor((message) => message.id === id && message.method === undefined, what);
  }

  /** The first message (already received or still to come) that passes `test`. */
  waitFor(test: (message: RawMessage) => boolean, what: string, from = 0): Promise<RawMessage> {
    const earlier = this.received.slice(from).find(test);
    if (earlier) return Promise.resolve(earlier);
    return this.within(new Promise((resolve) => this.waiters.push({ test, resolve })), what);
  }

  /** Diagnostics published for `uri` at `version`. */
  diagnostics(uri: string, version: number): Promise<PublishedDiagnostics> {
    return this.waitFor((message) => message.method === 'textDocument/publishDiagnostics' && isPublished(message.params, uri, version), `diagnostics for ${uri} v${version}`).then(
      (message) => message.params as PublishedDiagnostics,
    );
  }

  published(uri?: string): PublishedDiagnostics[] {
    return this.received.flatMap((message) => (message.method === 'textDocument/publishDiagnostics' && (uri === undefined || (message.params as PublishedDiagnostics).uri === uri) ? [message.params as PublishedDiagnostics] : []));
  }

  /** Answers the server's requests held so far. */
  release(): Promise<void> {
    const held = this.held;
    this.held = [];
    return Promise.all(held.map((message) => this.answerServer(message))).then(() => undefined);
  }

  async initialize(workspace: Record<string, unknown> = {}): Promise<void> {
    await this.result('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace, textDocument: { publishDiagnostics: { versionSupport: true } } } });
    await this.notify('initialized', {});
  }

  async open(uri: string, text: string, version = 1): Promise<PublishedDiagnostics> {
    const published = this.diagnostics(uri, version);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'powershell', version, text } });
    return published;
  }

  /** shutdown, exit; resolves with the exit code. */
  async stop(): Promise<number | null> {
    await this.result('shutdown');
    await this.notify('exit');
    return (await this.within(this.exit, 'the server to exit')).code;
  }

  kill(): void {
    if (this.alive) this.child.kill();
  }

  within<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}; server stderr: ${this.stderr.slice(-2000)}`)), WAIT_MS);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  private onData(chunk: Buffer): void {
    // Chunks are joined only once a whole frame is there: a 30 MB answer arrives in 64 KB chunks.
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.frameLength === undefined) {
        const pending = this.join();
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const match = /Content-Length: (\d+)/i.exec(pending.subarray(0, end).toString('ascii'));
        if (!match) throw new Error(`the server wrote a header without Content-Length: ${pending.subarray(0, end).toString('latin1')}`);
        this.frameLength = end + 4 + Number(match[1]);
        this.bodyStart = end + 4;
      }
      if (this.buffered < this.frameLength) return;
      const pending = this.join();
      const message = JSON.parse(pending.subarray(this.bodyStart, this.frameLength).toString('utf8')) as RawMessage;
      const rest = pending.subarray(this.frameLength);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
      this.frameLength = undefined;
      this.receive(message);
    }
  }

  private join(): Buffer {
    const joined = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, this.buffered);
    this.chunks = [joined];
    return joined;
  }

  private answerServer(message: RawMessage): Promise<void> {
    const result = message.method === 'workspace/configuration' ? ((message.params as { items?: unknown[] }).items ?? []).map(() => null) : null;
    return this.write(frame({ jsonrpc: '2.0', id: message.id, result })).catch(() => undefined);
  }

  private receive(message: RawMessage): void {
    this.received.push(message);
    // The server asks for settings and registrations; answer as a plain client does.
    if (typeof message.method === 'string' && message.id !== undefined) {
      if (this.holdServerRequests) this.held.push(message);
      else void this.answerServer(message);
    }
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) {
      if (waiter.test(message)) waiter.resolve(message);
      else this.waiters.push(waiter);
    }
  }
}

function isPublished(params: unknown, uri: string, version: number): boolean {
  const published = params as PublishedDiagnostics | undefined;
  return published?.uri === uri && published.version === version;
}

/** Starts and initializes a server. */
export async function startRawServer(nodeOptions: readonly string[] = []): Promise<RawClient> {
  const client = new RawClient(nodeOptions);
  await client.initialize();
  return client;
}
