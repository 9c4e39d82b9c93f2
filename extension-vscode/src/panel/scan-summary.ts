// The words above the paste box's results. Pure and dependency-free, as it runs in the webview.

const count = (n: number) => n.toLocaleString('en-US');

/**
 * `3 codes found, 2 with knowledge entries.`; when the server listed only the first of many
 * (`exkb/scan` caps its answer), says so, so a long paste is not mistaken for a short one.
 */
export function scanSummary(shown: number, matched: number, total: number = shown): string {
  if (shown === 0) return 'No error codes found in this text.';
  const found = total > shown ? `${count(total)} codes found; the first ${count(shown)} are listed, ${count(matched)} of them` : `${count(shown)} code${shown === 1 ? '' : 's'} found, ${count(matched)}`;
  return `${found} with knowledge entries.`;
}
