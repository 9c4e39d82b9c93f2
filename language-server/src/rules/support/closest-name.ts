// "Did you mean": the known name closest to a misspelling, by optimal string alignment distance
// (Levenshtein plus swapping two neighbours, so `SMPT` is one edit from `SMTP`).

// Three reused rows (two back for the swap): a lint over a script of 50,000 distinct misspelt
// names computes millions of distances, and a fresh matrix for each made that the lint's cost.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The distance from `a` to `b`, exact when it is at most `limit`; above the limit it stops as soon
 * as a whole row exceeds it and returns `limit + 1` (every later row only grows from there).
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const columns = b.length + 1;
  if (rows[0].length < columns) rows = [new Int32Array(columns * 2), new Int32Array(columns * 2), new Int32Array(columns * 2)];
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j < columns; j++) previous[j] = j;
  let previousMinimum = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let minimum = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j < columns; j++) {
      const other = b.charCodeAt(j - 1);
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (letter === other ? 0 : 1));
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === other) best = Math.min(best, beforePrevious[j - 2]! + 1);
      current[j] = best;
      if (best < minimum) minimum = best;
    }
    // A cell is reached from the two rows above (a swap reaches two back): both past the limit, so is the rest.
    if (minimum > limit && previousMinimum > limit) return limit + 1;
    previousMinimum = minimum;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[b.length]!;
  return distance > limit ? limit + 1 : distance;
}

/**
 * The candidates nearest to `word` (case-insensitive), if any is within `maxDistance`; several
 * when they tie. Short words get at most one edit, so a three-letter typo doesn't match everything.
 * `lowerCandidates`, the candidates in lower case, saves lower-casing them on every call.
 */
export function closestNames(word: string, candidates: readonly string[], maxDistance = word.length <= 4 ? 1 : 2, lowerCandidates?: readonly string[]): string[] {
  const lower = word.toLowerCase();
  let best = Infinity;
  let found: string[] = [];
  for (const [index, candidate] of candidates.entries()) {
    const reach = Math.min(maxDistance, best);
    // The length difference is a lower bound of the distance: most candidates end here.
    if (Math.abs(candidate.length - lower.length) > reach) continue;
    const distance = editDistance(lower, lowerCandidates?.[index] ?? candidate.toLowerCase(), reach);
    if (distance > reach) continue;
    if (distance < best) found = [];
    best = distance;
    found.push(candidate);
  }
  return found;
}
