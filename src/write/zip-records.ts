/**
 * Pure: the records of a ZIP file (APPNOTE 6.3: local file header, data descriptor, central directory,
 * end of central directory, with the ZIP64 forms where a size or an offset needs more than 32 bits).
 * xlsx-zip.ts streams the parts between them. Names are UTF-8 (flag bit 11); every part is deflated.
 */

/** One part as the central directory lists it. */
export interface ZipRecord {
  name: Buffer;
  crc: number;
  size: number;
  compressedSize: number;
  /** Where its local header starts. */
  offset: number;
  /** Streamed: sizes and CRC follow the data in a data descriptor (flag bit 3). */
  streamed: boolean;
}

const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const FLAG_UTF8 = 0x0800;
const FLAG_DESCRIPTOR = 0x0008;
const DEFLATE = 8;
/** 4.5: ZIP64 needs "version 4.5" readers; plain parts say 2.0. */
const VERSION_ZIP64 = 45;
const VERSION_DEFLATE = 20;
/** Made by: Unix (3) in the upper byte, so readers take the external attributes as Unix modes. */
const MADE_BY = (3 << 8) | VERSION_ZIP64;
/** `-rw-r--r--`, a regular file, in the upper half of the external attributes. */
const FILE_MODE = (0o100644 << 16) >>> 0;

/** MS-DOS date and time of `date` (local time, 2-second steps), as ZIP headers hold it. */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

function flags(record: ZipRecord): number {
  return FLAG_UTF8 | (record.streamed ? FLAG_DESCRIPTOR : 0);
}

/** The local file header; a streamed part's CRC and sizes are zero here and follow in its descriptor. */
export function localHeader(record: ZipRecord, when: { time: number; date: number }): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION_DEFLATE, 4);
  header.writeUInt16LE(flags(record), 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(when.time, 10);
  header.writeUInt16LE(when.date, 12);
  if (!record.streamed) {
    header.writeUInt32LE(record.crc, 14);
    header.writeUInt32LE(record.compressedSize, 18);
    header.writeUInt32LE(record.size, 22);
  }
  header.writeUInt16LE(record.name.length, 26);
  return Buffer.concat([header, record.name]);
}

/** The data descriptor after a streamed part; 8-byte sizes when one passes 4 GiB (as yazl writes it). */
export function dataDescriptor(record: ZipRecord): Buffer {
  const wide = record.size > MAX32 || record.compressedSize > MAX32;
  const buffer = Buffer.alloc(wide ? 24 : 16);
  buffer.writeUInt32LE(0x08074b50, 0);
  buffer.writeUInt32LE(record.crc, 4);
  if (wide) {
    buffer.writeBigUInt64LE(BigInt(record.compressedSize), 8);
    buffer.writeBigUInt64LE(BigInt(record.size), 16);
  } else {
    buffer.writeUInt32LE(record.compressedSize, 8);
    buffer.writeUInt32LE(record.size, 12);
  }
  return buffer;
}

function centralHeader(record: ZipRecord, when: { time: number; date: number }): Buffer {
  // ZIP64 extended information: only the fields that do not fit, in this order (4.5.3).
  const wide = [record.size, record.compressedSize, record.offset].filter((n) => n >= MAX32);
  let extra = Buffer.alloc(0);
  if (wide.length > 0) {
    extra = Buffer.alloc(4 + 8 * wide.length);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8 * wide.length, 2);
    wide.forEach((n, i) => extra.writeBigUInt64LE(BigInt(n), 4 + 8 * i));
  }
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(MADE_BY, 4);
  header.writeUInt16LE(wide.length > 0 ? VERSION_ZIP64 : VERSION_DEFLATE, 6);
  header.writeUInt16LE(flags(record), 8);
  header.writeUInt16LE(DEFLATE, 10);
  header.writeUInt16LE(when.time, 12);
  header.writeUInt16LE(when.date, 14);
  header.writeUInt32LE(record.crc, 16);
  header.writeUInt32LE(Math.min(record.compressedSize, MAX32), 20);
  header.writeUInt32LE(Math.min(record.size, MAX32), 24);
  header.writeUInt16LE(record.name.length, 28);
  header.writeUInt16LE(extra.length, 30);
  header.writeUInt32LE(FILE_MODE, 38);
  header.writeUInt32LE(Math.min(record.offset, MAX32), 42);
  return Buffer.concat([header, record.name, extra]);
}

/** The central directory and its end record, starting at byte `offset` of the file. */
export function centralDirectory(
  records: readonly ZipRecord[],
  offset: number,
  when: { time: number; date: number },
): Buffer {
  const directory = Buffer.concat(records.map((r) => centralHeader(r, when)));
  const count = records.length;
  const parts = [directory];
  const zip64 = count >= MAX16 || directory.length >= MAX32 || offset >= MAX32;
  if (zip64) {
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeUInt16LE(MADE_BY, 12);
    end64.writeUInt16LE(VERSION_ZIP64, 14);
    end64.writeBigUInt64LE(BigInt(count), 24);
    end64.writeBigUInt64LE(BigInt(count), 32);
    end64.writeBigUInt64LE(BigInt(directory.length), 40);
    end64.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(end64, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(count, MAX16), 8);
  end.writeUInt16LE(Math.min(count, MAX16), 10);
  end.writeUInt32LE(Math.min(directory.length, MAX32), 12);
  end.writeUInt32LE(Math.min(offset, MAX32), 16);
  parts.push(end);
  return Buffer.concat(parts);
}
