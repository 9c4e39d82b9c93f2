// Writing a report or a fixed script so that a reader, a crash or a kill never sees half of it: the
// bytes go to a temporary file beside the destination, reach the disk (fsync), then replace the
// destination in one rename. Until that rename the old file is untouched.
import { randomBytes } from 'node:crypto';
import { access, constants, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { FileProblem } from './read-file.js';

/** Temporary files end so: a run killed before its rename leaves one, recognisably exkb's. */
export const TEMPORARY_SUFFIX = '.exkb-tmp';

export interface AtomicWriteOptions {
  /** Permission bits of the new file (the old file's, when replacing a script). */
  readonly mode?: number;
  /** Owner to keep, when the process may set it (root replacing someone's script). */
  readonly owner?: { readonly uid: number; readonly gid: number };
}

/** Beside `file`; its name starts like the file's, cut short so it fits the 255-byte limit of a name. */
export function temporaryPath(file: string): string {
  const stem = [...path.basename(file)].slice(0, 40).join('');
  return path.join(path.dirname(file), `.${stem}.${process.pid}-${randomBytes(4).toString('hex')}${TEMPORARY_SUFFIX}`);
}

/** Throws (with the file system's error code) when the destination or its folder cannot be written. */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  await assertNotFolder(file);
  const temporary = temporaryPath(file);
  const handle = await open(temporary, 'wx', options.mode ?? 0o666);
  try {
    await handle.writeFile(data);
    // open() applies the umask; a replaced script keeps exactly the bits it had.
    if (options.mode !== undefined) await handle.chmod(options.mode);
    if (options.owner !== undefined && process.getuid?.() === 0) await handle.chown(options.owner.uid, options.owner.gid);
    await handle.sync();
    await handle.close();
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(file));
}

/** Fails early, before any work, when `file` cannot be a destination: its folder is missing or it is a folder. */
export async function assertWritableDestination(file: string): Promise<void> {
  await assertNotFolder(file);
  const folder = await stat(path.dirname(file));
  if (!folder.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  await access(path.dirname(file), constants.W_OK);
}

async function assertNotFolder(file: string): Promise<void> {
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) throw new FileProblem('it is a folder');
}

/** Makes the rename itself durable; some platforms (Windows) cannot open a folder, which is fine. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data is already on disk; only the rename's durability is best effort.
  }
}
