// Work off the critical path: each slice runs when the browser is idle (or after a timeout, so a
// busy page still gets annotated) and stops after a few milliseconds of DOM work.

/** DOM work per slice; well under the 50 ms that counts as a long task. */
export const SLICE_BUDGET_MS = 8;
/** The longest a slice waits for an idle moment. */
const IDLE_TIMEOUT_MS = 200;

/** Calls `work(hasTime)` in a later idle moment; returns a function that cancels it. */
export function scheduleSlice(work: (hasTime: () => boolean) => void): () => void {
  const run = (): void => {
    const end = performance.now() + SLICE_BUDGET_MS;
    work(() => performance.now() < end);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 16);
  return () => clearTimeout(handle);
}
