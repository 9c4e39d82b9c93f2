import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../paths.js';

/** NODE_OPTIONS that preload the throwing rule into a child process. */
export function throwingRuleNodeOptions(): string {
  const preload = pathToFileURL(path.join(REPO_ROOT, 'test', 'dist', 'src', 'faults', 'inject-throwing-rule.js')).href;
  return `--import=${preload}`;
}
