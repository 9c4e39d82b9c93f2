import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideE2e, type E2eDecision } from './prerequisites.js';

const base = { chromiumPath: '/usr/bin/chromium', setupCommand: 'node scripts/e2e/setup-code-server.mjs', debianPackages: ['libkrb5-dev', 'chromium'] };
const ready = { ...base, codeServerReady: true, chromiumPresent: true };
const noCodeServer = { ...base, codeServerReady: false, chromiumPresent: true };
const noChromium = { ...base, codeServerReady: true, chromiumPresent: false };
const nothing = { ...base, codeServerReady: false, chromiumPresent: false };

interface Case {
  name: string;
  state: typeof ready;
  env: NodeJS.ProcessEnv;
  action: E2eDecision['action'];
  /** Fragments the message or reason must contain. */
  says?: readonly string[];
  never?: readonly string[];
}

const cases: readonly Case[] = [
  { name: 'everything present runs', state: ready, env: {}, action: 'run' },
  { name: 'everything present runs in CI', state: ready, env: { CI: 'true' }, action: 'run' },
  { name: 'missing code-server fails naming the setup command and the opt-out', state: noCodeServer, env: {}, action: 'fail', says: ['code-server is not installed', 'node scripts/e2e/setup-code-server.mjs', 'EXKB_SKIP_VSCODE_E2E=1'], never: ['Chromium'] },
  { name: 'missing Chromium fails naming the Debian packages', state: noChromium, env: {}, action: 'fail', says: ['/usr/bin/chromium', 'apt-get install libkrb5-dev chromium', 'EXKB_SKIP_VSCODE_E2E=1'], never: ['code-server is not installed'] },
  { name: 'both missing names both', state: nothing, env: {}, action: 'fail', says: ['code-server is not installed', 'Chromium is missing'] },
  { name: 'the opt-out skips for a contributor', state: nothing, env: { EXKB_SKIP_VSCODE_E2E: '1' }, action: 'skip', says: ['EXKB_SKIP_VSCODE_E2E=1'] },
  { name: 'the opt-out is explicit: other values do not skip', state: nothing, env: { EXKB_SKIP_VSCODE_E2E: 'yes' }, action: 'fail' },
  { name: 'an empty opt-out does not skip', state: noChromium, env: { EXKB_SKIP_VSCODE_E2E: '' }, action: 'fail' },
  { name: 'the opt-out is refused in CI', state: nothing, env: { EXKB_SKIP_VSCODE_E2E: '1', CI: 'true' }, action: 'fail', says: ['may not be skipped in CI'] },
  { name: 'the opt-out is refused in CI even when everything is present', state: ready, env: { EXKB_SKIP_VSCODE_E2E: '1', CI: '1' }, action: 'fail' },
  { name: 'CI=false is not CI', state: nothing, env: { EXKB_SKIP_VSCODE_E2E: '1', CI: 'false' }, action: 'skip' },
];

describe('decideE2e', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const decision = decideE2e(testCase.state, testCase.env);
      assert.equal(decision.action, testCase.action);
      const text = decision.action === 'fail' ? decision.message : decision.action === 'skip' ? decision.reason : '';
      for (const fragment of testCase.says ?? []) assert.ok(text.includes(fragment), `expected ${JSON.stringify(fragment)} in ${JSON.stringify(text)}`);
      for (const fragment of testCase.never ?? []) assert.ok(!text.includes(fragment), `did not expect ${JSON.stringify(fragment)} in ${JSON.stringify(text)}`);
    });
  }
});
