import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Records are appended to a chunk of this many bytes; a record never straddles two. */
export const CHUNK_SHIFT = 18;
const CHUNK_BYTES = 1 << CHUNK_SHIFT;
/** The longest key a record holds (row and length prefix fit in the rest of a chunk). */
export const MAX_LOGGED_KEY = CHUNK_BYTES >> 2;
/** Places fit in 32 bits, one value kept free (the hash table's empty mark is place + 1 = 0). */
const MAX_CHUNKS = 2 ** (32 - CHUNK_SHIFT) - 1;

/**
 * The keys of a file with the row each was first seen on, appended end to end as records
 * [row: 4 bytes][key length: LEB128][key: UTF-8], each found again by its place (a 32-bit offset).
 *
 * Why: the key index (first-rows.ts) keeps only a fingerprint and a place per key in memory; the key
 * itself is read back only to confirm a fingerprint that matched, so the answer stays exact. The
 * first `memoryChunks` chunks stay in memory (a file of a few hundred thousand keys never touches
 * the disk); later chunks go to a temporary file, unlinked as soon as it is open (nothing is left
 * behind, even after a crash), as the reader's shared strings do past 4 MiB (docs/reading.md).
 * If the file cannot be made or written, chunks stay in memory: more memory, the same answers.
 */
export class KeyLog {
  /** Each chunk's bytes while in memory; undefined once written to the file (at chunk * CHUNK_BYTES). */
  private readonly chunks: Array<Buffer | undefined> = [];
  private current: Buffer | undefined;
  private used = CHUNK_BYTES;
  private fd: number | undefined;
  private fileFailed = false;
  private readBuffer = Buffer.allocUnsafe(256);

  constructor(
    private readonly memoryChunks: number,
    private readonly dir = tmpdir(),
  ) {}

  /**
   * Appends a record of the first `length` bytes of `key`; answers its place, or -1 when the log is
   * full (4 GiB) or the key longer than MAX_LOGGED_KEY.
   */
  append(row: number, key: Buffer, length: number): number {
    if (length > MAX_LOGGED_KEY) return -1;
    const size = 4 + prefixLength(length) + length;
    if (this.used + size > CHUNK_BYTES && !this.nextChunk()) return -1;
    const chunk = this.current as Buffer;
    const place = (this.chunks.length - 1) * CHUNK_BYTES + this.used;
    let at = chunk.writeUInt32LE(row, this.used);
    for (let rest = length; ; rest >>>= 7) {
      if (rest < 0x80) {
        chunk[at++] = rest;
        break;
      }
      chunk[at++] = (rest & 0x7f) | 0x80;
    }
    // Keys are short: a loop beats the native copy's call for them.
    if (length > 32) key.copy(chunk, at, 0, length);
    else for (let i = 0; i < length; i++) chunk[at + i] = key[i];
    this.used = at + length;
    return place;
  }

  /** The row of the record at `place` if its key is the first `length` bytes of `key`; else -1. */
  rowIfKey(place: number, key: Buffer, length: number): number {
    const index = Math.floor(place / CHUNK_BYTES);
    let at = place % CHUNK_BYTES;
    const size = 4 + prefixLength(length) + length;
    // A record of that length would not fit there: it cannot be that key.
    if (at + size > CHUNK_BYTES) return -1;
    let bytes = this.chunks[index];
    if (bytes === undefined) {
      if (this.readBuffer.length < size)
        this.readBuffer = Buffer.allocUnsafe(Math.max(size, this.readBuffer.length * 2));
      bytes = this.readBuffer;
      if (readSync(this.fd as number, bytes, 0, size, place) < size) return -1;
      at = 0;
    }
    const row = bytes.readUInt32LE(at);
    at += 4;
    // The length prefix first: LEB128 is prefix-free, so equal prefix bytes mean equal lengths,
    // and the key's bytes are compared within its own record only.
    for (let rest = length; ; rest >>>= 7) {
      const expected = rest < 0x80 ? rest : (rest & 0x7f) | 0x80;
      if (bytes[at++] !== expected) return -1;
      if (rest < 0x80) break;
    }
    if (length > 32) return bytes.compare(key, 0, length, at, at + length) === 0 ? row : -1;
    for (let i = 0; i < length; i++) if (bytes[at + i] !== key[i]) return -1;
    return row;
  }

  /** True when the record at `place` is read from the temporary file (not held in memory). */
  onDisk(place: number): boolean {
    return this.chunks[Math.floor(place / CHUNK_BYTES)] === undefined;
  }

  /** Closes the temporary file (its space is freed at once: it was unlinked when opened). */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.chunks.length = 0;
    this.current = undefined;
    this.used = CHUNK_BYTES;
  }

  /** Starts a new chunk; the full one goes to the file once `memoryChunks` are held. */
  private nextChunk(): boolean {
    if (this.chunks.length >= MAX_CHUNKS) return false;
    const full = this.chunks.length - 1;
    if (this.current && full >= this.memoryChunks && this.spill(this.current, full)) {
      // Written: its buffer takes the next chunk's records.
      this.chunks[full] = undefined;
    } else {
      this.current = Buffer.allocUnsafe(CHUNK_BYTES);
    }
    this.chunks.push(this.current);
    this.used = 0;
    return true;
  }

  private spill(chunk: Buffer, index: number): boolean {
    if (this.fileFailed) return false;
    try {
      if (this.fd === undefined) this.fd = openUnlinked(this.dir);
      // Bytes past the last record are never read (rowIfKey checks each record's own length).
      const position = index * CHUNK_BYTES;
      for (let at = 0; at < this.used;) at += writeSync(this.fd, chunk, at, this.used - at, position + at);
      return true;
    } catch {
      // A full disk or a folder that cannot be written: keep this chunk and the next ones in memory.
      this.fileFailed = true;
      return false;
    }
  }
}

function prefixLength(length: number): number {
  return length < 0x80 ? 1 : length < 0x4000 ? 2 : 3;
}

function openUnlinked(dir: string): number {
  const folder = mkdtempSync(join(dir, 'salesmania-keys-'));
  const path = join(folder, 'keys');
  try {
    const fd = openSync(path, 'w+', 0o600);
    unlinkSync(path);
    return fd;
  } finally {
    rmdirSync(folder);
  }
}
