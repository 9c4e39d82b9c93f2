// The content script never throws into the page and never logs an error there (page errors are
// the page's, and the e2e suite treats them as failures): problems go to console.debug, once each.
const seen = new Set<string>();

export function logOnce(where: string, error: unknown): void {
  const text = `${where}: ${error instanceof Error ? error.message : String(error)}`;
  if (seen.has(text)) return;
  seen.add(text);
  console.debug(`exkb: ${text}`);
}

/** Runs an async task, logging instead of rejecting. */
export function safely(where: string, task: () => Promise<unknown> | unknown): void {
  try {
    Promise.resolve(task()).catch((error: unknown) => logOnce(where, error));
  } catch (error) {
    logOnce(where, error);
  }
}
