/**
 * Whether an unbound header is close enough to a column's names to suggest that column on the page.
 * Stricter than the CLI's typo hint for a missing column (map/closest-header.ts): there a person
 * reads one hint beside an error, here every column of the file gets one, and short headers ("No",
 * "Kode") are two edits from many short names ("lon", "Kota").
 */
import { createRequire } from 'node:module';
import type * as Levenshtein from 'fastest-levenshtein';
import { normalizeHeader } from '../map/index.js';

let distance: ((a: string, b: string) => number) | undefined;
function levenshtein(a: string, b: string): number {
  distance ??= (createRequire(import.meta.url)('fastest-levenshtein') as typeof Levenshtein).distance;
  return distance(a, b);
}

/** At least four letters, and at most one edit in four of the nearer name (`Nama Tokoh` → `Nama Toko`). */
export function closeEnough(header: string, names: readonly string[]): boolean {
  const h = normalizeHeader(header);
  if (h.length < 4) return false;
  return names.some((name) => {
    const n = normalizeHeader(name);
    if (n.length < 4) return false;
    return levenshtein(h, n) <= Math.floor(Math.max(h.length, n.length) / 4);
  });
}
