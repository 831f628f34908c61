import type { Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import yauzl from 'yauzl';
import { RunError } from '../errors.js';
import { localizedRunError, type MessageKey, type MessageParams } from '../i18n/index.js';
import { bytesParams, bytesParts, unitParam } from './limits.js';
import type { ReadLimits } from './source.js';
import { openHashingZip } from './hashing-zip-reader.js';
import type { ReadHash } from './read-hash.js';

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
  /** The inflated bytes of one part, streamed: read them through checkedChunks, which holds their size and CRC. */
  stream(entry: yauzl.Entry): Promise<Readable>;
  close(): void;
}

const MAX_ENTRIES = 100_000;
/**
 * Inflated bytes per piece: four times zlib's default. 256 KiB took `validate` of a 100,000-row
 * workbook from ~160 MB to ~200 MB peak RSS (measured); 64 KiB did not move it.
 */
const INFLATE_CHUNK = 64 * 1024;
/** Below this, a high compression ratio is harmless (empty sheets compress very well). */
const RATIO_MIN_BYTES = 10 * 1024 * 1024;

/** A damaged container or part: `key` names the problem, each a whole sentence in the catalog. */
export function corrupt(name: string, key: MessageKey, params: MessageParams = {}): RunError {
  return localizedRunError('READ_CORRUPT', key, { name, ...params });
}

/** yauzl's words for a cut or damaged container, as a sentence for the user. */
function containerError(err: unknown, name: string): RunError {
  if (err instanceof RunError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (/end of central directory record signature not found/i.test(message)) {
    return corrupt(name, 'read.zipTruncated');
  }
  return corrupt(name, 'read.zipDirectory');
}

/** Opens the container and reads its directory; with `hash`, every byte read also goes into it. */
export async function openZipArchive(path: string, name: string, hash?: ReadHash): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true };
    zip = hash ? await openHashingZip(path, hash, options) : await yauzl.openPromise(path, options);
  } catch (err) {
    throw containerError(err, name);
  }
  try {
    if (zip.entryCount > MAX_ENTRIES) {
      throw localizedRunError('READ_LIMIT', 'read.zipTooManyParts', { name, count: zip.entryCount });
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
        let raw: Readable;
        try {
          // yauzl's own inflater gives 16 KiB pieces through two more streams; one of our own with
          // bigger pieces costs fewer callbacks. Sizes and CRC are held by checkedChunks.
          raw = await zip.openReadStreamPromise(entry, { decodeFileData: false });
        } catch (err) {
          throw partError(err, entry, name);
        }
        if (entry.compressionMethod === 0) return raw;
        const inflater = createInflateRaw({ chunkSize: INFLATE_CHUNK });
        raw.on('error', (err) => inflater.destroy(err));
        inflater.on('close', () => raw.destroy());
        return raw.pipe(inflater);
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
    throw localizedRunError('READ_UNSUPPORTED_FORMAT', 'read.zipEncrypted', { name });
  }
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw localizedRunError('READ_UNSUPPORTED_FORMAT', 'read.zipMethod', {
      name,
      method: String(entry.compressionMethod),
    });
  }
}

/** What went wrong unpacking a part: the catalog key of the sentence for the user. */
export function partProblem(err: unknown): MessageKey {
  const message = err instanceof Error ? err.message : String(err);
  if (/too many bytes in the stream/.test(message)) return 'read.partTooLong';
  if (/not enough bytes in the stream/.test(message)) return 'read.partTooShort';
  return 'read.partUnpack';
}

/** A part that cannot be unpacked, or whose size lies, as a READ_CORRUPT naming the part. */
export function partError(err: unknown, entry: yauzl.Entry, name: string): RunError {
  if (err instanceof RunError) return err;
  return corrupt(name, partProblem(err), { part: entry.fileName });
}

