import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { RunError } from '../errors.js';
import { readAt } from './file.js';
import { formatBytes } from './limits.js';
import type { ReadLimits } from './source.js';

/**
 * Just enough ZIP to guard the XLSX reader: list the entries from the central directory, refuse zip
 * bombs before anything is inflated, then inflate every entry once (streaming, counting) to prove the
 * sizes and checksums honest. exceljs (through unzipper) trusts the local headers and, on a truncated
 * or corrupt file, can stall without an error — so the container is proven sound first.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  directoryOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 100_000;
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;
/** Below this, a high compression ratio is harmless (empty sheets compress very well). */
const RATIO_MIN_BYTES = 10 * 1024 * 1024;

export function corrupt(name: string, detail: string): RunError {
  return new RunError(
    'READ_CORRUPT',
    `'${name}' is damaged or incomplete (${detail}): open it in Excel, save it again, and retry`,
  );
}

/** Reads the central directory. A missing end record means a truncated or non-ZIP file. */
export async function readZipDirectory(path: string, size: number, name: string): Promise<ZipDirectory> {
  const handle = await open(path, 'r');
  try {
    return await readDirectory(handle, size, name);
  } finally {
    await handle.close();
  }
}

async function readDirectory(handle: FileHandle, size: number, name: string): Promise<ZipDirectory> {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw corrupt(name, 'the end of the ZIP container is missing — the file is probably truncated');
  let count = tail.readUInt16LE(eocd + 10);
  let dirSize = tail.readUInt32LE(eocd + 12);
  let dirOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locatorAt = eocd - 20;
    if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== EOCD64_LOCATOR) {
      throw corrupt(name, 'the ZIP64 directory locator is missing');
    }
    const record = await readAt(handle, Number(tail.readBigUInt64LE(locatorAt + 8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== EOCD64) throw corrupt(name, 'bad ZIP64 directory');
    count = Number(record.readBigUInt64LE(32));
    dirSize = Number(record.readBigUInt64LE(40));
    dirOffset = Number(record.readBigUInt64LE(48));
  }
  if (count > MAX_ENTRIES || dirSize > MAX_DIRECTORY_BYTES) {
    throw new RunError(
      'READ_LIMIT',
      `'${name}' has ${count} parts in its ZIP container, too many for a workbook`,
    );
  }
  if (dirOffset + dirSize > size) throw corrupt(name, 'the ZIP directory points past the end of the file');
  const dir = await readAt(handle, dirOffset, dirSize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL)
      throw corrupt(name, 'bad ZIP directory entry');
    const flags = dir.readUInt16LE(at + 8);
    const nameLength = dir.readUInt16LE(at + 28);
    const extraLength = dir.readUInt16LE(at + 30);
    const commentLength = dir.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      // Bit 11: UTF-8 names; the part names we look for are ASCII either way.
      name: dir.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength),
      method: dir.readUInt16LE(at + 10),
      flags,
      crc: dir.readUInt32LE(at + 16),
      compressedSize: dir.readUInt32LE(at + 20),
      uncompressedSize: dir.readUInt32LE(at + 24),
      localHeaderOffset: dir.readUInt32LE(at + 42),
    };
    applyZip64(entry, dir.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, directoryOffset: dirOffset };
}

/** Sizes and offset that do not fit 32 bits live, in this order, in the 0x0001 extra field. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const next = (): number => {
        const value = p + 8 <= at + 4 + length ? Number(extra.readBigUInt64LE(p)) : 0xffffffff;
        p += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + length;
  }
}

/**
 * Zip-bomb guard on the declared sizes, before anything is inflated. `verifyZipEntries` then proves the
 * declarations true.
 */
export function checkDeclaredSizes(dir: ZipDirectory, limits: ReadLimits, name: string): void {
  let total = 0;
  for (const entry of dir.entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_MIN_BYTES && ratio > limits.maxXlsxCompressionRatio) {
      throw new RunError(
        'READ_LIMIT',
        `'${name}' looks like a zip bomb: its part '${entry.name}' expands ${Math.round(ratio)} times ` +
          `(${formatBytes(entry.uncompressedSize)}), more than the limit of ${limits.maxXlsxCompressionRatio} times`,
        { part: entry.name, ratio, limit: limits.maxXlsxCompressionRatio },
      );
    }
    if (entry.name === 'xl/sharedStrings.xml' && entry.uncompressedSize > limits.maxXlsxSharedStringsBytes) {
      throw new RunError(
        'READ_LIMIT',
        `'${name}' has ${formatBytes(entry.uncompressedSize)} of shared strings, more than the limit of ` +
          `${formatBytes(limits.maxXlsxSharedStringsBytes)}: split the workbook or save it as CSV`,
        { size: entry.uncompressedSize, limit: limits.maxXlsxSharedStringsBytes },
      );
    }
  }
  if (total > limits.maxXlsxUncompressedBytes) {
    throw new RunError(
      'READ_LIMIT',
      `'${name}' expands to ${formatBytes(total)}, more than the limit of ${formatBytes(limits.maxXlsxUncompressedBytes)}: ` +
        'split the workbook or save it as CSV',
      { size: total, limit: limits.maxXlsxUncompressedBytes },
    );
  }
}

