// "Did you mean": the known name closest to a misspelling, by optimal string alignment distance
// (Levenshtein plus swapping two neighbours, so `SMPT` is one edit from `SMTP`).

export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidates nearest to `word` (case-insensitive), if any is within `maxDistance`; several
 * when they tie. Short words get at most one edit, so a three-letter typo doesn't match everything.
 */
export function closestNames(word: string, candidates: readonly string[], maxDistance = word.length <= 4 ? 1 : 2): string[] {
  const lower = word.toLowerCase();
  let best = Infinity;
  let found: string[] = [];
  for (const candidate of candidates) {
    // The length difference is a lower bound of the distance: most candidates end here.
    if (Math.abs(candidate.length - lower.length) > Math.min(maxDistance, best)) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance > maxDistance || distance > best) continue;
    if (distance < best) found = [];
    best = distance;
    found.push(candidate);
  }
  return found;
}