/** Zip-bomb guard on the declared sizes, before anything is inflated; the streams then hold parts to them. */
export function checkDeclaredSizes(zip: ZipArchive, limits: ReadLimits, name: string): void {
  let total = 0;
  for (const entry of zip.entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_MIN_BYTES && ratio > limits.maxXlsxCompressionRatio) {
      const size = bytesParts(entry.uncompressedSize);
      throw localizedRunError(
        'READ_LIMIT',
        'read.zipBomb',
        {
          name,
          part: entry.fileName,
          ratio: Math.round(ratio),
          size: size.value,
          sizeUnit: unitParam(size.unit, size.value),
          limit: limits.maxXlsxCompressionRatio,
        },
        { part: entry.fileName, ratio, limit: limits.maxXlsxCompressionRatio },
      );
    }
    if (/(^|\/)sharedstrings\.xml$/i.test(entry.fileName)) checkSharedStringsSize(entry, limits, name);
  }
  if (total > limits.maxXlsxUncompressedBytes) {
    throw localizedRunError(
      'READ_LIMIT',
      'read.zipTooBig',
      {
        name,
        ...bytesParams(total, limits.maxXlsxUncompressedBytes),
      },
      { size: total, limit: limits.maxXlsxUncompressedBytes },
    );
  }
}

/** The reader holds every shared string in memory, so their part has its own limit. */
export function checkSharedStringsSize(entry: yauzl.Entry, limits: ReadLimits, name: string): void {
  if (entry.uncompressedSize > limits.maxXlsxSharedStringsBytes) {
    throw localizedRunError(
      'READ_LIMIT',
      'read.sharedStringsTooBig',
      {
        name,
        ...bytesParams(entry.uncompressedSize, limits.maxXlsxSharedStringsBytes),
      },
      { size: entry.uncompressedSize, limit: limits.maxXlsxSharedStringsBytes },
    );
  }
}

/**
 * A part's inflated bytes, chunk by chunk, held to what the directory declares: more bytes than its size
 * stop it at once, fewer or a CRC that differs fail after its last chunk (READ_CORRUPT naming the
 * part). An inflater's own error comes through as the stream's (see partError). The CRC is zlib's.
 */
export async function* checkedChunks(
  stream: Readable,
  entry: yauzl.Entry,
  name: string,
): AsyncGenerator<Buffer, void, undefined> {
  let crc = 0;
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    // A part that inflates to more than it declares is stopped at once (a lying zip bomb).
    if (size > entry.uncompressedSize) throw corrupt(name, 'read.partTooLong', { part: entry.fileName });
    crc = crc32(chunk, crc);
    yield chunk;
  }
  if (size < entry.uncompressedSize) throw corrupt(name, 'read.partTooShort', { part: entry.fileName });
  if (crc !== entry.crc32) throw corrupt(name, 'read.partChecksum', { part: entry.fileName });
}

/**
 * Inflates every part once but those in `readLater` (the parts the reader streams anyway, which check
 * their CRC as they are read: see checkedChunks), so a broken container fails before any row is read.
 * The sheet itself is checked when its last byte is read, which is before any row is sent: a run that
 * sends reads the file through first (docs/reading.md).
 */
export async function verifyZipEntries(
  zip: ZipArchive,
  name: string,
  readLater: ReadonlyArray<yauzl.Entry | undefined> = [],
): Promise<void> {
  for (const entry of zip.entries) {
    if (entry.fileName.endsWith('/') && entry.uncompressedSize === 0) continue;
    if (readLater.includes(entry)) continue;
    const stream = await zip.stream(entry);
    try {
      for await (const chunk of checkedChunks(stream, entry, name)) void chunk;
    } catch (err) {
      throw partError(err, entry, name);
    } finally {
      stream.destroy();
    }
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
    throw localizedRunError('READ_LIMIT', 'read.partTooBig', { name, part: entry.fileName });
  }
  const stream = await zip.stream(entry);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of checkedChunks(stream, entry, name)) chunks.push(chunk);
  } catch (err) {
    throw partError(err, entry, name);
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).toString('utf8');
}
