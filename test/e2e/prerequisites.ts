import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../src/paths.js';

/** What `scripts/e2e/setup-code-server.mjs --check --json` reports about this machine. */
export interface E2ePrerequisites {
  codeServerReady: boolean;
  chromiumPresent: boolean;
  chromiumPath: string;
  /** Node 24 from the cache: code-server refuses older Nodes. */
  nodeBin: string;
  codeServerEntry: string;
  codeServer: string;
  setupCommand: string;
  debianPackages: readonly string[];
}

export type E2eDecision = { action: 'run' } | { action: 'skip'; reason: string } | { action: 'fail'; message: string };

/** The variable a contributor sets to skip the VS Code end-to-end suite on a machine without its tools. */
export const SKIP_VARIABLE = 'EXKB_SKIP_VSCODE_E2E';
export const SETUP_SCRIPT = path.join(REPO_ROOT, 'scripts', 'e2e', 'setup-code-server.mjs');

function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/**
 * Whether the suite runs. Missing tools fail with the commands that install them; the opt-out
 * skips only outside CI, and is never implied.
 */
export function decideE2e(state: Pick<E2ePrerequisites, 'codeServerReady' | 'chromiumPresent' | 'chromiumPath' | 'setupCommand' | 'debianPackages'>, env: NodeJS.ProcessEnv): E2eDecision {
  const optedOut = env[SKIP_VARIABLE] === '1';
  if (optedOut && isCi(env)) {
    return { action: 'fail', message: `${SKIP_VARIABLE}=1 is set, but the VS Code end-to-end suite may not be skipped in CI; unset it.` };
  }
  if (optedOut) return { action: 'skip', reason: `${SKIP_VARIABLE}=1: the VS Code end-to-end suite is skipped on this machine` };
  const missing = [
    ...(state.codeServerReady ? [] : [`code-server is not installed (run \`${state.setupCommand}\`)`]),
    ...(state.chromiumPresent ? [] : [`Chromium is missing at ${state.chromiumPath} (run \`apt-get install ${state.debianPackages.join(' ')}\`)`]),
  ];
  if (missing.length === 0) return { action: 'run' };
  return {
    action: 'fail',
    message: `The VS Code end-to-end suite cannot run: ${missing.join('; ')}. `
      + `Contributors without them may set ${SKIP_VARIABLE}=1 to skip it (never in CI).`,
  };
}

/** Asks the setup script (the one place that knows the pinned versions and the cache folder). */
export function readPrerequisites(): E2ePrerequisites {
  const result = spawnSync(process.execPath, [SETUP_SCRIPT, '--check', '--json'], { encoding: 'utf8' });
  try {
    return JSON.parse(result.stdout) as E2ePrerequisites;
  } catch {
    throw new Error(`${SETUP_SCRIPT} --check --json did not answer JSON (exit ${result.status}): ${result.stderr.trim()}`);
  }
}
