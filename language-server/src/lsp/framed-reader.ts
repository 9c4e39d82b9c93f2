// Reads LSP's base protocol (`Content-Length: n\r\n\r\n` + n bytes of JSON) from a byte stream,
// strictly. vscode-jsonrpc's StreamMessageReader goes deaf without a word after a header it cannot
// read (a missing or negative Content-Length leaves it waiting or failing on every later byte), and
// drops a body that is not JSON without answering. Here a body that is not JSON-RPC is answered
// and reading goes on with the next frame; a header that cannot be read is fatal, because where
// the next message starts is then unknowable: the owner says so and ends the process, so the
// client sees a server that died (and restarts it) instead of one that hangs.
import { isUtf8 } from 'node:buffer';
import { AbstractMessageReader, ErrorCodes, type DataCallback, type Disposable, type Message, type MessageReader, type ResponseMessage } from 'vscode-languageserver/node';
import { checkMessage, errorAnswer } from './message-check.js';

/** A header block longer than this has no end in sight: real ones are under 100 bytes. */
export const MAX_HEADER_BYTES = 8_192;
/** Well above any script an editor syncs (VS Code stops syncing at 50 MB) and below V8's longest string. */
export const MAX_BODY_BYTES = 256 * 1024 * 1024;

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');

export interface FramedReaderHooks {
  /** A frame whose body is not a JSON-RPC message: send `answer` when there is one, log `reason`. */
  reject(reason: string, answer: ResponseMessage | undefined): void;
  /** Something worth a line in the log that does not stop the message (invalid UTF-8, replaced by U+FFFD). */
  warn(message: string): void;
  /** The framing is broken; nothing after it can be read. Called once; the reader reads nothing more. */
  fatal(reason: string): void;
  /** A well-formed message the session may still refuse (the lifecycle); refused ones go to `reject`. */
  admit?(message: Message): { readonly admit: true } | { readonly admit: false; readonly reason: string; readonly answer?: ResponseMessage };
}

export class FramedMessageReader extends AbstractMessageReader implements MessageReader {
  private readonly readable: NodeJS.ReadableStream;
  private readonly hooks: FramedReaderHooks;
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The body length of the frame being read, once its header was read. */
  private bodyLength: number | undefined;
  private broken = false;

  constructor(readable: NodeJS.ReadableStream, hooks: FramedReaderHooks) {
    super();
    this.readable = readable;
    this.hooks = hooks;
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer | string) => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, callback);
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onClose);
    this.readable.on('close', onClose);
    return {
      dispose: () => {
        this.readable.off('data', onData);
        this.readable.off('error', onError);
        this.readable.off('end', onClose);
        this.readable.off('close', onClose);
      },
    };
  }

  private onData(chunk: Buffer, callback: DataCallback): void {
    if (this.broken) return;
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    // Every complete frame of this chunk is delivered now, in order: a request and its
    // $/cancelRequest written together are seen together, before the request is dispatched.
    while (!this.broken) {
      if (this.bodyLength === undefined && !this.readHeader()) return;
      const length = this.bodyLength ?? 0;
      if (this.buffered < length) return;
      const body = this.take(length);
      this.bodyLength = undefined;
      this.deliver(body, callback);
    }
  }

  /** True when a header was read (`bodyLength` set); false when more bytes are needed or the stream broke. */
  private readHeader(): boolean {
    const head = this.peek();
    const end = head.indexOf(HEADER_END);
    if (end < 0) {
      if (head.length > MAX_HEADER_BYTES) this.fail(`no end of header ("\\r\\n\\r\\n") in the first ${MAX_HEADER_BYTES} bytes: ${printable(head)}`);
      return false;
    }
    const text = head.subarray(0, end).toString('latin1');
    this.chunks = [head.subarray(end + HEADER_END.length)];
    this.buffered = this.chunks[0]?.length ?? 0;
    let length: number | undefined;
    for (const line of text.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0) return this.fail(`a header line without "name: value": ${printable(Buffer.from(line, 'latin1'))}`);
      if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
      const value = line.slice(colon + 1).trim();
      if (!/^\d{1,15}$/.test(value)) return this.fail(`Content-Length is "${value.slice(0, 40)}"; it must be a whole number of bytes`);
      length = Number(value);
      if (length > MAX_BODY_BYTES) return this.fail(`Content-Length is ${length}; exkb reads messages of at most ${MAX_BODY_BYTES} bytes`);
    }
    if (length === undefined) return this.fail(`a header without Content-Length: ${printable(Buffer.from(text, 'latin1'))}`);
    this.bodyLength = length;
    return true;
  }

  private deliver(body: Buffer, callback: DataCallback): void {
    if (!isUtf8(body)) this.hooks.warn('exkb: a message from the client is not valid UTF-8; the invalid bytes were read as U+FFFD');
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch (error) {
      const reason = `a message body that is not JSON (${error instanceof Error ? error.message : String(error)}): ${printable(body)}`;
      this.hooks.reject(reason, errorAnswer(null, ErrorCodes.ParseError, `Parse error: ${reason}`));
      return;
    }
    const checked = checkMessage(value);
    if (!checked.ok) {
      this.hooks.reject(checked.reason, checked.answer);
      return;
    }
    const verdict = this.hooks.admit?.(checked.message) ?? { admit: true };
    if (!verdict.admit) {
      this.hooks.reject(verdict.reason, verdict.answer);
      return;
    }
    try {
      callback(checked.message);
    } catch (error) {
      this.hooks.warn(`exkb: handling a message failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Every byte buffered, as one buffer, without consuming them. */
  private peek(): Buffer {
    const all = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, this.buffered);
    this.chunks = [all];
    return all;
  }

  /** Consumes the first `length` bytes. */
  private take(length: number): Buffer {
    const all = this.peek();
    const rest = all.subarray(length);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return all.subarray(0, length);
  }

  private fail(reason: string): false {
    this.broken = true;
    this.chunks = [];
    this.buffered = 0;
    this.hooks.fatal(reason);
    return false;
  }
}

/** Bytes as a log can show them: the first 80, control characters escaped. */
function printable(bytes: Buffer): string {
  const text = JSON.stringify(bytes.subarray(0, 80).toString('latin1'));
  return bytes.length > 80 ? `${text}...` : text;
}
