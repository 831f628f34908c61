/**
 * A file that appears under its final name only when complete: we write `.<name>.<pid>.<random>.tmp`
 * in the same folder (so the rename cannot cross file systems), sync it to disk, then rename it.
 * A crash leaves at most that hidden temporary file, never a half-written file under the final name;
 * the next write of the same file removes such leftovers of processes that no longer run.
 */
import { randomBytes } from 'node:crypto';
import { close, createWriteStream, fsync, open, type WriteStream } from 'node:fs';
import { readdir, rename, unlink } from 'node:fs/promises';
import { promisify } from 'node:util';
import { basename, dirname, join } from 'node:path';
import { RunError } from '../errors.js';
import { localizedRunError, type MessageKey } from '../i18n/index.js';

export function tempPathFor(finalPath: string): string {
  return join(
    dirname(finalPath),
    `.${basename(finalPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
}

/**
 * Deletes the temporary files of `finalPath` left by processes that died before renaming them
 * (SIGKILL, power loss): a cron job killed night after night must not fill the folder with hidden
 * copies. A file whose process still runs (or may: another user's) is left alone.
 */
async function removeLeftovers(finalPath: string): Promise<void> {
  const prefix = `.${basename(finalPath)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(finalPath));
  } catch {
    return; // creating the file will say what is wrong with the folder
  }
  for (const name of names) {
    const pid = name.startsWith(prefix)
      ? /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length))?.[1]
      : undefined;
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    await unlink(join(dirname(finalPath), name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Turns a file-system error into a run error that says what to do, without a stack trace. */
export function writeFailed(err: unknown, finalPath: string): RunError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const dir = dirname(finalPath);
  const keys: Record<string, MessageKey> = {
    ENOENT: 'write.noFolder',
    ENOTDIR: 'write.notFolder',
    EACCES: 'write.noPermission',
    EPERM: 'write.noPermission',
    EROFS: 'write.readOnly',
    ENOSPC: 'write.diskFull',
    EDQUOT: 'write.quota',
    EISDIR: 'write.isFolder',
  };
  const reason = err instanceof Error ? err.message : String(err ?? 'unknown error');
  return localizedRunError(
    'WRITE_FAILED',
    (code && keys[code]) || 'write.other',
    { path: finalPath, dir, reason },
    { path: finalPath, ...(code ? { errno: code } : {}) },
  );
}

export class AtomicFile {
  readonly stream: WriteStream;
  private failure: RunError | undefined;
  /** Pending `until` calls, rejected when the file fails (a failed stream never drains). */
  private readonly waiters = new Set<(err: RunError) => void>();
  private failedPromise: Promise<never> | undefined;
  private closed = false;
  private state: 'open' | 'finished' | 'published' | 'discarded' = 'open';

  private constructor(
    readonly finalPath: string,
    readonly tempPath: string,
    private readonly fd: number,
  ) {
    // autoClose off: we sync before closing, and close ourselves on every path. (A plain descriptor,
    // not a FileHandle: FileHandle.close() waits for its streams to close, which autoClose:false never does.)
    this.stream = createWriteStream('', { fd, autoClose: false, emitClose: false, highWaterMark: 1 << 20 });
    this.stream.on('error', (err) => this.fail(err));
  }

  /** Creates the temporary file now, so a missing or unwritable folder fails before any work. */
  static async create(finalPath: string): Promise<AtomicFile> {
    await removeLeftovers(finalPath);
    const tempPath = tempPathFor(finalPath);
    try {
      const fd = await promisify(open)(tempPath, 'wx');
      return new AtomicFile(finalPath, tempPath, fd);
    } catch (err) {
      throw writeFailed(err, finalPath);
    }
  }

  /** The first write error seen on this file, if any. */
  get error(): RunError | undefined {
    return this.failure;
  }

  /** Records a failure from anything writing into this file (the stream, a zip encoder). */
  fail(err: unknown): void {
    if (this.failure) return;
    this.failure = err instanceof RunError ? err : writeFailed(err, this.finalPath);
    for (const reject of this.waiters) reject(this.failure);
    this.waiters.clear();
  }

  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  /** Resolves on `emitter`'s `event`; rejects as soon as this file fails instead. */
  async until(emitter: NodeJS.EventEmitter, event: string): Promise<void> {
    this.throwIfFailed();
    await new Promise<void>((resolve, reject) => {
      const onFail = (err: RunError): void => {
        emitter.off(event, done);
        reject(err);
      };
      const done = (): void => {
        this.waiters.delete(onFail);
        resolve();
      };
      this.waiters.add(onFail);
      emitter.once(event, done);
    });
  }

  /** A promise that rejects when this file fails and never resolves: for racing long operations. */
  whenFailed(): Promise<never> {
    if (!this.failedPromise) {
      this.failedPromise = new Promise<never>((_, reject) => {
        if (this.failure) reject(this.failure);
        else this.waiters.add(reject);
      });
      this.failedPromise.catch(() => undefined); // no unhandled rejection when nobody is racing it
    }
    return this.failedPromise;
  }

  /** Writes text, waiting for the stream to drain when its buffer is full. */
  async write(text: string): Promise<void> {
    this.throwIfFailed();
    if (!this.stream.write(text)) await this.until(this.stream, 'drain');
  }

  /** Ends the stream (unless someone piping into it already did), syncs and closes the file. */
  async finish(): Promise<void> {
    if (this.state !== 'open') throw new Error(`AtomicFile.finish() called when ${this.state}`);
    this.throwIfFailed();
    if (!this.stream.writableFinished) {
      if (!this.stream.writableEnded) this.stream.end();
      await this.until(this.stream, 'finish');
    }
    try {
      await promisify(fsync)(this.fd);
      await this.close();
    } catch (err) {
      this.fail(err);
      throw this.failure;
    }
    this.state = 'finished';
  }

  /** Renames the finished temporary file to the final name (replacing an older file there). */
  async publish(): Promise<void> {
    if (this.state !== 'finished') throw new Error(`AtomicFile.publish() called when ${this.state}`);
    try {
      await rename(this.tempPath, this.finalPath);
    } catch (err) {
      throw writeFailed(err, this.finalPath);
    }
    this.state = 'published';
  }

  /** Deletes the temporary file. Does nothing once published; safe to call repeatedly. */
  async discard(): Promise<void> {
    if (this.state === 'published' || this.state === 'discarded') return;
    this.state = 'discarded';
    this.fail(new Error('the write was aborted'));
    this.stream.destroy();
    await this.close().catch(() => undefined);
    await unlink(this.tempPath).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw writeFailed(err, this.tempPath);
    });
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await promisify(close)(this.fd);
  }
}

/** A small file written whole through an AtomicFile: complete under `path`, or not changed at all. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const file = await AtomicFile.create(path);
  try {
    await file.write(text);
    await file.finish();
    await file.publish();
  } catch (err) {
    await file.discard();
    throw err instanceof RunError ? err : writeFailed(err, path);
  }
}
