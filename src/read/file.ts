import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { RunError } from '../errors.js';
import { localizedRunError } from '../i18n/index.js';
import { bytesPartsApart } from './limits.js';

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
    return localizedRunError('READ_NOT_FOUND', 'read.notFound', { path }, { path });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return localizedRunError('READ_PERMISSION', 'read.permission', { name }, { path });
  }
  if (code === 'EISDIR') return folderError(path);
  if (code === 'ELOOP') {
    return localizedRunError('READ_NOT_FOUND', 'read.linkLoop', { name }, { path });
  }
  const reason = err instanceof Error ? err.message : String(err);
  return localizedRunError('READ_CORRUPT', 'read.ioFailed', { name, reason }, { path, errno: code });
}

function folderError(path: string): RunError {
  const name = basename(path);
  const key = extname(path).toLowerCase() === '.numbers' ? 'read.folderNumbers' : 'read.folder';
  return localizedRunError('READ_UNSUPPORTED_FORMAT', key, { name }, { path });
}

/** Exists, is a readable regular file within the size limit; returns its first bytes. */
export async function checkFile(path: string, maxFileBytes: number): Promise<CheckedFile> {
  const name = basename(path);
  const info = await stat(path).catch((err: unknown) => {
    throw ioError(err, path);
  });
  if (info.isDirectory()) throw folderError(path);
  if (!info.isFile()) {
    throw localizedRunError('READ_UNSUPPORTED_FORMAT', 'read.notRegular', { name }, { path });
  }
  if (info.size > maxFileBytes) {
    throw localizedRunError(
      'READ_LIMIT',
      'read.tooBig',
      { name, ...bytesPartsApart(info.size, maxFileBytes) },
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
