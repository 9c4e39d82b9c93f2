import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (compiled tests run from `test/dist/src`). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const TEST_ROOT = path.join(REPO_ROOT, 'test');
export const EXKB_BIN = path.join(REPO_ROOT, 'language-server', 'bin', 'exkb.js');
/** `../shared` beside the clone: reference material and corpora, present on CI and developer machines. */
export const SHARED_ROOT = path.resolve(REPO_ROOT, '..', 'shared');
