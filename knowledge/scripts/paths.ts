import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The knowledge package folder (scripts run from `dist/scripts`). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ENTRIES_ROOT = path.join(PACKAGE_ROOT, 'entries');
export const BUNDLE_PATH = path.join(PACKAGE_ROOT, 'dist', 'knowledge.json');
