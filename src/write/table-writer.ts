/**
 * The shape of every tabular file we write (result sheets now, exports and templates later),
 * independent of the format. CSV and XLSX implement it in csv-writer.ts and xlsx-writer.ts.
 */

export type TableFormat = 'csv' | 'xlsx';

/**
 * How a column's values are written.
 * - `text`: strings as text, JS numbers as numbers, booleans as booleans.
 * - `code`: always text (XLSX number format `@`), so `00123` and `+62812…` keep their form.
 * - `number` / `integer`: numbers, and strings that are plain decimal numbers, as numeric cells; else text.
 * - `date`: `YYYY-MM-DD` strings as real XLSX dates (format `yyyy-mm-dd`, no time-zone shift); else text.
 * - `boolean`: booleans as XLSX booleans; else text.
 * - `verbatim`: a spreadsheet's own cells written back: text as text cells formatted `@` (a fix typed in
 *   later keeps its leading zeros), numbers, booleans and dates as such (their format from the cell style).
 * CSV has no cell types: kinds only decide that JS numbers are written bare (see cell-safety.ts).
 */
export type ColumnKind = 'text' | 'code' | 'number' | 'integer' | 'date' | 'boolean' | 'verbatim';

export interface ColumnDef {
  header: string;
  kind?: ColumnKind;
  /** XLSX column width in characters; by default from the header's length. */
  width?: number;
  /** XLSX: a note on the header cell (e.g. what a template column expects). */
  note?: string;
  /** XLSX: fill of the header cell, ARGB (e.g. a template's required columns). */
  headerFill?: string;
  /**
   * XLSX: a drop-down list (Excel data validation) of these values on every data cell of the column;
   * other values are warned about, not refused (the import accepts more spellings than a list shows).
   */
  allowed?: readonly string[];
}

/**
 * A cell; `null`/`undefined` is an empty cell. Dates are usually `YYYY-MM-DD` strings (see the column
 * kinds); a `Date` is written as an XLSX date (CSV: ISO text), for values that were dates in a workbook.
 */
export type CellValue = string | number | boolean | Date | null | undefined;

/** XLSX only (CSV ignores styles). Colours are ARGB hex, e.g. `FFFFE5E5`. */
export interface CellStyle {
  fill?: string;
  /** A cell note (comment); at most `SheetOptions.maxNotes` per sheet are written. */
  note?: string;
  /** The cell's number format (`#,##0.00`, `dd/mm/yyyy`), instead of the one its column kind gives. */
  numFmt?: string;
}

export interface RowStyle {
  /** Fill for every cell of the row within the table's columns. */
  fill?: string;
  bold?: boolean;
  /** Per cell, by 0-based column index; wins over the row's fill. */
  cells?: Readonly<Record<number, CellStyle>>;
}

export interface SheetOptions {
  /** XLSX: keep the header row visible while scrolling. Default true. */
  freezeHeader?: boolean;
  /** XLSX: keep this many columns at the left visible while scrolling sideways. Default 0. */
  freezeColumns?: number;
  /** XLSX: printed landscape, one page wide, the header row on every page. Default false. */
  printFitWidth?: boolean;
  /** XLSX: filter buttons over the header, covering all rows written. Default true. */
  autoFilter?: boolean;
  /**
   * XLSX: rows may hold more values than there are columns (a workbook's cells right of its header,
   * written back in place); those cells get no header. CSV: refused, a record must fit its header.
   */
  allowExtraCells?: boolean;
  /**
   * XLSX: at most this many cell notes per sheet (default 10 000). The streaming writer must hold
   * a sheet's notes in memory until the sheet ends (about 1 KB each), and Excel slows to a crawl
   * with more; rows beyond the cap keep their tint.
   */
  maxNotes?: number;
}

export interface WorkbookOptions {
  format: TableFormat;
  /** CSV: start with a UTF-8 byte order mark so Excel detects UTF-8. Default true. */
  bom?: boolean;
  /** CSV: one character, not `"`, CR or LF. Default `,`. */
  delimiter?: string;
  /**
   * CSV: decimals of `number` columns written with a `,` (`-6,9817`), for a `;` file that Excel set
   * to a comma-decimal language (Indonesian) reads as numbers and writes back alike (docs/EXPORT.md).
   */
  decimalComma?: boolean;
}

export interface SheetWriter {
  readonly name: string;
  /** Data rows written so far (the header not counted). */
  readonly rowCount: number;
  /**
   * Writes one row, in column order; fewer values than columns leave the rest empty.
   * The promise resolves once the row may be followed by another without piling up memory.
   */
  writeRow(values: readonly CellValue[], style?: RowStyle): Promise<void>;
}

/**
 * A file with one or more sheets, written to a temporary file beside `path` and renamed to
 * `path` by `commit()`. XLSX sheets are written one after another: `sheet()` ends the previous
 * sheet (so memory stays constant). CSV holds exactly one sheet.
 */
export interface WorkbookWriter {
  readonly path: string;
  readonly format: TableFormat;
  sheet(name: string, columns: readonly ColumnDef[], options?: SheetOptions): SheetWriter;
  /** Finishes the file and renames it into place. Throws RunError WRITE_FAILED. */
  commit(): Promise<void>;
  /** Discards the temporary file; nothing appears under `path`. Safe to call more than once. */
  abort(): Promise<void>;
}

export interface TableWriterOptions extends WorkbookOptions, SheetOptions {
  columns: readonly ColumnDef[];
  /** XLSX sheet name; default `Sheet1`. */
  sheetName?: string;
}

/** A one-sheet workbook: what most callers need. */
export interface TableWriter extends SheetWriter {
  readonly path: string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** Internal: lets one caller finish several files before renaming any of them. */
export interface StagedWorkbookWriter extends WorkbookWriter {
  /** Writes everything to the temporary file and syncs it to disk. */
  finish(): Promise<void>;
  /** Renames the finished temporary file to `path`. */
  publish(): Promise<void>;
}

/** `commit()` of a staged writer: finish, then publish; a failed publish leaves nothing at `path`. */
export async function commitStaged(writer: StagedWorkbookWriter): Promise<void> {
  await writer.finish(); // discards the temporary file itself on failure
  try {
    await writer.publish();
  } catch (err) {
    await writer.abort();
    throw err;
  }
}
