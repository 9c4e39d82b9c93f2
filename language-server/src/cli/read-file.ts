// Reading a file the user named or a walk found, without ever hanging on it or filling memory with it:
// a FIFO without a writer would block a plain readFile forever, /dev/zero would never end.
import type { Stats } from 'node:fs';
import { constants, open } from 'node:fs/promises';

/** Larger inputs are refused: the biggest real Exchange scripts are well under 1 MB. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** A reason, in words, that a path cannot be read; `fileErrorReason` prints it as is. */
export class FileProblem extends Error {
  override name = 'FileProblem';
}

export interface FileContents {
  readonly bytes: Buffer;
  /** As seen when the file was opened: `--fix` checks nobody changed the file since. */
  readonly stats: Stats;
}

/** What a path is, when it is not a regular file, in words. */
export function specialFileKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'it is a folder';
  if (stats.isFIFO()) return 'it is a named pipe (FIFO), not a file';
  if (stats.isSocket()) return 'it is a socket, not a file';
  if (stats.isCharacterDevice()) return 'it is a character device, not a file';
  if (stats.isBlockDevice()) return 'it is a block device, not a file';
  return 'it is not a regular file';
}

/**
 * Opens without blocking (O_NONBLOCK: opening a FIFO returns at once) and checks what was opened,
 * so a path swapped for a pipe or a device after it was listed is refused too, not read.
 */
export async function readRegularFile(file: string, limit = MAX_INPUT_BYTES): Promise<FileContents> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    const kind = specialFileKind(stats);
    if (kind !== undefined) throw new FileProblem(kind);
    if (stats.size > limit) throw new FileProblem(tooLarge(stats.size, limit));
    const chunks: Buffer[] = [];
    let total = 0;
    // Read to the end rather than trust the size: a file that grows while read is still bounded.
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stats.size - total, 0) + 1, 1 << 20));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw new FileProblem(tooLarge(total, limit));
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return { bytes: Buffer.concat(chunks, total), stats };
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, limit: number): string {
  return `it is too large to lint (${megabytes(size)}; the limit is ${megabytes(limit)})`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
