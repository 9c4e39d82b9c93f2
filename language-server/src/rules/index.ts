// The registry: every rule, sorted by id. A parity test checks it against the files in this folder.
import type { Rule } from './rule.js';

export const RULES: readonly Rule[] = [];
