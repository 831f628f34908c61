/**
 * One worksheet of an XLSX file we write (see xlsx-writer.ts): its rows serialised as they come,
 * its notes and the cell styles it uses gathered for the parts written when it ends.
 */
import { columnLetter } from './column-letter.js';
import type { AtomicFile } from './atomic-file.js';
import { capText } from './cell-safety.js';
import type { CellValue, ColumnDef, RowStyle, SheetOptions, SheetWriter } from './table-writer.js';
import { TEXT_FORMAT, xlsxCell } from './xlsx-cells.js';
import { SheetNotes } from './xlsx-notes.js';
import type { StyleRegistry } from './xlsx-styles.js';
import {
  cellXml,
  relationshipsXml,
  REL_TYPES,
  sheetHead,
  sheetTail,
  type ListValidation,
  type WorkbookSheet,
} from './xlsx-xml.js';
import { PART_COMPRESSION, type EntryWriter, type ZipPackage } from './xlsx-zip.js';

export const DEFAULT_MAX_NOTES = 10_000;
const HEADER_FILL = 'FFF2F2F2';
/**
 * Rows a drop-down list covers below the header. Not the whole column: Excel would not mind, but
 * other tools expand a validation into one entry per cell when reading — a whole column costs them
 * seconds and hundreds of MB. Ten thousand rows is plenty for a sheet typed by hand.
 */
const LIST_ROWS = 10_000;
/** Excel keeps a list validation's values in one formula of at most 255 characters. */
const MAX_LIST_CHARS = 255;

function defaultWidth(column: ColumnDef): number {
  const byHeader = [...column.header].length + 2;
  const byKind = column.kind === 'date' ? 12 : column.kind === 'code' ? 14 : 10;
  return Math.min(50, Math.max(byHeader, byKind));
}

function listValidations(columns: readonly ColumnDef[]): ListValidation[] {
  return columns.flatMap((c, i) => {
    const list = c.allowed?.map((v) => v.replaceAll('"', '""')).join(',');
    if (!c.allowed || !list || list.length > MAX_LIST_CHARS) return [];
    const letter = columnLetter(i + 1);
    return [{ range: `${letter}2:${letter}${LIST_ROWS + 1}`, values: c.allowed, title: c.header }];
  });
}

export interface OpenSheet {
  info: WorkbookSheet;
  close(): Promise<void>;
}

/**
 * One worksheet. Its part is opened at once, but its first bytes wait for `previous` to close:
 * `sheet()` is synchronous, so a new sheet chains on the end of the one before.
 */
