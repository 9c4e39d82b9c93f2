// How long the property-based fuzzers run: a short, fixed-seed run inside `npm test` so failures
// reproduce, and a long run for `npm run fuzz` (FUZZ_RUNS) with any seed (FUZZ_SEED).
import type { Parameters } from 'fast-check';

const DEFAULT_SEED = 20261121;

function integerFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

/**
 * fast-check parameters for one property: `defaultRuns` unless FUZZ_RUNS says otherwise. Properties
 * that drive a process or a browser per run pass `maxRuns`, the most a long run can afford.
 */
export function fuzzParameters<T>(defaultRuns: number, maxRuns = Number.POSITIVE_INFINITY): Parameters<T> {
  const numRuns = Math.min(integerFromEnv('FUZZ_RUNS') ?? defaultRuns, Math.max(defaultRuns, maxRuns));
  const seed = integerFromEnv('FUZZ_SEED') ?? DEFAULT_SEED;
  return { numRuns, seed, verbose: 1 };
}

/** One line for the test log, so a failing run can be repeated with the same seed. */
export function describeRun(property: string, defaultRuns: number, maxRuns = Number.POSITIVE_INFINITY): string {
  const { numRuns, seed } = fuzzParameters(defaultRuns, maxRuns);
  return `${property} (${numRuns} runs, seed ${seed}; FUZZ_SEED/FUZZ_RUNS override)`;
}
