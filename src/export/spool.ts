/**
 * Rows parked on disk while another sheet is written: a streaming XLSX writes its sheets one after
 * another, so the `order_lines` sheet of an orders export waits here (JSON lines in a temporary
 * file) while the `orders` sheet is written — the API is read once and memory stays constant.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { CellValue } from '../write/index.js';

export class Spool {
  private readonly stream: WriteStream;
  private failure: Error | undefined;
  private ended = false;
  count = 0;

  constructor(
    readonly path = join(
      tmpdir(),
      `salesmania-export-${process.pid}-${randomBytes(4).toString('hex')}.jsonl`,
    ),
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8', mode: 0o600 });
    this.stream.on('error', (err) => (this.failure = err));
  }

  async append(row: readonly CellValue[]): Promise<void> {
    if (this.failure) throw this.failure;
    this.count++;
    if (!this.stream.write(JSON.stringify(row) + '\n')) await once(this.stream, 'drain');
  }

  /** The rows in the order they were appended; ends the writing side first. */
  async *rows(): AsyncGenerator<CellValue[]> {
    await this.end();
    const lines = createInterface({
      input: createReadStream(this.path, { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    for await (const line of lines) if (line !== '') yield JSON.parse(line) as CellValue[];
  }

  private async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    this.stream.end();
    await once(this.stream, 'finish');
    if (this.failure) throw this.failure;
  }

  /** Deletes the file; safe to call more than once. */
  async dispose(): Promise<void> {
    if (!this.ended) {
      this.ended = true;
      this.stream.destroy();
    }
    await unlink(this.path).catch(() => undefined);
  }
}
