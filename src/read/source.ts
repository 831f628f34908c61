import type { SourceRow } from '../types.js';
import type { ReadDigest } from './read-hash.js';

/** Upper bounds that protect memory and disk from huge, broken or hostile files. */
export interface ReadLimits {
  /** Size of the file on disk. */
  maxFileBytes: number;
  /** Data rows (blank rows and the header not counted). */
  maxRows: number;
  /** Columns in the header and cells in any one row. */
  maxColumns: number;
  /** Characters in one cell. */
  maxCellChars: number;
  /** XLSX: total of the uncompressed sizes in the ZIP directory (zip-bomb guard). */
  maxXlsxUncompressedBytes: number;
  /** XLSX: uncompressed/compressed ratio allowed for a part bigger than 10 MiB (zip-bomb guard). */
  maxXlsxCompressionRatio: number;
  /** XLSX: uncompressed size of the shared-strings part, which the reader holds in memory. */
  maxXlsxSharedStringsBytes: number;
}

export interface ReadOptions {
  /** XLSX: sheet name or 1-based index among the visible sheets; default the first visible sheet. */
  sheet?: string | number;
  /** CSV: force the delimiter (`,` `;` `\t` `|`, or `comma`, `semicolon`, `tab`, `pipe`); default sniffed. */
  delimiter?: string;
  /** CSV: force the encoding (`utf8`, `utf16le`, `utf16be`, `windows-1252`, `latin1`, …); default detected. */
  encoding?: string;
  limits?: Partial<ReadLimits>;
  /** The header's row (CSV line) number as Excel or an editor shows it (`--header-row`); default searched. */
  headerRow?: number;
  /**
   * How many of a row's cells are known headers: the run layer passes one built from the entity's
   * columns, and the header is the first of the first 20 rows that scores. Without it, the first
   * non-blank row is the header.
   */
  headerScore?: HeaderScore;
  /** Take the file's size and SHA-256 from the bytes read (`SourceFile.digest`), for a journal. */
  digest?: boolean;
}

export type HeaderScore = (cells: readonly string[]) => number;

/** How the header row was chosen, for the run's warnings. */
export interface HeaderFound {
  /** `option`: `--header-row`; `matched`: its cells are known headers; `first`: the first non-blank row. */
  how: 'option' | 'matched' | 'first';
  /** Known headers in the row (0 unless searched). */
  matched: number;
  /** Non-blank rows above the header, left out (a title, a date line). */
  rowsAbove: number;
}

export type SourceFormat = 'csv' | 'xlsx';

export interface SourceFile {
  path: string;
  format: SourceFormat;
  /** Unique header keys in file order (duplicates made unique as `Name (2)`); cells are keyed by these. */
  headers: string[];
  /** The headers exactly as written in the file, same order/length as `headers`. */
  rawHeaders: string[];
  /** Header row number (1-based) as the user sees it. */
  headerRow: number;
  /** Why that row: see `ReadOptions.headerRow` and `headerScore`. */
  headerFound: HeaderFound;
  /** XLSX sheet name used. */
  sheet?: string;
  /** XLSX: the visible sheets' names in tab order (a sheet picker offers them). */
  sheets?: string[];
  /** CSV encoding used (`utf8`, `utf16le`, `utf16be`, `windows-1252`, or the forced one). */
  encoding?: string;
  /** CSV delimiter used. */
  delimiter?: string;
  /**
   * File-level notes for the operator (encoding guessed, header renamed, …). Complete once `openSource`
   * returns, except for facts only found while streaming (a late invalid UTF-8 byte, formulas without
   * a saved result), which are appended during `rows()`.
   */
  warnings: string[];
  /**
   * Streams the data rows (after the header). Call once. Empty/blank rows are skipped; `rowNumber` stays
   * the line (CSV) or row (XLSX) the user sees. A problem that stops the reading (corrupt file, limit)
   * rejects the iteration with a RunError.
   */
  rows(): AsyncIterable<SourceRow>;
  /** Releases the file when `rows()` is not read to the end. Safe to call more than once. */
  close(): Promise<void>;
  /**
   * Opened with `ReadOptions.digest`: the file's size and SHA-256, taken from the bytes `rows()` read
   * (call after reading them through; whatever was not read is read then). See read-hash.ts.
   */
  digest?(): Promise<ReadDigest>;
}
