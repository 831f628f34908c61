/**
 * The row on which each key of a file was first seen, for DUPLICATE_IN_FILE — in little memory.
 *
 * Why not a Map<string, number>: it costs ~150 bytes a key here, and every key of the file is kept
 * until the end, so `validate` of a 1,000,000-row file peaked at 295 MB against 146 MB for 100,000 rows
 * (`npm run bench`, "memory is flat"). This keeps the keys' UTF-8 bytes in fixed 1 MiB chunks, each
 * key's row and place in pages of typed arrays, and an open-addressing hash table: about 12 bytes a key
 * plus the key's own bytes. Exact: a hash match is confirmed by comparing the bytes.
 *
 * Why chunks and pages, not one buffer grown by half when full (as before): every growth copied it
 * and left the old copy as garbage until a full GC, so for a workbook (whose keys are all kept, see
 * docs/PERFORMANCE.md) a 1,000,000-row `validate` peaked at 226-244 MB against 159 MB with no key
 * index at all, for ~30 MB of keys. Chunks are never copied; only the hash table doubles.
 */

const EMPTY = 0;
const MAX_LOAD = 0.7;
/** Key bytes per chunk; a key never straddles two. A key's place is chunk * CHUNK_BYTES + offset. */
const CHUNK_SHIFT = 20;
const CHUNK_BYTES = 1 << CHUNK_SHIFT;
/** Places fit in 32 bits: at most 4 GiB of keys in chunks; more go to the map of outsized keys. */
const MAX_CHUNKS = 2 ** (32 - CHUNK_SHIFT);
/** Keys longer than this (far beyond any real key) are kept as strings in a map of their own. */
const MAX_CHUNKED_KEY = CHUNK_BYTES >> 2;
const PAGE_SHIFT = 16;
const PAGE_ENTRIES = 1 << PAGE_SHIFT;
const PAGE_MASK = PAGE_ENTRIES - 1;

export class FirstRows {
  /** Keys as [length, 1-3 bytes (LEB128)][UTF-8 bytes], one after another within each chunk. */
  private readonly chunks: Buffer[] = [];
  private chunkUsed = CHUNK_BYTES;
  /** Per entry: where its key starts (`places`) and the row it was first seen on (`rows`). */
  private readonly places: Uint32Array[] = [];
  private readonly rows: Uint32Array[] = [];
  private count = 0;
  /** Open addressing, linear probing: entry index + 1, or EMPTY. */
  private slots = new Uint32Array(2048);
  /** A key being looked up, encoded once. */
  private scratch = Buffer.allocUnsafe(256);
  /** Keys too long for a chunk, or past 4 GiB of chunks. */
  private readonly outsized = new Map<string, number>();

  get size(): number {
    return this.count + this.outsized.size;
  }

  /**
   * The row a key was first seen on; when it is new, records `row` for it and answers undefined.
   * `row` must be an integer from 0 to 2^32 - 1.
   */
  firstRow(key: string, row: number): number | undefined {
    const length = this.encode(key);
    if (length <= MAX_CHUNKED_KEY) {
      const mask = this.slots.length - 1;
      for (let slot = hash(this.scratch, 0, length) & mask; ; slot = (slot + 1) & mask) {
        const entry = this.slots[slot];
        if (entry === EMPTY) {
          if (this.outsized.size > 0 && this.outsized.has(key)) return this.outsized.get(key);
          if (!this.insert(slot, length, row)) this.outsized.set(key, row);
          return undefined;
        }
        if (this.sameKey(entry - 1, length))
          return this.rows[(entry - 1) >>> PAGE_SHIFT][(entry - 1) & PAGE_MASK];
      }
    }
    const first = this.outsized.get(key);
    if (first === undefined) this.outsized.set(key, row);
    return first;
  }

  private encode(key: string): number {
    const max = key.length * 3; // UTF-8 needs at most 3 bytes per UTF-16 unit
    if (this.scratch.length < max) this.scratch = Buffer.allocUnsafe(Math.max(max, this.scratch.length * 2));
    return this.scratch.write(key, 0, 'utf8');
  }

  private sameKey(entry: number, length: number): boolean {
    const place = this.places[entry >>> PAGE_SHIFT][entry & PAGE_MASK];
    const chunk = this.chunks[place >>> CHUNK_SHIFT];
    let at = place & (CHUNK_BYTES - 1);
    let stored = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = chunk[at++];
      stored |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    if (stored !== length) return false;
    // Keys are short: a loop beats the native compare's call for them.
    if (length > 32) return chunk.compare(this.scratch, 0, length, at, at + length) === 0;
    for (let i = 0; i < length; i++) if (chunk[at + i] !== this.scratch[i]) return false;
    return true;
  }

  /** Stores the key in `scratch` as a new entry; false when the chunks are full (4 GiB). */
  private insert(slot: number, length: number, row: number): boolean {
    const prefix = length < 0x80 ? 1 : length < 0x4000 ? 2 : 3;
    if (this.chunkUsed + prefix + length > CHUNK_BYTES) {
      if (this.chunks.length >= MAX_CHUNKS) return false;
      this.chunks.push(Buffer.allocUnsafe(CHUNK_BYTES));
      this.chunkUsed = 0;
    }
    const chunkIndex = this.chunks.length - 1;
    const chunk = this.chunks[chunkIndex];
    const place = chunkIndex * CHUNK_BYTES + this.chunkUsed;
    let at = this.chunkUsed;
    for (let rest = length; ; rest >>>= 7) {
      if (rest < 0x80) {
        chunk[at++] = rest;
        break;
      }
      chunk[at++] = (rest & 0x7f) | 0x80;
    }
    this.scratch.copy(chunk, at, 0, length);
    this.chunkUsed = at + length;

    const entry = this.count;
    if ((entry & PAGE_MASK) === 0) {
      this.places.push(new Uint32Array(PAGE_ENTRIES));
      this.rows.push(new Uint32Array(PAGE_ENTRIES));
    }
    this.places[entry >>> PAGE_SHIFT][entry & PAGE_MASK] = place;
    this.rows[entry >>> PAGE_SHIFT][entry & PAGE_MASK] = row;
    this.count += 1;
    this.slots[slot] = this.count;
    if (this.count > this.slots.length * MAX_LOAD) this.rehash();
    return true;
  }

  private rehash(): void {
    this.slots = new Uint32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let entry = 0; entry < this.count; entry++) {
      const place = this.places[entry >>> PAGE_SHIFT][entry & PAGE_MASK];
      const chunk = this.chunks[place >>> CHUNK_SHIFT];
      let at = place & (CHUNK_BYTES - 1);
      let length = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = chunk[at++];
        length |= (byte & 0x7f) << shift;
        if (byte < 0x80) break;
      }
      let slot = hash(chunk, at, length) & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = entry + 1;
    }
  }
}

/** FNV-1a over bytes, with a final mix so that linear probing sees well-spread low bits. */
function hash(bytes: Buffer, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