interface EntryData {
  start: number;
  end: number;
}

async function locateData(handle: FileHandle, entry: ZipEntry, name: string): Promise<EntryData> {
  const header = await readAt(handle, entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) {
    throw corrupt(name, `the part '${entry.name}' is missing`);
  }
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  return { start, end: start + entry.compressedSize };
}

function checkEntryReadable(entry: ZipEntry, name: string): void {
  if (entry.flags & 0x1) {
    throw new RunError(
      'READ_UNSUPPORTED_FORMAT',
      `'${name}' contains encrypted parts; remove the password and save again`,
    );
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new RunError(
      'READ_UNSUPPORTED_FORMAT',
      `'${name}' uses a ZIP compression method (${entry.method}) that Excel files do not use; save it again from Excel`,
    );
  }
}

/**
 * Inflates every entry once, counting: stops as soon as an entry produces more than it declared (a lying
 * zip bomb), and checks each entry's length and CRC (a damaged file). Entries must lie back to back, so
 * unzipper — which walks the local headers — cannot meet data the directory did not declare.
 * Costs one inflate of the file, small next to parsing the XML.
 */
export async function verifyZipEntries(path: string, dir: ZipDirectory, name: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const sorted = [...dir.entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
    let expectedNext = 0;
    for (const entry of sorted) {
      checkEntryReadable(entry, name);
      const gap = entry.localHeaderOffset - expectedNext;
      // 0 or a data descriptor (12–24 bytes) between two entries; anything else is overlap or hidden data.
      if (gap < 0 || gap > 24) throw corrupt(name, `unexpected data before the part '${entry.name}'`);
      const data = await locateData(handle, entry, name);
      await verifyEntry(path, entry, data, name);
      expectedNext = data.end;
    }
    const tailGap = dir.directoryOffset - expectedNext;
    if (tailGap < 0 || tailGap > 24) throw corrupt(name, 'unexpected data before the ZIP directory');
  } finally {
    await handle.close();
  }
}

function verifyEntry(path: string, entry: ZipEntry, data: EntryData, name: string): Promise<void> {
  if (entry.compressedSize === 0) {
    // Folders and empty parts: nothing to read, and nothing can come out of nothing.
    return entry.uncompressedSize === 0 && entry.crc === 0
      ? Promise.resolve()
      : Promise.reject(corrupt(name, `the part '${entry.name}' is empty but declares data`));
  }
  return new Promise((resolve, reject) => {
    let produced = 0;
    let crc = 0;
    const fail = (err: RunError) => {
      source.destroy();
      inflater?.destroy();
      reject(err);
    };
    const source = createReadStream(path, { start: data.start, end: data.end - 1 });
    const inflater = entry.method === 8 ? createInflateRaw() : undefined;
    const output = inflater ?? source;
    output.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > entry.uncompressedSize) {
        fail(corrupt(name, `the part '${entry.name}' holds more data than its declared size (a zip bomb?)`));
        return;
      }
      crc = crc32(chunk, crc);
    });
    output.on('end', () => {
      if (produced !== entry.uncompressedSize || crc !== entry.crc) {
        fail(corrupt(name, `the part '${entry.name}' fails its checksum`));
      } else {
        resolve();
      }
    });
    const onError = (err: Error) =>
      fail(corrupt(name, `the part '${entry.name}' cannot be unpacked: ${err.message}`));
    source.on('error', onError);
    inflater?.on('error', onError);
    if (inflater) source.pipe(inflater);
  });
}

/**
 * Where each entry's local header, data and data descriptor lie: from its header to the next entry's
 * header (entries were proven back to back by verifyZipEntries).
 */
export function entryRanges(dir: ZipDirectory): Map<string, { start: number; end: number }> {
  const sorted = [...dir.entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const ranges = new Map<string, { start: number; end: number }>();
  sorted.forEach((entry, i) => {
    const end = i + 1 < sorted.length ? sorted[i + 1].localHeaderOffset : dir.directoryOffset;
    ranges.set(entry.name, { start: entry.localHeaderOffset, end });
  });
  return ranges;
}

/** A stored (uncompressed) entry's local header and data, to splice into a ZIP stream. */
export function storedEntry(name: string, content: string): Buffer {
  const data = Buffer.from(content, 'utf8');
  const nameBytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x800, 6);
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes, data]);
}

/** Reads one small entry whole (workbook.xml, rels, mimetype): the caller bounds its size. */
export async function readZipEntry(path: string, entry: ZipEntry, name: string): Promise<Buffer> {
  checkEntryReadable(entry, name);
  const handle = await open(path, 'r');
  try {
    const data = await locateData(handle, entry, name);
    const raw = await readAt(handle, data.start, entry.compressedSize);
    if (raw.length !== entry.compressedSize) throw corrupt(name, `the part '${entry.name}' is cut short`);
    try {
      return entry.method === 8 ? inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 }) : raw;
    } catch (err) {
      throw corrupt(name, `the part '${entry.name}' cannot be unpacked: ${(err as Error).message}`);
    }
  } finally {
    await handle.close();
  }
}
