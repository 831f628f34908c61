import { describe, expect, it } from '@jest/globals';
import yauzl from 'yauzl';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import {
  centralDirectory,
  dataDescriptor,
  dosDateTime,
  localHeader,
  type ZipRecord,
} from '../../src/write/zip-records.js';

const when = dosDateTime(new Date(2026, 11, 7, 13, 45, 30));

/** Entries as yauzl, an independent reader, sees them in `bytes`. */
async function entriesOf(bytes: Buffer): Promise<yauzl.Entry[]> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const entries: yauzl.Entry[] = [];
  for await (const entry of zip.eachEntry()) entries.push(entry);
  return entries;
}

/** A whole archive of one part added whole and one streamed, as xlsx-zip.ts lays them out. */
function archive(parts: Array<{ name: string; text: string; streamed: boolean }>): Buffer {
  const chunks: Buffer[] = [];
  const records: ZipRecord[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = Buffer.from(part.text, 'utf8');
    const data = deflateRawSync(raw);
    const record: ZipRecord = {
      name: Buffer.from(part.name, 'utf8'),
      crc: part.streamed ? 0 : crc32(raw),
      size: part.streamed ? 0 : raw.length,
      compressedSize: part.streamed ? 0 : data.length,
      offset,
      streamed: part.streamed,
    };
    const header = localHeader(record, when);
    Object.assign(record, { crc: crc32(raw), size: raw.length, compressedSize: data.length });
    const trailer = part.streamed ? dataDescriptor(record) : Buffer.alloc(0);
    chunks.push(header, data, trailer);
    offset += header.length + data.length + trailer.length;
    records.push(record);
  }
  chunks.push(centralDirectory(records, offset, when));
  return Buffer.concat(chunks);
}

describe('ZIP records', () => {
  it('make an archive another reader opens, streamed parts and whole ones, UTF-8 names', async () => {
    const bytes = archive([
      { name: 'xl/worksheets/sheet1.xml', text: '<sheetData/>'.repeat(100), streamed: true },
      { name: 'xl/Pelanggan ü.xml', text: '<x/>', streamed: false },
    ]);
    const entries = await entriesOf(bytes);
    expect(entries.map((e) => e.fileName)).toEqual(['xl/worksheets/sheet1.xml', 'xl/Pelanggan ü.xml']);
    expect(entries.map((e) => e.uncompressedSize)).toEqual([1200, 4]);
    expect(entries[0].generalPurposeBitFlag & 0x08).toBe(0x08);
    expect(entries[1].generalPurposeBitFlag & 0x08).toBe(0);
    expect(entries[0].getLastModDate().getMinutes()).toBe(45);
    // The streamed part's bytes inflate to what its directory entry's CRC says.
    const sheet = bytes.subarray(
      entries[0].relativeOffsetOfLocalHeader + 30 + entries[0].fileNameLength,
      entries[0].relativeOffsetOfLocalHeader + 30 + entries[0].fileNameLength + entries[0].compressedSize,
    );
    expect(crc32(inflateRawSync(sheet))).toBe(entries[0].crc32);
  });

  it('use the ZIP64 forms for a part past 4 GiB, which a reader takes at their word', async () => {
    const record: ZipRecord = {
      name: Buffer.from('xl/worksheets/sheet1.xml'),
      crc: 0x12345678,
      size: 5 * 2 ** 30,
      compressedSize: 4 * 2 ** 30 + 7,
      offset: 0,
      streamed: true,
    };
    expect(dataDescriptor(record)).toHaveLength(24);
    expect(dataDescriptor(record).readBigUInt64LE(16)).toBe(BigInt(5 * 2 ** 30));
    // Only the directory is read: the part's bytes stand in as a small placeholder.
    const placeholder = Buffer.alloc(64);
    const bytes = Buffer.concat([placeholder, centralDirectory([record], placeholder.length, when)]);
    const [entry] = await entriesOf(bytes);
    expect(entry.uncompressedSize).toBe(5 * 2 ** 30);
    expect(entry.compressedSize).toBe(4 * 2 ** 30 + 7);
    expect(entry.crc32).toBe(0x12345678);
  });

  it('keep the plain 4-byte forms below 4 GiB', () => {
    const record: ZipRecord = {
      name: Buffer.from('a.xml'),
      crc: 1,
      size: 10,
      compressedSize: 8,
      offset: 0,
      streamed: true,
    };
    expect(dataDescriptor(record)).toHaveLength(16);
    const directory = centralDirectory([record], 100, when);
    // Central header (46 + name, no extra field) and the end record (22), no ZIP64 records.
    expect(directory).toHaveLength(46 + 5 + 22);
    expect(directory.readUInt32LE(46 + 5)).toBe(0x06054b50);
  });
});
