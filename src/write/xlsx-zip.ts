/**
 * The zip container of an XLSX file we write: small parts added whole, a sheet streamed as its rows are
 * written. Parts go into the file one after another, in the order they were added. Backpressure runs
 * end to end — our writes into zlib's deflater, its output into the file — so we wait whenever the disk
 * falls behind and memory stays constant however many rows are written.
 *
 * Why not yazl (which we used before, and still use for small archives): it pipes every part through
 * four streams and computes the CRC-32 in JavaScript, about a second per 200,000-row result sheet;
 * here the CRC is zlib's (native) and the deflated bytes go straight to the file. The records
 * themselves are in zip-records.ts.
 */
import { constants, createDeflateRaw, crc32, deflateRawSync, type DeflateRaw } from 'node:zlib';
import type { AtomicFile } from './atomic-file.js';
import { centralDirectory, dataDescriptor, dosDateTime, localHeader, type ZipRecord } from './zip-records.js';

/** Bytes gathered before one write into the deflater: fewer, larger writes are faster. */
const FLUSH_BYTES = 256 * 1024;
/** Room for a chunk and a row of text after it without a second buffer. */
const CHUNK_BYTES = 1024 * 1024;
/**
 * Sheets are large and written once: the fastest compression level costs about a tenth more bytes than
 * the default and a good part of the time (measured on a 200,000-row result sheet).
 */
const SHEET_COMPRESSION = 1;
/** zlib's default level, as a part added whole gets (`deflateRawSync`). */
export const PART_COMPRESSION = constants.Z_DEFAULT_COMPRESSION;

/** Where a streamed part's bytes go. */
interface EntrySink {
  write(bytes: Buffer): Promise<void>;
  end(): Promise<void>;
  destroy(): void;
}

export class EntryWriter {
  /**
   * Text is encoded into this buffer as it comes (`Buffer.write`), not gathered into one long string
   * and converted when it is full: a string built by `+=` from hundreds of rows is a rope that must be
   * flattened first, and that cost as much as deflating it.
   */
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  constructor(private readonly sink: EntrySink) {}

  /**
   * Appends text. Undefined while it only gathers (no promise per row); a promise when a chunk went out,
   * resolved once the part can take more.
   */
  write(text: string): Promise<void> | undefined {
    // UTF-8 needs at most 3 bytes per UTF-16 unit.
    if (this.used + text.length * 3 <= this.buffer.length) {
      this.used += this.buffer.write(text, this.used, 'utf8');
      return this.used >= FLUSH_BYTES ? this.flush() : undefined;
    }
    return this.flush(text);
  }

  private async flush(text?: string): Promise<void> {
    if (this.used > 0) {
      // A copy of the bytes used: the deflater keeps the chunk until it is done with it, and the big
      // buffer is used again (a new one each time kept a megabyte per chunk alive).
      const chunk = Buffer.from(this.buffer.subarray(0, this.used));
      this.used = 0;
      await this.sink.write(chunk);
    }
    if (text === undefined) return;
    if (text.length * 3 <= this.buffer.length) this.used = this.buffer.write(text, 0, 'utf8');
    else await this.sink.write(Buffer.from(text, 'utf8'));
  }

  async end(text: string): Promise<void> {
    await this.flush(text);
    await this.flush();
    await this.sink.end();
  }

  destroy(): void {
    this.sink.destroy();
  }
}

export class ZipPackage {
  private readonly records: ZipRecord[] = [];
  private readonly when = dosDateTime(new Date());
  private readonly deflaters: DeflateRaw[] = [];
  /** Bytes handed to the file so far: where the next record starts. */
  private offset = 0;
  /** Each part's turn: a part starts once the one before it is entirely in the file. */
  private turn: Promise<void> = Promise.resolve();

  constructor(private readonly file: AtomicFile) {}

  /** Runs `step` after every step queued before it; a failure is the file's failure. */
  private queue(step: () => Promise<void>): Promise<void> {
    const run = this.turn.then(() => {
      this.file.throwIfFailed();
      return step();
    });
    this.turn = run.catch((err: unknown) => this.file.fail(err));
    return run;
  }

  private async out(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    if (!this.file.stream.write(bytes)) await this.file.until(this.file.stream, 'drain');
  }

  addText(name: string, text: string): void {
    this.queue(async () => {
      const raw = Buffer.from(text, 'utf8');
      const data = deflateRawSync(raw);
      const record: ZipRecord = {
        name: Buffer.from(name, 'utf8'),
        crc: crc32(raw),
        size: raw.length,
        compressedSize: data.length,
        offset: this.offset,
        streamed: false,
      };
      await this.out(localHeader(record, this.when));
      await this.out(data);
      this.records.push(record);
    }).catch(() => undefined); // recorded on the file by queue()
  }

  /** A part written piece by piece; it holds the file until it ends. */
  openEntry(name: string, level = SHEET_COMPRESSION): EntryWriter {
    const record: ZipRecord = {
      name: Buffer.from(name, 'utf8'),
      crc: 0,
      size: 0,
      compressedSize: 0,
      offset: 0,
      streamed: true,
    };
    const deflater = createDeflateRaw({ level, chunkSize: 64 * 1024 });
    this.deflaters.push(deflater);
    deflater.on('error', (err: Error) => this.file.fail(err));
    deflater.on('data', (chunk: Buffer) => {
      record.compressedSize += chunk.length;
      this.offset += chunk.length;
      if (!this.file.stream.write(chunk)) {
        deflater.pause();
        this.file.stream.once('drain', () => deflater.resume());
      }
    });
    let release!: () => void;
    const ended = new Promise<void>((resolve) => (release = resolve));
    let headerOut!: () => void;
    const headerWritten = new Promise<void>((resolve) => (headerOut = resolve));
    const turn = this.queue(async () => {
      record.offset = this.offset;
      await this.out(localHeader(record, this.when));
      headerOut();
      // Later parts wait until this one has written its descriptor.
      await ended;
    });
    // The part's turn came and its header is out; rejects if the file failed before that.
    const begun = Promise.race([headerWritten, turn]);
    begun.catch(() => undefined); // surfaced by the first write or by end
    return new EntryWriter({
      write: async (bytes) => {
        await begun;
        this.file.throwIfFailed();
        record.crc = crc32(bytes, record.crc);
        record.size += bytes.length;
        if (!deflater.write(bytes)) await this.file.until(deflater, 'drain');
      },
      end: async () => {
        await begun;
        const done = this.file.until(deflater, 'end');
        deflater.end();
        await done;
        await this.out(dataDescriptor(record));
        this.records.push(record);
        release();
        await turn;
      },
      destroy: () => {
        deflater.destroy();
        release();
      },
    });
  }

  /** Writes the central directory; resolves once everything is in the file stream and it has finished. */
  async end(): Promise<void> {
    await this.queue(async () => {
      await this.out(centralDirectory(this.records, this.offset, this.when));
    });
    const finished = this.file.until(this.file.stream, 'finish');
    this.file.stream.end();
    await finished;
  }

  /** Stops feeding the file (the caller discards it). */
  abort(): void {
    for (const deflater of this.deflaters) deflater.destroy();
  }
}
