/**
 * The SHA-256 of an input file (the journal's key: a resumed run must read the very same file), taken
 * from the bytes the reader reads anyway rather than by a pass of its own (docs/PERFORMANCE.md).
 *
 * A CSV is read front to back, so its bytes arrive in order. A workbook is read where its parts lie
 * (the directory at the end first, then part by part), so bytes may arrive ahead of the hash: they are
 * kept until the hash reaches them (up to AHEAD_LIMIT_BYTES; beyond it they are read again at the end),
 * small gaps the reader skips (a part's data descriptor, 16 bytes) are read on the spot, and whatever
 * was never read is read by `digest()`. Any order of reading gives the same digest as reading the file.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';

export interface ReadDigest {
  size: number;
  sha256: string;
}

/** Gaps up to this size are read at once (from the OS cache) rather than holding the bytes after them. */
const GAP_FILL_BYTES = 64 * 1024;
/** Bytes kept ahead of the hash; a workbook's shared strings before its sheet fit in most files. */
const AHEAD_LIMIT_BYTES = 16 * 1024 * 1024;

interface Piece {
  offset: number;
  bytes: Buffer;
}

export class ReadHash {
  private readonly hash = createHash('sha256');
  /** Every byte before it is in the hash. */
  private cursor = 0;
  private ahead: Piece[] = [];
  private aheadBytes = 0;

  constructor(
    private readonly path: string,
    readonly size: number,
  ) {}

  /** Bytes the reader read at `offset` of the file; they may be copied, never changed. */
  add(offset: number, bytes: Buffer): void {
    if (offset > this.cursor && offset - this.cursor <= GAP_FILL_BYTES) this.fillGap(offset);
    if (offset <= this.cursor) {
      this.take(offset, bytes);
      this.drain();
      return;
    }
    if (this.aheadBytes + bytes.length > AHEAD_LIMIT_BYTES) return; // read again by digest()
    this.ahead.push({ offset, bytes: Buffer.from(bytes) });
    this.aheadBytes += bytes.length;
  }

  /** Size and SHA-256 of the whole file; reads only what the reader did not. */
  async digest(): Promise<ReadDigest> {
    this.drain();
    this.ahead = [];
    if (this.cursor < this.size) {
      const rest = createReadStream(this.path, { start: this.cursor, end: this.size - 1 });
      for await (const chunk of rest as AsyncIterable<Buffer>) this.take(this.cursor, chunk);
    }
    return { size: this.size, sha256: this.hash.digest('hex') };
  }

  private take(offset: number, bytes: Buffer): void {
    const end = offset + bytes.length;
    if (end <= this.cursor) return;
    this.hash.update(offset === this.cursor ? bytes : bytes.subarray(this.cursor - offset));
    this.cursor = end;
  }

  /** Takes the pieces kept ahead that the cursor has reached (or nearly). */
  private drain(): void {
    for (let progressed = true; progressed && this.ahead.length > 0;) {
      progressed = false;
      for (let i = 0; i < this.ahead.length; i++) {
        const { offset, bytes } = this.ahead[i];
        if (offset > this.cursor + GAP_FILL_BYTES) continue;
        if (offset > this.cursor) this.fillGap(offset);
        this.take(offset, bytes);
        this.ahead.splice(i, 1);
        this.aheadBytes -= bytes.length;
        progressed = true;
        break;
      }
    }
  }

  /** Reads the bytes between the cursor and `offset` (a few, from the OS cache) into the hash. */
  private fillGap(offset: number): void {
    const gap = Buffer.allocUnsafe(offset - this.cursor);
    const fd = openSync(this.path, 'r');
    try {
      let read = 0;
      while (read < gap.length) {
        const n = readSync(fd, gap, read, gap.length - read, this.cursor + read);
        if (n === 0) break; // the file shrank: the digest will not match, as it should not
        read += n;
      }
      this.take(this.cursor, gap.subarray(0, read));
    } finally {
      closeSync(fd);
    }
  }
}

/** The bytes of a file stream read from `start`, passed on unchanged and added to `hash` on the way. */
export async function* hashedBytes(
  stream: AsyncIterable<Buffer>,
  start: number,
  hash: ReadHash,
): AsyncGenerator<Buffer> {
  let offset = start;
  for await (const chunk of stream) {
    hash.add(offset, chunk);
    offset += chunk.length;
    yield chunk;
  }
}
