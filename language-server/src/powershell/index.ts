// PLACEHOLDER until the parser lands (issue 3): the parser work replaces this file.
import { createLineMap } from './line-map.js';
import type { ParsedScript } from './types.js';

export type * from './types.js';
export { createLineMap } from './line-map.js';

export function parseScript(text: string): ParsedScript {
  return { text, lines: createLineMap(text), comments: [], errors: [], commands: [], paramAttributes: [] };
}
