/**
 * The zip container of an XLSX file, through yazl's public API: small parts are added whole, a sheet
 * is streamed as its rows are written. Backpressure runs end to end — our entry stream, yazl's
 * deflate, its output piped into the file — so we wait whenever the disk falls behind and memory
 * stays constant however many rows are written.
 */
import { PassThrough } from 'node:stream';
import yazl from 'yazl';
import type { AtomicFile } from './atomic-file.js';

/** Text gathered before one write into the entry stream: fewer, larger writes are faster. */
const CHUNK_CHARS = 64 * 1024;
/**
 * Sheets are large and written once: the fastest compression level costs about a tenth more bytes than
 * the default and a good part of the time (measured on a 200,000-row result sheet).
 */
const SHEET_COMPRESSION = 1;

export class EntryWriter {
  private pending = '';

  constructor(
    private readonly stream: PassThrough,
    private readonly file: AtomicFile,
  ) {}

  /**
   * Appends text. Undefined while it only gathers (no promise per row); a promise when a chunk went out,
   * resolved once the stream can take more.
   */
  write(text: string): Promise<void> | undefined {
    this.pending += text;
    return this.pending.length >= CHUNK_CHARS ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    this.file.throwIfFailed();
    if (this.pending.length === 0) return;
    const chunk = this.pending;
    this.pending = '';
    if (!this.stream.write(chunk, 'utf8')) await this.file.until(this.stream, 'drain');
  }

  async end(text: string): Promise<void> {
    this.pending += text;
    await this.flush();
    this.stream.end();
  }

  destroy(): void {
    this.stream.destroy();
  }
}

export class ZipPackage {
  private readonly zip = new yazl.ZipFile();
  private readonly entries: EntryWriter[] = [];

  constructor(private readonly file: AtomicFile) {
    // yazl reports a failed entry on the zip file itself: never unhandled, always the file's failure.
    this.zip.on('error', (err: Error) => file.fail(err));
    this.zip.outputStream.on('error', (err: Error) => file.fail(err));
    this.zip.outputStream.pipe(file.stream);
  }

  addText(name: string, text: string): void {
    this.zip.addBuffer(Buffer.from(text, 'utf8'), name);
  }

  /** An entry written piece by piece; yazl takes entries in the order they were added. */
  openEntry(name: string): EntryWriter {
    const stream = new PassThrough({ highWaterMark: 1 << 20 });
    this.zip.addReadStream(stream, name, { compressionLevel: SHEET_COMPRESSION });
    const entry = new EntryWriter(stream, this.file);
    this.entries.push(entry);
    return entry;
  }

  /** Writes the central directory; resolves once everything is in the file stream and it has finished. */
  async end(): Promise<void> {
    const finished = this.file.until(this.file.stream, 'finish');
    this.zip.end();
    await finished;
  }

  /** Stops feeding the file (the caller discards it). */
  abort(): void {
    this.zip.outputStream.unpipe(this.file.stream);
    for (const entry of this.entries) entry.destroy();
  }
}
