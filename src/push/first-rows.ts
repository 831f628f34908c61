/**
 * The row on which each key of a file was first seen, for DUPLICATE_IN_FILE — in little memory.
 *
 * Why not a Map<string, number>: it costs ~150 bytes a key here, and every key of the file is kept
 * until the end, so `validate` of a 1,000,000-row file peaked at 295 MB against 146 MB for 100,000 rows
 * (`npm run bench`, "memory is flat"). This keeps the keys' UTF-8 bytes end to end in one buffer and
 * an open-addressing hash table of typed arrays: about 12 bytes a key plus the key's own bytes.
 * Exact: a hash match is confirmed by comparing the bytes.
 */

const EMPTY = 0;
const MAX_LOAD = 0.7;

export class FirstRows {
  /** The keys' UTF-8 bytes, one after another. */
  private bytes = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  /** Per entry i: where its key starts in `bytes` (entry i + 1 says where it ends). */
  private starts = new Uint32Array(1024);
  private rows = new Uint32Array(1024);
  private count = 0;
  /** Open addressing, linear probing: entry index + 1, or EMPTY. */
  private slots = new Uint32Array(2048);
  /** A key being looked up, encoded once. */
  private scratch = Buffer.allocUnsafe(256);

  get size(): number {
    return this.count;
  }

  /**
   * The row a key was first seen on; when it is new, records `row` for it and answers undefined.
   * `row` must be an integer from 0 to 2^32 - 1.
   */
  firstRow(key: string, row: number): number | undefined {
    const length = this.encode(key);
    const mask = this.slots.length - 1;
    for (let slot = hash(this.scratch, length) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === EMPTY) {
        this.insert(slot, length, row);
        return undefined;
      }
      if (this.sameKey(entry - 1, length)) return this.rows[entry - 1];
    }
  }

  private encode(key: string): number {
    const max = key.length * 3; // UTF-8 needs at most 3 bytes per UTF-16 unit
    if (this.scratch.length < max) this.scratch = Buffer.allocUnsafe(Math.max(max, this.scratch.length * 2));
    return this.scratch.write(key, 0, 'utf8');
  }

  private sameKey(entry: number, length: number): boolean {
    const start = this.starts[entry];
    const end = entry + 1 < this.count ? this.starts[entry + 1] : this.used;
    return end - start === length && this.bytes.compare(this.scratch, 0, length, start, end) === 0;
  }

  private insert(slot: number, length: number, row: number): void {
    if (this.used + length > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.used + length, Math.ceil(this.bytes.length * 1.5)));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.rows = grow(this.rows);
    }
    this.scratch.copy(this.bytes, this.used, 0, length);
    this.starts[this.count] = this.used;
    this.rows[this.count] = row;
    this.used += length;
    this.count += 1;
    this.slots[slot] = this.count;
    if (this.count > this.slots.length * MAX_LOAD) this.rehash();
  }

  private rehash(): void {
    this.slots = new Uint32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      const start = this.starts[entry];
      const end = entry + 1 < this.count ? this.starts[entry + 1] : this.used;
      let slot = hash(this.bytes, end - start, start) & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = entry + 1;
    }
  }
}

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(Math.ceil(array.length * 1.5));
  grown.set(array);
  return grown;
}

/** FNV-1a over bytes, with a final mix so that linear probing sees well-spread low bits. */
function hash(bytes: Buffer, length: number, start = 0): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
