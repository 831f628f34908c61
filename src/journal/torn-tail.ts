/**
 * A write torn by a crash, a power loss or a full disk leaves the journal ending in part of a line
 * (after a power loss possibly followed by zero bytes the file system had not filled yet). Reading
 * drops that part; appending first cuts it off, so the next line starts on a line of its own and a
 * torn write at any byte, any number of times, never damages a later line.
 */
import { closeSync, fdatasyncSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';

/** How far back the last line break is looked for: a journal line is far shorter. */
const TAIL_BYTES = 1 << 20;

/**
 * The journal's lines, blank ones and zero bytes left out; the last may still be torn (it is the
 * only one that may fail to parse). A last line without its line break is kept only when it is
 * whole JSON: a line torn just before its `\n`.
 */
export function completeLines(text: string): string[] {
  const lines = withoutZeros(text).split('\n');
  return lines.filter((line) => line.trim() !== '');
}

/** Makes the file end with a whole line: a torn last line is cut off, one torn only of its `\n` completed. */
export function repairTornTail(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch {
    return; // no journal yet, or not readable: opening it for writing will say so
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return;
    const start = Math.max(0, size - TAIL_BYTES);
    const tail = Buffer.alloc(size - start);
    readSync(fd, tail, 0, tail.length, start);
    if (tail[tail.length - 1] === 0x0a) return;
    const cut = tail.lastIndexOf(0x0a) + 1; // 0 when the tail holds no line break
    const torn = withoutZeros(tail.subarray(cut).toString('utf8'));
    if (isWholeJson(torn)) {
      writeSync(fd, '\n', size);
    } else {
      ftruncateSync(fd, start + cut);
    }
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function withoutZeros(text: string): string {
  return text.split('\u0000').join('');
}

function isWholeJson(text: string): boolean {
  if (text.trim() === '') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
