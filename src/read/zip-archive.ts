import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { RunError } from '../errors.js';
import { formatBytes } from './limits.js';
import type { ReadLimits } from './source.js';

/**
 * The ZIP container of a workbook, read through yauzl: the central directory is the only list of parts
 * (local headers are never walked), every part's stream is checked against its declared size, and the
 * zip-bomb limits are applied to the declared sizes before anything is inflated.
 */
export interface ZipArchive {
  /** Every part, in directory order. */
  entries: yauzl.Entry[];
  /** A part by name; part names are case-insensitive (ECMA-376 part 2, 6.2.2.3). */
  find(partName: string): yauzl.Entry | undefined;
  /** The inflated bytes of one part, streamed; fails when they differ from what the directory declares. */
  stream(entry: yauzl.Entry): Promise<Readable>;
  close(): void;
}

const MAX_ENTRIES = 100_000;
/** Below this, a high compression ratio is harmless (empty sheets compress very well). */
const RATIO_MIN_BYTES = 10 * 1024 * 1024;

export function corrupt(name: string, detail: string): RunError {
  return new RunError(
    'READ_CORRUPT',
    `'${name}' is damaged or incomplete (${detail}): open it in Excel, save it again, and retry`,
  );
}

/** yauzl's words for a cut or damaged container, as a sentence for the user. */
function containerError(err: unknown, name: string): RunError {
  if (err instanceof RunError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/end of central directory record signature not found/i.test(message)) {
    return corrupt(name, 'the end of the ZIP container is missing — the file is probably truncated');
  }
  return corrupt(name, 'its ZIP directory cannot be read');
}

/** Opens the container and reads its directory. */
export async function openZipArchive(path: string, name: string): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch (err) {
    throw containerError(err, name);
  }
  try {
    if (zip.entryCount > MAX_ENTRIES) {
      throw new RunError(
        'READ_LIMIT',
        `'${name}' has ${zip.entryCount} parts in its ZIP container, too many for a workbook`,
      );
    }
    const entries: yauzl.Entry[] = [];
    for await (const entry of zip.eachEntry()) entries.push(entry);
    const byName = new Map<string, yauzl.Entry>();
    for (const entry of entries) {
      const key = entry.fileName.toLowerCase();
      if (!byName.has(key)) byName.set(key, entry);
    }
    return {
      entries,
      find: (partName) => byName.get(partName.replace(/^\//, '').toLowerCase()),
      stream: async (entry) => {
        checkEntryReadable(entry, name);
        try {
          return await zip.openReadStreamPromise(entry);
        } catch (err) {
          throw partError(err, entry, name);
        }
      },
      close: () => zip.close(),
    };
  } catch (err) {
    zip.close();
    throw containerError(err, name);
  }
}

function checkEntryReadable(entry: yauzl.Entry, name: string): void {
  if (entry.isEncrypted()) {
    throw new RunError(
      'READ_UNSUPPORTED_FORMAT',
      `'${name}' contains encrypted parts; remove the password and save again`,
    );
  }
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw new RunError(
      'READ_UNSUPPORTED_FORMAT',
      `'${name}' uses a ZIP compression method (${entry.compressionMethod}) that Excel files do not use; save it again from Excel`,
    );
  }
}

/** What went wrong unpacking a part, in words for the user. */
export function partProblem(err: unknown, entry: yauzl.Entry): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/too many bytes in the stream/.test(message)) {
    return `the part '${entry.fileName}' holds more data than its declared size (a zip bomb?)`;
  }
  if (/not enough bytes in the stream/.test(message)) {
    return `the part '${entry.fileName}' is shorter than its declared size`;
  }
  return `the part '${entry.fileName}' cannot be unpacked`;
}

/** A part that cannot be unpacked, or whose size lies, as a READ_CORRUPT naming the part. */
export function partError(err: unknown, entry: yauzl.Entry, name: string): RunError {
  if (err instanceof RunError) return err;
  return corrupt(name, partProblem(err, entry));
}

/** Zip-bomb guard on the declared sizes, before anything is inflated; the streams then hold parts to them. */
export function checkDeclaredSizes(zip: ZipArchive, limits: ReadLimits, name: string): void {
  let total = 0;
  for (const entry of zip.entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_MIN_BYTES && ratio > limits.maxXlsxCompressionRatio) {
      throw new RunError(
        'READ_LIMIT',
        `'${name}' looks like a zip bomb: its part '${entry.fileName}' expands ${Math.round(ratio)} times ` +
          `(${formatBytes(entry.uncompressedSize)}), more than the limit of ${limits.maxXlsxCompressionRatio} times`,
        { part: entry.fileName, ratio, limit: limits.maxXlsxCompressionRatio },
      );
    }
    if (/(^|\/)sharedstrings\.xml$/i.test(entry.fileName)) checkSharedStringsSize(entry, limits, name);
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

/** The reader holds every shared string in memory, so their part has its own limit. */
export function checkSharedStringsSize(entry: yauzl.Entry, limits: ReadLimits, name: string): void {
  if (entry.uncompressedSize > limits.maxXlsxSharedStringsBytes) {
    throw new RunError(
      'READ_LIMIT',
      `'${name}' has ${formatBytes(entry.uncompressedSize)} of shared strings, more than the limit of ` +
        `${formatBytes(limits.maxXlsxSharedStringsBytes)}: split the workbook or save it as CSV`,
      { size: entry.uncompressedSize, limit: limits.maxXlsxSharedStringsBytes },
    );
  }
}

/**
 * Inflates every part once, counting (yauzl stops a part that produces more than it declared: a lying zip
 * bomb) and checking its CRC (a damaged file), so a broken container fails before any row is read and
 * nothing is sent. Costs one inflate of the file, small next to parsing the XML.
 */
export async function verifyZipEntries(zip: ZipArchive, name: string): Promise<void> {
  for (const entry of zip.entries) {
    if (entry.fileName.endsWith('/') && entry.uncompressedSize === 0) continue;
    const stream = await zip.stream(entry);
    let crc = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) crc = crc32(chunk, crc);
    } catch (err) {
      throw partError(err, entry, name);
    }
    if (crc !== entry.crc32) throw corrupt(name, `the part '${entry.fileName}' fails its checksum`);
  }
}

/** Reads one small part whole (relationships, workbook, styles), refusing one bigger than `maxBytes`. */
export async function readSmallPart(
  zip: ZipArchive,
  entry: yauzl.Entry,
  name: string,
  maxBytes: number,
): Promise<string> {
  if (entry.uncompressedSize > maxBytes) {
    throw new RunError('READ_LIMIT', `'${name}': the part '${entry.fileName}' is too big for a workbook`);
  }
  const stream = await zip.stream(entry);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  } catch (err) {
    throw partError(err, entry, name);
  }
  return Buffer.concat(chunks).toString('utf8');
}
