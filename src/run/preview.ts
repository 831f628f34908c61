/**
 * The first rows of a file as `validate` would decide them, for a page that shows how the columns
 * are understood before anything runs. The same reader, header search, binding and entity steps as
 * the row pipeline (pipeline.ts) with no sender and no result sheet — nothing is written or sent.
 */
import { runLimits } from '../config/index.js';
import { isRunError, type RunError } from '../errors.js';
import { bindColumns, type ColumnBinding } from '../map/index.js';
import { createStopGrace } from '../push/index.js';
import { openSource, type SourceFile } from '../read/index.js';
import type { RowOutcome, SourceRow } from '../types.js';
import { withHeaderSearch, headerNote } from './header-note.js';
import { stepsOf } from './import.js';
import { loadMapping } from './mapping-file.js';
import { sheetsThatBind } from './other-sheets.js';
import type { RowRunOptions } from './options.js';

export interface RowPreview {
  format: SourceFile['format'];
  /** XLSX: the sheet read, and the visible sheets to choose from. */
  sheet?: string;
  sheets?: string[];
  /** The file's headers (made unique) and as written, in file order. */
  headers: string[];
  rawHeaders: string[];
  headerRow: number;
  /** How the headers bind; undefined when binding failed (`bindError` says why). */
  binding?: ColumnBinding;
  /** A missing, doubled or wrongly mapped column: the run would stop with this before sending. */
  bindError?: RunError;
  /**
   * No sheet asked for and the first lacks a required column: the one other worksheet whose headers
   * bind, when exactly one does (as the run's error names it, other-sheets.ts).
   */
  fittingSheet?: string;
  /** The first rows with their outcome (`valid` / `invalid` and the issues); none when binding failed. */
  rows: Array<{ source: SourceRow; outcome?: RowOutcome }>;
  warnings: string[];
}

/** Reads the first `limit` data rows and decides them as `validate` does. A file that cannot be read throws (READ_*). */
export async function previewRows(o: RowRunOptions, limit: number): Promise<RowPreview> {
  const entity = stepsOf(o.entity, o.mode);
  const mapping = o.mapping ?? (o.mappingFile ? await loadMapping(o.mappingFile) : undefined);
  const read = withHeaderSearch(o.read, entity.table, mapping);
  const source = await openSource(o.file, read);
  const grace = createStopGrace(o.signal, runLimits(o.runtime).stopGraceMs);
  try {
    let binding: ColumnBinding | undefined;
    let bindError: RunError | undefined;
    try {
      binding = bindColumns(entity.table, source.headers, { mapping, mode: o.mode });
    } catch (err) {
      if (!isRunError(err)) throw err;
      bindError = err;
    }
    let fittingSheet: string | undefined;
    if (bindError?.code === 'MAP_MISSING_COLUMN' && source.format === 'xlsx' && o.read.sheet === undefined) {
      const others = (source.sheets ?? []).filter((name) => name !== source.sheet);
      const fits = await sheetsThatBind(entity.table, o.file, others, read, { mapping, mode: o.mode });
      if (fits.length === 1) fittingSheet = fits[0];
    }
    // Without a screen the row handler remembers every key it sees: keys repeated among the rows
    // shown are DUPLICATE_IN_FILE, as validate finds them.
    const first = firstRows(source.rows(), limit);
    let rows: RowPreview['rows'];
    if (binding) {
      const steps = await entity.create({ o, binding, grace, decimalComma: source.delimiter === ';' });
      const works: Promise<RowOutcome>[] = [];
      for await (const { work } of steps.outcomes(first)) works.push(work);
      rows = (await Promise.all(works)).map((outcome) => ({ source: outcome.source, outcome }));
    } else {
      rows = [];
      for await (const row of first) rows.push({ source: row });
    }
    const header = headerNote(source);
    return {
      format: source.format,
      sheet: source.sheet,
      sheets: source.sheets,
      headers: source.headers,
      rawHeaders: source.rawHeaders,
      headerRow: source.headerRow,
      binding,
      bindError,
      fittingSheet,
      rows,
      warnings: header ? [header, ...source.warnings] : [...source.warnings],
    };
  } finally {
    grace.dispose();
    await source.close();
  }
}

async function* firstRows(rows: AsyncIterable<SourceRow>, limit: number): AsyncIterable<SourceRow> {
  if (limit <= 0) return;
  let n = 0;
  for await (const row of rows) {
    yield row;
    if (++n >= limit) return;
  }
}
