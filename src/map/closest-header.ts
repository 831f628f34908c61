/** The file header closest to a missing column's accepted names, for the error message. */
// A named import on purpose: fastest-levenshtein is CommonJS flagged `__esModule`, so its default
// import is undefined under tsx/esbuild; plain node detects the named exports (checked on Node 20).
import { distance } from 'fastest-levenshtein';
import { normalizeHeader } from './normalize-header.js';

/**
 * The candidate nearest (Levenshtein on normalised names) to any accepted name, if near enough to be
 * a plausible typo: at most 2 edits, or a third of the name, and never the whole name.
 */
export function closestHeader(
  candidates: readonly string[],
  accepted: readonly string[],
): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const names = [...new Set(accepted.map(normalizeHeader))].filter((n) => n !== '');
  for (const candidate of candidates) {
    const c = normalizeHeader(candidate);
    if (c === '') continue;
    for (const name of names) {
      const d = distance(c, name);
      const near = d < name.length && (d <= 2 || d <= name.length / 3);
      if (near && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
  }
  return best;
}
