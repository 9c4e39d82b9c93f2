import { FileProblem } from './read-file.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
  /** Colour output: a TTY without NO_COLOR, or FORCE_COLOR set. */
  color: boolean;
  cwd: string;
}

export function processIo(): Io {
  endQuietlyWhenOutputCloses();
  const forced = process.env['FORCE_COLOR'] !== undefined && process.env['FORCE_COLOR'] !== '0';
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return decodeText(Buffer.concat(chunks));
    },
    color: forced || (process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined),
    cwd: process.cwd(),
  };
}

let watchingOutput = false;

/**
 * `exkb search … | head` closes the pipe before exkb is done writing: that is the reader saying
 * "enough", not an error, so exkb stops at once with its exit code instead of dying on EPIPE.
 */
function endQuietlyWhenOutputCloses(): void {
  if (watchingOutput) return;
  watchingOutput = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM: what Windows tools write. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** A bad invocation: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Bad input the user can fix (unreadable file, unknown id): printed as is. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Why a file or folder could not be read, in words; `missing` names what was not there. */
export function fileErrorReason(error: unknown, missing = 'no such file'): string {
  if (error instanceof FileProblem) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return missing;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  if (code === 'EMFILE' || code === 'ENFILE') return 'too many open files';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EROFS') return 'the file system is read-only';
  return code ?? (error instanceof Error ? error.message : String(error));
}
