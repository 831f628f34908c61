/**
 * yauzl's access to a workbook's bytes through one file handle, every byte it reads also handed to a
 * ReadHash: the SHA-256 is taken from the reading itself, not from a pass of its own (read-hash.ts).
 */
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { ReadHash } from './read-hash.js';

const CHUNK_BYTES = 64 * 1024;

class HashingReader extends yauzl.RandomAccessReader {
  constructor(
    private readonly handle: FileHandle,
    private readonly hash: ReadHash,
  ) {
    super();
  }

  /** A range streamed by positional reads on the one handle (an fs stream on it would close it). */
  override _readStreamForRange(start: number, end: number): Readable {
    const { handle, hash } = this;
    let position = start;
    return new Readable({
      read(size) {
        const want = Math.min(Math.max(size, CHUNK_BYTES), end - position);
        if (want <= 0) {
          this.push(null);
          return;
        }
        const buffer = Buffer.allocUnsafe(want);
        handle.read(buffer, 0, want, position).then(
          ({ bytesRead }) => {
            if (bytesRead === 0) {
              this.destroy(new Error('unexpected end of file'));
              return;
            }
            const chunk = buffer.subarray(0, bytesRead);
            hash.add(position, chunk);
            position += bytesRead;
            this.push(chunk);
            if (position >= end) this.push(null);
          },
          (err: Error) => this.destroy(err),
        );
      },
    });
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, bytesRead?: number) => void,
  ): void {
    this.handle.read(buffer, offset, length, position).then(
      ({ bytesRead }) => {
        this.hash.add(position, buffer.subarray(offset, offset + bytesRead));
        callback(null, bytesRead);
      },
      (err: Error) => callback(err),
    );
  }

  override close(callback: (err: Error | null) => void): void {
    this.handle.close().then(
      () => callback(null),
      (err: Error) => callback(err),
    );
  }
}

/** yauzl.openPromise, with every byte read also going into `hash`. */
export async function openHashingZip(
  path: string,
  hash: ReadHash,
  options: yauzl.Options,
): Promise<yauzl.ZipFile> {
  const handle = await open(path, 'r');
  try {
    return await yauzl.fromRandomAccessReaderPromise(new HashingReader(handle, hash), hash.size, options);
  } catch (err) {
    await handle.close();
    throw err;
  }
}
