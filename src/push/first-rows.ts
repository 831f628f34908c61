/**
 * The row on which each key of a file was first seen, for DUPLICATE_IN_FILE — in little memory.
 *
 * Why: `validate` of a workbook keeps every key to the end of the file (a workbook is not read twice
 * for the Bloom-filter screen CSV uses, see run/files.ts). A Map<string, number> costs ~150 bytes a
 * key; the keys' bytes in memory with a row and a place each still made ~30 MB at 1,000,000 rows, and
 * peak RSS 1.3-1.6 times that of 100,000 rows (docs/PERFORMANCE.md, "XLSX memory"). Here memory holds
 * 8 bytes a slot per key — a 32-bit fingerprint and the place of the key's record — and the records
 * (row and key bytes) go to a KeyLog, in memory for the first 2 MiB and then in a temporary file.
 * Exact all the same: a fingerprint that matches is confirmed against the record's bytes, so an
 * unequal key with the same fingerprint costs one read, never a wrong answer.
 *
 * The hash table is split into segments that grow one at a time by half: growing a single table
 * holds the old and the new copy at once (three times the table at the moment it doubles).
 */
import { KeyLog, MAX_LOGGED_KEY } from './key-log.js';

const SEGMENT_BITS = 5;
const SEGMENTS = 1 << SEGMENT_BITS;
const SEGMENT_MASK = SEGMENTS - 1;
const MIN_SLOTS = 128;
const MAX_LOAD = 0.7;
/** Chunks of records held in memory before the rest goes to the temporary file (2 MiB). */
const MEMORY_CHUNKS = 8;
/** Keys confirmed from the file, remembered so that a key on many rows is read back once. */
const CONFIRMED_CACHE = 1024;
const TWO_TO_32 = 4294967296;

export interface FirstRowsOptions {
  /**
   * Bits of the fingerprint kept (1-32). For tests: with a few bits every key collides with many
   * others, and answers must stay exact.
   */
  fingerprintBits?: number;
  /** Chunks of records (256 KiB each) held in memory before the rest goes to a temporary file. */
  memoryChunks?: number;
  /** Where the temporary file is made; the system's temporary folder by default. */
  dir?: string;
}

export class FirstRows {
  /** Per segment, slots of two numbers: [fingerprint, place of the key's record + 1 (0: empty)]. */
  private readonly segments: Uint32Array[] = [];
  private readonly filled = new Uint32Array(SEGMENTS);
  private count = 0;
  private readonly log: KeyLog;
  private readonly fingerprintMask: number;
  /** A key being looked up, encoded once. */
  private scratch = Buffer.allocUnsafe(256);
  /** Keys too long for a record, or past 4 GiB of records. */
  private readonly outsized = new Map<string, number>();
  private readonly confirmed = new Map<string, number>();

  constructor(options: FirstRowsOptions = {}) {
    const bits = options.fingerprintBits ?? 32;
    this.fingerprintMask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
    this.log = new KeyLog(options.memoryChunks ?? MEMORY_CHUNKS, options.dir);
    for (let i = 0; i < SEGMENTS; i++) this.segments.push(new Uint32Array(MIN_SLOTS * 2));
  }

  get size(): number {
    return this.count + this.outsized.size;
  }

  /**
   * The row a key was first seen on; when it is new, records `row` for it and answers undefined.
   * `row` must be an integer from 0 to 2^32 - 1.
   */
  firstRow(key: string, row: number): number | undefined {
    return this.firstRowOf('', key, row);
  }

  /**
   * firstRow for the key `prefix + value`, without building that string: joined, it is a new string
   * to flatten for every row (encoding flattens it). In one traced 1,000,000-row `validate` that alone
   * kept V8's heap at ~86 MB instead of ~55 MB through the run (docs/PERFORMANCE.md, "XLSX memory").
   */
  firstRowOf(prefix: string, value: string, row: number): number | undefined {
    const length = this.encode(prefix, value);
    const fingerprint = (hash(this.scratch, length) & this.fingerprintMask) >>> 0;
    const segment = fingerprint & SEGMENT_MASK;
    const slots = this.segments[segment];
    const size = slots.length >>> 1;
    for (let slot = home(fingerprint, size); ; slot = slot + 1 === size ? 0 : slot + 1) {
      const stored = slots[2 * slot + 1];
      if (stored === 0) return this.add(prefix, value, length, row, fingerprint, segment, slot);
      if (slots[2 * slot] === fingerprint) {
        const first = this.confirm(prefix, value, length, stored - 1);
        if (first >= 0) return first;
      }
    }
  }

  /** Closes the temporary file of the records; call when no more keys will be looked up. */
  close(): void {
    this.log.close();
  }

  /** The row of the record at `place` when it holds `key`; -1 when it holds another key. */
  private confirm(prefix: string, value: string, length: number, place: number): number {
    const onDisk = this.log.onDisk(place);
    const key = onDisk ? prefix + value : '';
    if (onDisk) {
      const known = this.confirmed.get(key);
      if (known !== undefined) return known;
    }
    const row = length > MAX_LOGGED_KEY ? -1 : this.log.rowIfKey(place, this.scratch, length);
    if (onDisk && row >= 0) {
      if (this.confirmed.size >= CONFIRMED_CACHE) this.confirmed.clear();
      this.confirmed.set(key, row);
    }
    return row;
  }

  private add(
    prefix: string,
    value: string,
    length: number,
    row: number,
    fingerprint: number,
    segment: number,
    slot: number,
  ): number | undefined {
    if (this.outsized.size > 0) {
      const first = this.outsized.get(prefix + value);
      if (first !== undefined) return first;
    }
    const place = this.log.append(row, this.scratch, length);
    if (place < 0) {
      this.outsized.set(prefix + value, row);
      return undefined;
    }
    const slots = this.segments[segment];
    slots[2 * slot] = fingerprint;
    slots[2 * slot + 1] = place + 1;
    this.count += 1;
    this.filled[segment] += 1;
    if (this.filled[segment] > (slots.length >>> 1) * MAX_LOAD) this.grow(segment);
    return undefined;
  }

  /** Keys are their UTF-8 bytes (as they are kept in the records). */
  private encode(prefix: string, value: string): number {
    const max = (prefix.length + value.length) * 3; // UTF-8 needs at most 3 bytes per UTF-16 unit
    if (this.scratch.length < max) this.scratch = Buffer.allocUnsafe(Math.max(max, this.scratch.length * 2));
    const start = prefix.length === 0 ? 0 : this.scratch.write(prefix, 0, 'utf8');
    return start + this.scratch.write(value, start, 'utf8');
  }

  /** Moves one segment into a table half as large again (the others keep theirs). */
  private grow(segment: number): void {
    const old = this.segments[segment];
    const size = Math.ceil((old.length >>> 1) * 1.5);
    const slots = new Uint32Array(size * 2);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1] === 0) continue;
      let slot = home(old[i], size);
      while (slots[2 * slot + 1] !== 0) slot = slot + 1 === size ? 0 : slot + 1;
      slots[2 * slot] = old[i];
      slots[2 * slot + 1] = old[i + 1];
    }
    this.segments[segment] = slots;
  }
}

/** A fingerprint's first slot: its high bits scaled to the table (the low bits chose the segment). */
function home(fingerprint: number, size: number): number {
  return Math.floor((fingerprint * size) / TWO_TO_32);
}

/** FNV-1a over the key's bytes, then murmur3's final mix so that every bit depends on all. */
function hash(bytes: Buffer, length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
