/*
 * Bounds on what an entry file may cost to parse. The Markdown parser's emphasis resolution is
 * quadratic in the number of `*`/`_` runs of a paragraph (measured in `npm run bench --
 * pathological`: 24 KiB of `*_` took 2.5 s), so a broken or hostile file in a knowledge folder or
 * a browser import is refused before parsing instead of stalling the editor or the options page.
 */

/** Six times the longest entry written so far. */
export const MAX_ENTRY_CHARS = 32 * 1024;

/** Forty times the most any entry uses (22); code in fences does not count. */
export const MAX_EMPHASIS_RUNS = 1_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const EMPHASIS_RUN = /\*+|_+/g;

/** Runs of one of `*` or `_` (`*_*` is three) outside fenced code blocks: what the parser must pair up. */
export function emphasisRunsOutsideFences(text: string): number {
  let runs = 0;
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      continue;
    }
    runs += line.match(EMPHASIS_RUN)?.length ?? 0;
  }
  return runs;
}

/** Why `text` is too costly to parse as an entry, or undefined when it is within bounds. */
export function entryTooCostly(text: string): string | undefined {
  if (text.length > MAX_ENTRY_CHARS) return `the file holds ${text.length.toLocaleString('en-US')} characters; an entry is at most ${MAX_ENTRY_CHARS.toLocaleString('en-US')}, so split it into several entries`;
  const runs = emphasisRunsOutsideFences(text);
  if (runs > MAX_EMPHASIS_RUNS) return `the file holds ${runs.toLocaleString('en-US')} runs of * or _ outside code blocks; an entry has at most ${MAX_EMPHASIS_RUNS.toLocaleString('en-US')}, so put code in \`\`\` fences`;
  return undefined;
}
