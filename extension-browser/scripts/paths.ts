import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The extension's folder (scripts run compiled, from `dist/scripts/`). */
export const EXTENSION_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REPO_ROOT = path.resolve(EXTENSION_ROOT, '..');
