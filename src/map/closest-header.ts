/** The file header closest to a missing column's accepted names, for the error message. */
import { createRequire } from 'node:module';
import type * as Levenshtein from 'fastest-levenshtein';
import { normalizeHeader } from './normalize-header.js';

/**
 * fastest-levenshtein (CommonJS), required when a column is missing rather than at start-up: every
 * command imports map/, `--help` included (docs/PERFORMANCE.md, start-up). `require` keeps this
 * function synchronous and sidesteps the `__esModule` default-import trap of tsx/esbuild.
 */
let distance: ((a: string, b: string) => number) | undefined;
function levenshtein(a: string, b: string): number {
  distance ??= (createRequire(import.meta.url)('fastest-levenshtein') as typeof Levenshtein).distance;
  return distance(a, b);
}

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
      const d = levenshtein(c, name);
      const near = d < name.length && (d <= 2 || d <= name.length / 3);
      if (near && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
  }
  return best;
}
