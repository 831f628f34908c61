/**
 * Which keys of a file may appear on more than one row, learnt while the file is read through once
 * before anything is sent, so that the in-order pass keeps the first row of those keys only.
 *
 * Why: finding DUPLICATE_IN_FILE in one pass means remembering every key of the file to its end,
 * ~30 bytes a key even in the compact FirstRows: a 1,000,000-row `validate` peaked at 181 MB against
 * 128 MB for 100,000 rows (`npm run bench`, "memory is flat"). A Bloom filter of ~10 bits a key
 * answers "certainly new" for nearly every key of the pass; only keys it has probably seen before —
 * every key that truly repeats, plus about 1 % false alarms — are kept exactly. Exact all the same:
 * a key that is not a suspect occurs once in the whole file, so it can never be a duplicate.
 */
import { BloomFilter } from 'bloomfilter';
import type { RowKey } from '../types.js';

/** False alarms cost an exact entry each; 1 % keeps them small next to the filter itself. */
const FALSE_POSITIVE_RATE = 0.01;
/** The filter is sized for the row limit, capped here: ~6 MB. Beyond, false alarms grow, not errors. */
const MAX_SIZED_ROWS = 5_000_000;

/** One spelling of a key for the duplicate check: `id:42` and `ext:C-1` never collide. */
export function keyText(key: RowKey): string {
  return `${key.kind}:${key.value}`;
}

export class DuplicateScreen {
  private readonly seen: BloomFilter;
  private readonly suspects = new Set<string>();

  /** `expectedRows`: at most this many keys will be noted (the read limit on rows). */
  constructor(expectedRows: number) {
    const n = Math.max(1_000, Math.min(expectedRows, MAX_SIZED_ROWS));
    this.seen = BloomFilter.withTargetError(n, FALSE_POSITIVE_RATE);
  }

  /** Notes a key of the read-through pass. */
  note(key: RowKey): void {
    const text = keyText(key);
    if (this.seen.test(text)) this.suspects.add(text);
    else this.seen.add(text);
  }

  /** False: the key occurs on one row of the file at most. True: it may repeat. */
  mayRepeat(text: string): boolean {
    return this.suspects.has(text);
  }

  /** Keys kept exactly (repeated ones and false alarms). */
  get suspectCount(): number {
    return this.suspects.size;
  }
}
