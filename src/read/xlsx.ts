import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type yauzl from 'yauzl';
import { RunError } from '../errors.js';
import type { SourceRow } from '../types.js';
import { localizedRunError } from '../i18n/index.js';
import { ioError, type CheckedFile } from './file.js';
import { buildHeaders, columnLetter } from './headers.js';
import { HeaderSearch } from './header-search.js';
import type { CellContext, CellValue } from './cell-value.js';
import { cellValue } from './cell-value.js';
import { SharedStringsParser, type SharedStringTable } from './shared-strings.js';
import { ColumnOutOfRange, SheetXmlParser, type RawCell, type RawRow } from './sheet-xml.js';
import type { ReadLimits, ReadOptions, SourceFile } from './source.js';
import { readWorkbookInfo, type SheetInfo } from './xlsx-package.js';
import { rowBuilder, type CellTextOrValue, type RowCells } from './xlsx-rows.js';
import { parseNumberFormats } from './xlsx-styles.js';
import {
  checkedChunks,
  checkSharedStringsSize,
  partError,
  readSmallPart,
  verifyZipEntries,
  type ZipArchive,
} from './zip-archive.js';

/** The styles part is read whole; Excel's own rarely passes a few MB. */
const MAX_STYLES_PART = 64 * 1024 * 1024;

export function chooseSheet(
  sheets: SheetInfo[],
  wanted: string | number | undefined,
  name: string,
): SheetInfo {
  const visible = sheets.filter((s) => !s.hidden);
  if (wanted === undefined) {
    const first = visible[0] ?? sheets[0];
    if (!first) throw localizedRunError('READ_EMPTY', 'read.noSheets', { name });
    return first;
  }
  const w = String(wanted);
  const found =
    sheets.find((s) => s.name === w) ??
    sheets.find((s) => s.name.trim().toLowerCase() === w.trim().toLowerCase());
  if (found) return found;
  if (/^\d+$/.test(w.trim())) {
    const index = Number(w.trim());
    if (index >= 1 && index <= visible.length) return visible[index - 1];
  }
  const list = (ss: SheetInfo[]) => ss.map((s) => `'${s.name}'`).join(', ');
  const hidden = sheets.filter((s) => s.hidden);
  const key =
    visible.length > 0
      ? hidden.length > 0
        ? 'read.sheetNotFoundHidden'
        : 'read.sheetNotFound'
      : hidden.length > 0
        ? 'read.sheetNotFoundOnlyHidden'
        : 'read.sheetNotFoundNoneVisible';
  throw localizedRunError(
    'READ_SHEET_NOT_FOUND',
    key,
    { sheet: w, name, sheets: list(visible), hidden: list(hidden) },
    { sheets: sheets.map((s) => s.name) },
  );
}

/** A failure to unpack a part (as opposed to a failure to parse what it holds). */
class UnpackError extends Error {
  constructor(readonly reason: unknown) {
    super('the part cannot be unpacked');
  }
}

/**
 * A part's bytes as text, cut anywhere but never inside a character; its CRC checked after the last
 * chunk (a mismatch is the RunError naming the part, anything else from the stream an UnpackError).
 */
async function* textOf(stream: Readable, entry: yauzl.Entry, name: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  const chunks = checkedChunks(stream, entry, name);
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = await chunks.next();
    } catch (err) {
      if (err instanceof RunError) throw err;
      throw new UnpackError(err);
    }
    if (next.done) break;
    const text = decoder.write(next.value);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** The part next to the workbook part, for a workbook whose relationships leave it out. */
function sibling(workbookPart: string, file: string): string {
  return workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1) + file;
}

function malformed(name: string, part: string): RunError {
  return localizedRunError('READ_CORRUPT', 'read.notWellFormed', { name, part });
}

async function readSharedStrings(
  zip: ZipArchive,
  entry: yauzl.Entry | undefined,
  name: string,
  limits: ReadLimits,
): Promise<SharedStringTable | undefined> {
  if (!entry) return undefined;
  checkSharedStringsSize(entry, limits, name);
  const parser = new SharedStringsParser(undefined, entry.uncompressedSize);
  const stream = await zip.stream(entry);
  try {
    for await (const text of textOf(stream, entry, name)) parser.write(text);
    return parser.end();
  } catch (err) {
    parser.table.close();
    if (err instanceof RunError) throw err;
    if (err instanceof UnpackError) throw partError(err.reason, entry, name);
    throw malformed(name, entry.fileName);
  } finally {
    stream.destroy();
  }
}

