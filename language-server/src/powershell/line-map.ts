import type { LineMap, Position } from './types.js';

/** Lines end at `\n`, `\r\n` or a lone `\r`, as PowerShell and LSP agree. */
export function createLineMap(text: string): LineMap {
  const starts = lineStarts(text);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  return {
    lineCount: starts.length,
    positionAt(offset: number): Position {
      const clamped = Math.max(0, Math.min(offset, text.length));
      const line = lineOf(clamped);
      return { line, character: clamped - (starts[line] ?? 0) };
    },
    offsetAt(position: Position): number {
      if (position.line >= starts.length) return text.length;
      const start = starts[Math.max(0, position.line)] ?? 0;
      const next = starts[position.line + 1] ?? text.length;
      return Math.min(start + Math.max(0, position.character), next);
    },
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  // Most files have no carriage return: then indexOf (a native scan) finds every line.
  if (text.indexOf('\r') === -1) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
    return starts;
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index++;
      starts.push(index + 1);
    } else if (code === 10) {
      starts.push(index + 1);
    }
  }
  return starts;
}