export function openSheet(o: {
  zip: ZipPackage;
  file: AtomicFile;
  styles: StyleRegistry;
  info: WorkbookSheet;
  columns: readonly ColumnDef[];
  options: SheetOptions;
  previous: OpenSheet | undefined;
  /** Discards the whole file: a failed write must never leave the temporary file behind. */
  abort: () => Promise<void>;
}): { writer: SheetWriter; open: OpenSheet } {
  const { zip, file, styles, info, columns, options, previous } = o;
  const width = columns.length;
  const kinds = columns.map((c) => c.kind ?? 'text');
  const letters = columns.map((_, i) => columnLetter(i + 1));
  const textColumns = kinds.some((k) => k === 'code' || k === 'verbatim');
  const freezeRows = options.freezeHeader === false ? 0 : 1;
  const notes = new SheetNotes();
  const maxNotes = options.maxNotes ?? DEFAULT_MAX_NOTES;
  let rowNumber = 0;
  let rowCount = 0;
  let closed = false;

  // The previous sheet's part must end before this one starts: entries are written in order.
  let entry: EntryWriter | undefined;
  let ready: Promise<void> = (async () => {
    await previous?.close();
    entry = zip.openEntry(`xl/worksheets/sheet${info.n}.xml`);
    await entry.write(
      sheetHead({
        columns: columns.map((c) => ({
          width: c.width ?? defaultWidth(c),
          // Text format on a code column, so values a person types in later keep leading zeros.
          style: c.kind === 'code' ? styles.id({ numFmt: TEXT_FORMAT }) : 0,
        })),
        freezeRows,
        freezeColumns: Math.min(options.freezeColumns ?? 0, width),
        selected: info.n === 1,
        fitToWidth: options.printFitWidth === true,
      }),
    );
  })();
  ready.catch(() => undefined); // surfaced by the first writeRow or by finish

  const rowXml = (values: readonly CellValue[], style: RowStyle | undefined, header: boolean): string => {
    if (values.length > width && (header || !options.allowExtraCells)) {
      throw new Error(`row has ${values.length} values for ${width} columns`);
    }
    rowNumber++;
    let cells = '';
    // The style of a text cell without a style of its own, looked up once per row (most cells).
    let rowText: number | undefined;
    const bold = style?.bold === true;
    for (let i = 0; i < values.length || i < width; i++) {
      const kind = kinds[i] ?? 'verbatim'; // cells beyond the columns: see SheetOptions.allowExtraCells
      letters[i] ??= columnLetter(i + 1);
      const raw = values[i];
      // Text in a text or verbatim column is written as it is (what xlsxCell gives): no object per cell.
      const plain = typeof raw === 'string' && (header || kind === 'text' || kind === 'verbatim');
      const converted = plain ? undefined : xlsxCell(raw, header ? 'text' : kind);
      const value = converted ? converted.value : (raw as string);
      const own = style?.cells?.[i];
      // Verbatim text and empty cells are `@`: a fix typed in later keeps its leading zeros.
      const textual =
        kind === 'code' || (kind === 'verbatim' && (typeof value === 'string' || value === null));
      const ref = `${letters[i]}${rowNumber}`;
      let s: number;
      if (textual && own === undefined) {
        s = rowText ??= styles.idOf(TEXT_FORMAT, style?.fill, bold);
      } else {
        // Code columns keep `@` in every cell, the header included.
        const numFmt = own?.numFmt ?? (textual ? TEXT_FORMAT : converted?.numFmt);
        const fill = own?.fill ?? style?.fill;
        s = numFmt || fill || bold ? styles.idOf(numFmt, fill, bold) : 0;
      }
      cells += cellXml(ref, value, s);
      if (own?.note && notes.size < maxNotes) notes.add(ref, rowNumber - 1, i, capText(own.note));
    }
    return cells ? `<row r="${rowNumber}">${cells}</row>` : '';
  };

  const headerXml = rowXml(
    columns.map((c) => c.header),
    {
      bold: true,
      fill: HEADER_FILL,
      cells: Object.fromEntries(
        columns.flatMap((c, i) =>
          c.note || c.headerFill ? [[i, { note: c.note, fill: c.headerFill ?? HEADER_FILL }]] : [],
        ),
      ),
    },
    true,
  );
  // Rows go straight to the entry once the sheet has started and no earlier row waits in the chain.
  let started = false;
  let queued = 0;
  ready = ready.then(async () => {
    await entry?.write(headerXml);
    started = true;
  });
  ready.catch(() => undefined);

  let closing: Promise<void> | undefined;
  const open: OpenSheet = {
    info,
    close: () =>
      (closing ??= (async () => {
        closed = true;
        await ready;
        const lastCell = `${columnLetter(Math.max(width, 1))}${Math.max(rowNumber, 1)}`;
        const autoFilter = options.autoFilter !== false && width > 0 ? `A1:${lastCell}` : undefined;
        info.autoFilter = autoFilter;
        info.hasNotes = notes.size > 0;
        info.printTitles = options.printFitWidth === true;
        await entry?.end(
          sheetTail({
            autoFilter,
            validations: listValidations(columns),
            textRange: textColumns ? `A1:${lastCell}` : undefined,
            notesDrawingId: info.hasNotes ? 'rIdVml' : undefined,
            fitToWidth: options.printFitWidth === true,
          }),
        );
        if (info.hasNotes) {
          await notes.writeComments(zip.openEntry(`xl/comments${info.n}.xml`, PART_COMPRESSION));
          await notes.writeVml(
            zip.openEntry(`xl/drawings/vmlDrawing${info.n}.vml`, PART_COMPRESSION),
            info.n,
          );
          zip.addText(
            `xl/worksheets/_rels/sheet${info.n}.xml.rels`,
            relationshipsXml([
              { id: 'rIdComments', type: REL_TYPES.comments, target: `../comments${info.n}.xml` },
              { id: 'rIdVml', type: REL_TYPES.vmlDrawing, target: `../drawings/vmlDrawing${info.n}.vml` },
            ]),
          );
        }
      })()),
  };

  const writer: SheetWriter = {
    name: info.name,
    get rowCount() {
      return rowCount;
    },
    async writeRow(values: readonly CellValue[], style?: RowStyle): Promise<void> {
      const failure = file.error;
      if (failure) {
        await o.abort(); // never leave the temporary file behind a failed write
        throw failure;
      }
      if (closed) throw new Error(`sheet "${info.name}" is finished: a later sheet was started`);
      const xml = rowXml(values, style, false);
      rowCount++;
      // Rows keep their order even if a caller does not await: the entry appends at once, and rows
      // that come before the sheet has started wait in the chain.
      let written: Promise<void> | undefined;
      if (entry && started && queued === 0) {
        written = entry.write(xml);
        if (!written) return; // gathered only: nothing to wait for, nothing that can have failed
      } else {
        queued++;
        written = ready.then(() => entry?.write(xml)).finally(() => queued--);
        ready = written.catch(() => undefined);
      }
      try {
        await written;
      } catch (err) {
        await o.abort();
        throw err;
      }
    },
  };
  return { writer, open };
}
