import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { RunError } from '../errors.js';
import { formatBytesApart } from './limits.js';

/** How many leading bytes are read to recognise the format and the encoding. */
export const HEAD_BYTES = 64 * 1024;

export interface CheckedFile {
  path: string;
  /** File name for messages (the full path can be long and say little). */
  name: string;
  /** Lower-case extension with the dot, or ''. */
  ext: string;
  size: number;
  /** The first HEAD_BYTES bytes (fewer for a small file). */
  head: Buffer;
}

/** Node's error code, if any. */
export function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

/** Turns an I/O error into a run error an operations person can act on. */
export function ioError(err: unknown, path: string): RunError {
  const code = errnoCode(err);
  const name = basename(path);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new RunError('READ_NOT_FOUND', `file not found: ${path}`, { path });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new RunError(
      'READ_PERMISSION',
      `no permission to read '${name}': check the file's permissions and the user this runs as`,
      { path },
    );
  }
  if (code === 'EISDIR') return folderError(path);
  if (code === 'ELOOP') {
    return new RunError(
      'READ_NOT_FOUND',
      `'${name}' is a symbolic link that leads back to itself (a loop of links), so there is no file to ` +
        'read: give the path of the file itself, or fix the link',
      { path },
    );
  }
  const reason = err instanceof Error ? err.message : String(err);
  return new RunError('READ_CORRUPT', `could not read '${name}': ${reason}`, { path, errno: code });
}

function folderError(path: string): RunError {
  const name = basename(path);
  const hint =
    extname(path).toLowerCase() === '.numbers'
      ? ' (an Apple Numbers document): export it from Numbers as Excel (.xlsx) or CSV'
      : ': give the path of a .csv or .xlsx file';
  return new RunError('READ_UNSUPPORTED_FORMAT', `'${name}' is a folder, not a file${hint}`, { path });
}

/** Exists, is a readable regular file within the size limit; returns its first bytes. */
export async function checkFile(path: string, maxFileBytes: number): Promise<CheckedFile> {
  const name = basename(path);
  const info = await stat(path).catch((err: unknown) => {
    throw ioError(err, path);
  });
  if (info.isDirectory()) throw folderError(path);
  if (!info.isFile()) {
    throw new RunError('READ_UNSUPPORTED_FORMAT', `'${name}' is not a regular file`, { path });
  }
  if (info.size > maxFileBytes) {
    const [size, limit] = formatBytesApart(info.size, maxFileBytes);
    throw new RunError(
      'READ_LIMIT',
      `'${name}' is ${size}, more than the limit of ${limit}: split the file or raise the limit (SALESMANIA_MAX_FILE_MB)`,
      { path, size: info.size, limit: maxFileBytes },
    );
  }
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const head = Buffer.alloc(Math.min(HEAD_BYTES, info.size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return {
      path,
      name,
      ext: extname(path).toLowerCase(),
      size: info.size,
      head: head.subarray(0, bytesRead),
    };
  } catch (err) {
    throw ioError(err, path);
  } finally {
    await handle?.close();
  }
}

/** Reads `length` bytes at `position` (short at the end of the file). */
export async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buf, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buf.subarray(0, filled);
}
