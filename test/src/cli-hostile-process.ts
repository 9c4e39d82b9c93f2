// Running the real `exkb` binary the way the hostile-input suites need: as another user (so file
// permissions bite even when the suite runs as root), under a low open-file limit, with a memory
// cap, with a fault-injection preload, or killed in mid-run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXKB_BIN, REPO_ROOT } from './paths.js';

export interface HostileRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface HostileOptions {
  readonly cwd: string;
  /** Run as this user (root only): permissions then apply as to anyone else. */
  readonly uid?: number;
  /** `ulimit -n`: proves the walk does not hold a handle per file. */
  readonly openFiles?: number;
  /** `--max-old-space-size` in MB. */
  readonly heapMegabytes?: number;
  /** A module loaded before exkb (`--import`), for fault injection. */
  readonly preload?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** The user a root test process runs exkb as; undefined when not root (exkb then runs as the test's own user). */
export const NOBODY = 65534;

/**
 * How permission tests run here, or why they cannot: not root → as ourselves; root → as nobody,
 * when nobody can run exkb from this checkout; otherwise (or on Windows) skipped with the reason.
 */
export const permissionRunner: { readonly uid?: number; readonly skip: string | false } = (() => {
  if (process.platform === 'win32') return { skip: 'POSIX permissions only' };
  if (process.getuid?.() !== 0) return { skip: false };
  const probe = spawnSync(process.execPath, [EXKB_BIN, '--version'], { uid: NOBODY, gid: NOBODY, cwd: '/', encoding: 'utf8' });
  return probe.status === 0 ? { uid: NOBODY, skip: false } : { skip: `running as root, and user ${NOBODY} cannot run exkb from ${REPO_ROOT} to test permissions: ${probe.error?.message ?? probe.stderr}` };
})();

export function startExkb(args: readonly string[], options: HostileOptions): ChildProcess {
  const nodeArgs = [
    ...(options.heapMegabytes ? [`--max-old-space-size=${options.heapMegabytes}`] : []),
    ...(options.preload ? [`--import=${pathToFileURL(options.preload).href}`] : []),
    EXKB_BIN,
    ...args,
  ];
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, NODE_OPTIONS: undefined, ...options.env };
  const ids = options.uid === undefined ? {} : { uid: options.uid, gid: options.uid };
  if (options.openFiles === undefined) return spawn(process.execPath, nodeArgs, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], ...ids });
  // "$@" keeps every argument as it is, whatever characters it holds.
  return spawn('/bin/sh', ['-c', `ulimit -n ${options.openFiles} && exec "$@"`, 'sh', process.execPath, ...nodeArgs], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], ...ids });
}

export function finished(child: ChildProcess): Promise<HostileRun> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export function runHostile(args: readonly string[], options: HostileOptions): Promise<HostileRun> {
  return finished(startExkb(args, options));
}

const scratchFolders: string[] = [];
// node --test runs each test file in its own process: its scratch trees go when it ends.
process.once('exit', () => {
  for (const folder of scratchFolders) {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // A tree a failed test left locked stays for inspection.
    }
  }
});

/** A fresh folder, removed when the test process ends. */
export function scratchFolder(prefix: string): string {
  const folder = realpathSync(mkdtempSync(path.join(tmpdir(), `exkb-${prefix}-`)));
  scratchFolders.push(folder);
  return folder;
}

/** Gives a tree to the user exkb runs as, so permissions are that user's own (links are left alone). */
export function handOver(root: string, uid: number | undefined): void {
  if (uid === undefined) return;
  const visit = (entry: string) => {
    const info = lstatSync(entry);
    if (info.isSymbolicLink()) return;
    chownSync(entry, uid, uid);
    if (info.isDirectory()) for (const name of readdirSync(entry)) visit(path.join(entry, name));
  };
  visit(root);
  chmodSync(root, 0o755);
}
