import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { E2ePrerequisites } from './prerequisites.js';

/** A running code-server: one throwaway profile, bound to loopback, no password. */
export interface CodeServer {
  readonly url: string;
  readonly extensionsDir: string;
  /** The URL that opens `folder` as the workspace. */
  workspaceUrl(folder: string): string;
  /** Everything code-server printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

type Tools = Pick<E2ePrerequisites, 'nodeBin' | 'codeServerEntry'>;

/** User settings that keep the workbench quiet and predictable for a test. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
};
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port on 127.0.0.1'))));
    });
  });
}

function toolEnv(tools: Tools, home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // code-server and the extension host it forks must find Node 24 first.
    PATH: `${path.dirname(tools.nodeBin)}${path.delimiter}${process.env.PATH ?? ''}`,
    // code-server's own state (config.yaml, coder.json) goes to the throwaway folder, not ~.
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_DATA_HOME: path.join(home, 'data'),
  };
}

/** Installs a `.vsix` into an extensions folder with code-server's own CLI. */
export function installExtension(tools: Tools, vsixPath: string, extensionsDir: string): void {
  const result = spawnSync(tools.nodeBin, [tools.codeServerEntry, '--extensions-dir', extensionsDir, '--install-extension', vsixPath], {
    encoding: 'utf8',
    env: toolEnv(tools, path.dirname(extensionsDir)),
  });
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension ${vsixPath} failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
    }, STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // The extension host, the language server and file watchers are children: stop the group.
    try { process.kill(-pid, 'SIGTERM'); } catch { resolve(); }
  });
}

/**
 * Starts code-server on a free loopback port with a fresh user-data and extensions folder
 * (or `extensionsDir`, e.g. one `installExtension` filled), and waits until it answers HTTP.
 */
export async function startCodeServer(tools: Tools, options: { extensionsDir?: string } = {}): Promise<CodeServer> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'exkb-code-server-'));
  const userDataDir = path.join(home, 'user-data');
  const extensionsDir = options.extensionsDir ?? path.join(home, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  const configFile = path.join(home, 'config.yaml');
  writeFileSync(configFile, '');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    tools.codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', configFile,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
  const child = spawn(tools.nodeBin, args, { env: toolEnv(tools, home), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let printed = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  const output = (): string => printed;
  try {
    await waitForHttp(url, child, output);
  } catch (error) {
    await stopGroup(child);
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    extensionsDir,
    workspaceUrl: (folder) => `${url}/?folder=${encodeURIComponent(folder)}`,
    output,
    async stop() {
      await stopGroup(child);
      rmSync(home, { recursive: true, force: true });
    },
  };
}