async function readNumberFormats(
  zip: ZipArchive,
  entry: yauzl.Entry | undefined,
  name: string,
): Promise<(string | undefined)[]> {
  if (!entry) return [];
  const xml = await readSmallPart(zip, entry, name, MAX_STYLES_PART);
  try {
    return parseNumberFormats(xml);
  } catch {
    throw malformed(name, entry.fileName);
  }
}

export async function openXlsx(
  file: CheckedFile,
  zip: ZipArchive,
  workbookPart: string,
  options: ReadOptions,
  limits: ReadLimits,
  warnings: string[],
): Promise<SourceFile> {
  const info = await readWorkbookInfo(zip, workbookPart, file.name);
  let sheet: SheetInfo;
  try {
    sheet = chooseSheet(info.sheets, options.sheet, file.name);
  } catch (err) {
    // A damaged file says so, rather than that it has no such sheet.
    await verifyZipEntries(zip, file.name);
    throw err;
  }
  const sheetEntry = zip.find(sheet.part);
  if (!sheet.part || !sheetEntry) {
    throw localizedRunError('READ_CORRUPT', 'read.sheetDataMissing', { name: file.name, sheet: sheet.name });
  }
  const stylesEntry = zip.find(info.stylesPart ?? sibling(workbookPart, 'styles.xml'));
  const stringsEntry = zip.find(info.sharedStringsPart ?? sibling(workbookPart, 'sharedStrings.xml'));
  // The parts read below check their own CRC as they are read; the sheet's is checked at its end.
  await verifyZipEntries(zip, file.name, [sheetEntry, stylesEntry, stringsEntry]);
  const numFmts = await readNumberFormats(zip, stylesEntry, file.name);
  const strings = await readSharedStrings(zip, stringsEntry, file.name, limits);
  const context: CellContext = {
    sharedString: (index) => strings?.get(index) ?? undefined,
    numFmt: (style) => numFmts[style],
    date1904: info.date1904,
  };

  let queue: RawRow[] = [];
  const parser = new SheetXmlParser((row) => queue.push(row));
  let stream: Readable | undefined;
  const wrap = (err: unknown): RunError => {
    if (err instanceof RunError) return err;
    const lastRow = parser.lastRow;
    const where = { name: file.name, sheet: sheet.name, row: lastRow };
    if (err instanceof ColumnOutOfRange) {
      return localizedRunError(
        'READ_LIMIT',
        'read.sheetTooWide',
        { name: file.name, sheet: sheet.name, row: err.row, limit: limits.maxColumns },
        { sheet: sheet.name, limit: limits.maxColumns },
      );
    }
    if (typeof err === 'object' && err !== null && 'syscall' in err) return ioError(err, file.path);
    if (err instanceof RangeError) {
      // V8's longest string is about 512 MiB: a cell that big is far beyond the cell limit.
      return localizedRunError(
        'READ_LIMIT',
        lastRow ? 'read.sheetCellTooLongAfter' : 'read.sheetCellTooLong',
        { ...where, limit: limits.maxCellChars },
        { sheet: sheet.name, limit: limits.maxCellChars },
      );
    }
    // The part cannot be inflated or its size lies (read as it streams, see checkedChunks): named as
    // the up-front check of the other parts names them.
    if (err instanceof UnpackError) return partError(err.reason, sheetEntry, file.name);
    const key = lastRow ? 'read.sheetBrokenAfter' : 'read.sheetBroken';
    return localizedRunError('READ_CORRUPT', key, where, { sheet: sheet.name, afterRow: lastRow });
  };

  /** The sheet's rows in batches, one per piece of XML: one await per piece, not per row. */
  async function* rawBatches(): AsyncGenerator<RawRow[]> {
    stream = await zip.stream(sheetEntry as yauzl.Entry);
    // Rows read whole before the XML breaks are handed over before the error, so it names the right row.
    const feed = function* (step: () => void) {
      let failure: unknown;
      try {
        step();
      } catch (err) {
        failure = err ?? new Error('unknown');
      }
      const batch = queue;
      queue = [];
      if (batch.length > 0) yield batch;
      if (failure !== undefined) throw failure;
    };
    for await (const text of textOf(stream, sheetEntry as yauzl.Entry, file.name)) {
      // Nothing after `</sheetData>` holds cells: the rest is only inflated, for the part's CRC.
      if (!parser.finished) yield* feed(() => parser.write(text));
    }
    if (!parser.finished) yield* feed(() => parser.end());
  }

  const batches = rawBatches();
  /** What the header search left of its last batch. */
  let pending: RawRow[] = [];
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    stream?.destroy();
    await batches.return(undefined).catch(() => undefined);
    strings?.close();
    zip.close();
  };
  /** A cell's text alone when it is plain shared text (most cells): no object for it. */
  const valueOf = (cell: RawCell): CellTextOrValue =>
    cell.type === 's' && cell.formula === undefined
      ? cell.value === undefined
        ? ''
        : (context.sharedString(Number(cell.value)) ?? '')
      : cellValue(cell, context);
  const texts = (row: RawRow): RowCells => {
    const values = new Map<number, CellValue>();
    for (const cell of row.cells) values.set(cell.column, cellValue(cell, context));
    return { number: row.number, values };
  };

  /** A row's cells as text, from column A to its last cell. */
  const cellTexts = (row: RowCells): string[] => {
    const lastColumn = Math.max(0, ...row.values.keys());
    return Array.from({ length: lastColumn }, (_, i) => row.values.get(i + 1)?.text ?? '');
  };

  try {
    const search = new HeaderSearch<RawRow>(options, `'${file.name}' sheet '${sheet.name}'`);
    search: for (let next = await batches.next(); !next.done; next = await batches.next()) {
      for (let i = 0; i < next.value.length; i++) {
        const candidate = texts(next.value[i]);
        if (![...candidate.values.values()].some((v) => v.text.trim() !== '')) continue;
        if (search.offer({ row: candidate.number, cells: cellTexts(candidate), item: next.value[i] })) {
          pending = next.value.slice(i + 1);
          break search;
        }
      }
    }
    const decision = search.decide();
    if (!decision) {
      throw localizedRunError(
        'READ_EMPTY',
        'read.sheetEmpty',
        { name: file.name, sheet: sheet.name },
        { sheet: sheet.name },
      );
    }
    const header = texts(decision.header.item);
    pending = [...decision.after, ...pending];
    const cells = cellTexts(header);
    const { headers, rawHeaders } = buildHeaders(
      cells,
      (column) => `Column ${columnLetter(column)}`,
      warnings,
      limits.maxColumns,
      { name: file.name, sheet: sheet.name, row: header.number },
    );

    const toRow = rowBuilder({ file: file.name, sheet: sheet.name, headers, limits, warnings });
    let started = false;
    return {
      path: file.path,
      format: 'xlsx',
      headers,
      rawHeaders,
      headerRow: header.number,
      headerFound: decision.found,
      sheet: sheet.name,
      sheets: info.sheets.filter((s) => !s.hidden).map((s) => s.name),
      warnings,
      rows() {
        if (started) throw new Error('SourceFile.rows() can be called only once');
        started = true;
        // A hand-written iterator rather than an async generator: a row of the batch at hand is
        // handed over at once, without the generator's extra ticks per row (docs/PERFORMANCE.md).
        let batch = pending;
        pending = [];
        let at = 0;
        let over = false;
        const done = (): IteratorResult<SourceRow> => ({ done: true, value: undefined });
        const fail = async (err: unknown): Promise<never> => {
          over = true;
          await close();
          throw wrap(err);
        };
        const refill = async (): Promise<IteratorResult<SourceRow>> => {
          try {
            const next = await batches.next();
            if (next.done) {
              over = true;
              await close();
              return done();
            }
            batch = next.value;
            at = 0;
          } catch (err) {
            return fail(err);
          }
          return rows.next();
        };
        const rows: AsyncIterableIterator<SourceRow> = {
          [Symbol.asyncIterator]: () => rows,
          next: () => {
            if (over) return Promise.resolve(done());
            try {
              while (at < batch.length) {
                const row = toRow(batch[at++], valueOf);
                if (row) return Promise.resolve({ done: false, value: row });
              }
            } catch (err) {
              return fail(err);
            }
            return refill();
          },
          return: async () => {
            if (!over) {
              over = true;
              await close();
            }
            return done();
          },
        };
        return rows;
      },
      close,
    };
  } catch (err) {
    await close();
    throw wrap(err);
  }
}
