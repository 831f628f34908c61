import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGE = 64 * 1024;
const CACHED_PAGES = 32;
const WRITE_BUFFER = 1024 * 1024;

/**
 * UTF-8 text appended end to end and read back by byte range. The first `memoryLimit` bytes stay in
 * memory; the rest goes to a temporary file, unlinked as soon as it is open (nothing is left behind,
 * even after a crash), and is read back through a small page cache. Why: a workbook's shared strings
 * grow with its rows (a code, a name, a phone number per row), and memory must not: see
 * docs/reading.md. Writers store strings in order of first use, so reading the sheet top to bottom
 * reads the file nearly in order, and the strings used again and again are the early ones, in memory.
 */
export class ByteStore {
  private memory: Buffer;
  private memoryUsed = 0;
  private fd: number | undefined;
  /** Bytes in the file, and bytes waiting in `pending` to be written after them. */
  private fileBytes = 0;
  private pending = Buffer.allocUnsafe(0);
  private pendingUsed = 0;
  private readonly pages = new Map<number, Buffer>();

  constructor(private readonly memoryLimit: number) {
    this.memory = Buffer.allocUnsafe(Math.min(1 << 16, memoryLimit));
  }

  get length(): number {
    return this.memoryUsed + this.fileBytes + this.pendingUsed;
  }

  /** Appends the text's UTF-8 bytes. */
  append(text: string): void {
    const max = text.length * 3; // UTF-8 needs at most 3 bytes per UTF-16 unit
    if (this.fd === undefined && this.memoryUsed + max <= this.memoryLimit) {
      if (this.memoryUsed + max > this.memory.length) {
        const size = Math.min(
          this.memoryLimit,
          Math.max(this.memoryUsed + max, Math.ceil(this.memory.length * 1.5)),
        );
        const grown = Buffer.allocUnsafe(size);
        this.memory.copy(grown, 0, 0, this.memoryUsed);
        this.memory = grown;
      }
      this.memoryUsed += this.memory.write(text, this.memoryUsed, 'utf8');
      return;
    }
    if (this.fd === undefined) this.openFile();
    if (this.pendingUsed + max > this.pending.length) this.flush();
    if (max > this.pending.length) {
      const bytes = Buffer.from(text, 'utf8');
      this.writeAll(bytes);
      return;
    }
    this.pendingUsed += this.pending.write(text, this.pendingUsed, 'utf8');
  }

  /** The text between two byte offsets that `length` gave before and after an append. */
  text(start: number, end: number): string {
    if (end <= this.memoryUsed) return this.memory.toString('utf8', start, end);
    if (this.pendingUsed > 0) this.flush();
    const from = start - this.memoryUsed;
    const to = end - this.memoryUsed;
    const page = Math.floor(from / PAGE);
    if (to <= (page + 1) * PAGE) {
      const offset = page * PAGE;
      return this.page(page).toString('utf8', from - offset, to - offset);
    }
    const bytes = Buffer.allocUnsafe(to - from);
    readSync(this.fd as number, bytes, 0, bytes.length, from);
    return bytes.toString('utf8');
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.pages.clear();
  }

  private page(index: number): Buffer {
    let page = this.pages.get(index);
    if (page) return page;
    page = Buffer.allocUnsafe(PAGE);
    const read = readSync(this.fd as number, page, 0, PAGE, index * PAGE);
    page = page.subarray(0, read);
    if (this.pages.size >= CACHED_PAGES) this.pages.delete(this.pages.keys().next().value as number);
    this.pages.set(index, page);
    return page;
  }

  private openFile(): void {
    const dir = mkdtempSync(join(tmpdir(), 'salesmania-strings-'));
    const path = join(dir, 'strings');
    this.fd = openSync(path, 'w+', 0o600);
    unlinkSync(path);
    rmdirSync(dir);
    this.pending = Buffer.allocUnsafe(WRITE_BUFFER);
  }

  private flush(): void {
    if (this.pendingUsed === 0) return;
    const used = this.pendingUsed;
    this.pendingUsed = 0;
    this.writeAll(this.pending.subarray(0, used));
  }

  private writeAll(bytes: Buffer): void {
    for (let at = 0; at < bytes.length;) {
      at += writeSync(this.fd as number, bytes, at, bytes.length - at, this.fileBytes + at);
    }
    this.fileBytes += bytes.length;
    // A page read before these bytes were written may be short.
    this.pages.clear();
  }
}
