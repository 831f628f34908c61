/** Where a run's files go: shared by the import runs. */
import { basename, dirname, join, parse as parsePath } from 'node:path';
import { localizedRunError, t } from '../i18n/index.js';
import { openRunJournal, type RunHeader, type RunJournal } from '../journal/index.js';
import {
  DateOrderScreen,
  readsByOrder,
  rowKeyOf,
  type ColumnBinding,
  type DateOrderEvidence,
  type MapMode,
  type TableEntity,
} from '../map/index.js';
import { makeDirectory } from '../write/index.js';
import { loadMapping } from './mapping-file.js';
import { DuplicateScreen } from '../push/index.js';
import { openSource, resolveLimits, type SourceFile } from '../read/index.js';
import type { RowKey } from '../types.js';
import type { RowRunOptions } from './options.js';
import { headerNote, withHeaderSearch } from './header-note.js';
import { bindOrNameSheets } from './other-sheets.js';
import { openResultWriter, type ResultWriter, type ResultWriterOptions } from '../write/index.js';

/** The journal sits beside the result sheet, in `dir`: `<input name>.journal.jsonl`. */
export function journalPath(dir: string, inputPath: string): string {
  return join(dir, `${parsePath(inputPath).name}.journal.jsonl`);
}

/**
 * An import's journal, beside its result sheet (what `--resume` reads back), opened by the re-run
 * rules (journal/run-journal.ts). `input`: the file's fingerprint, taken on the read-through.
 */
export function openImportJournal(
  o: RowRunOptions,
  writer: ResultWriter,
  input: RunHeader['input'] | undefined,
): Promise<RunJournal> {
  return openRunJournal(journalPath(dirname(writer.resultPath), o.file), input ?? o.file, {
    entity: o.entity,
    mode: o.mode,
    resume: o.resume,
    again: o.again,
    earlierRunsIn: o.earlierRunsIn,
  });
}

/** `--out-dir` is created when missing, as a person would expect of a folder named for output. */
export async function createOutDir(dir: string): Promise<void> {
  try {
    await makeDirectory(dir);
  } catch (err) {
    throw localizedRunError('WRITE_FAILED', 'run.outDirFailed', {
      dir,
      reason: String((err as NodeJS.ErrnoException).code),
    });
  }
}

/** The opened input, its column binding and the result writer: the start every import shares. */
export interface ImportFiles {
  source: SourceFile;
  binding: ColumnBinding;
  writer: ResultWriter;
  /** Keys that may repeat in the file, when it was read through first with `screenKeys`. */
  screen?: DuplicateScreen;
  /** Size and SHA-256 of the input, taken while it was read through first (the journal's key). */
  input?: RunHeader['input'];
  /** The data rows, when the file was read through first: the progress bar's total. */
  total?: number;
  /** `--mode delete`: every row's key, noted on the read-through, to count what will be deleted. */
  deleteKeys?: RowKey[];
  /** What the date column showed of its order, noted on the read-through (docs/DATES.md). */
  dateOrder?: DateOrderEvidence;
  /** Logs the warnings found while streaming (a late invalid byte, uncalculated formulas) and returns them all. */
  finishWarnings(): string[];
}

/**
 * Reads the mapping, opens the input up to its header, binds the columns (a missing column stops
 * the run here, before anything is sent), reads the file through once when asked (with
 * `screenKeys`, noting every row's key; counting the rows for the progress bar), logs the warnings so far and opens the result sheets.
 */
export async function openImportFiles(
  o: RowRunOptions,
  table: TableEntity,
  {
    screenKeys = false,
    screenDates = false,
    readThroughFirst = false,
    openWriter = openResultWriter,
  }: {
    screenKeys?: boolean;
    /**
     * Note which order the date column writes (visits, orders): read through first even for
     * validate, so that it refuses the ambiguous dates import would (docs/DATES.md).
     */
    screenDates?: boolean;
    readThroughFirst?: boolean;
    /** The sheet outcomes go to; default the result and errors sheets (plan: its plan sheet). */
    openWriter?: (
      options: ResultWriterOptions,
      input: RunHeader['input'] | undefined,
    ) => Promise<ResultWriter>;
  } = {},
): Promise<ImportFiles> {
  const mapping = o.mapping ?? (o.mappingFile ? await loadMapping(o.mappingFile) : undefined);
  const read = withHeaderSearch(o.read, table, mapping);
  // A run that sends keys its journal by the file's SHA-256, taken from the read-through's own bytes.
  let source = await openSource(o.file, readThroughFirst ? { ...read, digest: true } : read);
  let binding: ColumnBinding;
  let screen: DuplicateScreen | undefined;
  let input: RunHeader['input'] | undefined;
  let total: number | undefined;
  let deleteKeys: RowKey[] | undefined;
  let dates: DateOrderScreen | undefined;
  try {
    binding = await bindOrNameSheets(table, source, o.file, read, { mapping, mode: o.mode });
    // A run that sends reads the file through first, so a file broken halfway sends nothing.
    // validate reads a CSV through first too when it screens keys: a quarter of its time, and its
    // memory no longer grows with the file. A workbook costs as much again to read and holds at
    // most ~1M rows: validate keeps all of its keys instead.
    const dateHeader = screenDates && readsByOrder(o.field?.dateFormat) ? dateHeaderOf(binding) : undefined;
    if (readThroughFirst || (screenKeys && source.format === 'csv') || dateHeader !== undefined) {
      screen = screenKeys ? new DuplicateScreen(resolveLimits(o.read.limits).maxRows) : undefined;
      deleteKeys = screen && readThroughFirst && o.mode === 'delete' ? [] : undefined;
      dates = dateHeader === undefined ? undefined : new DateOrderScreen();
      const noteDate = dates && dateHeader ? { screen: dates, header: dateHeader } : undefined;
      total = await readThrough(source, binding, o.mode, screen, o.signal, deleteKeys, noteDate);
      const digest = await source.digest?.();
      if (digest) input = { name: basename(o.file), ...digest };
      source = await openSource(o.file, read);
    }
  } catch (err) {
    await source.close();
    throw err;
  }
  // `source.warnings` grows while streaming: what is there now is logged now, the rest at the end.
  const readWarningsAtStart = source.warnings.length;
  const columnWarnings: string[] = [];
  const header = headerNote(source);
  if (header) columnWarnings.push(header);
  if (binding.unknownColumns.length > 0) {
    columnWarnings.push(t('run.columnsNotUsed', { columns: binding.unknownColumns.join(', ') }));
  }
  for (const w of [...source.warnings, ...columnWarnings]) o.logger.warn(w);

  if (o.outDir) await createOutDir(o.outDir);
  const writer = await openWriter(
    {
      inputPath: o.file,
      format: source.format,
      headers: source.headers,
      rawHeaders: source.rawHeaders,
      outDir: o.outDir,
      delimiter: source.delimiter,
      // Both sheets take the input's sheet name, so `--sheet NAME` finds the errors sheet too.
      sheetName: source.sheet,
    },
    input,
  );
  return {
    source,
    binding,
    writer,
    screen,
    input,
    total,
    deleteKeys,
    dateOrder: dates?.evidence,
    finishWarnings() {
      for (const w of source.warnings.slice(readWarningsAtStart)) o.logger.warn(w);
      return [...source.warnings, ...columnWarnings];
    },
  };
}

/**
 * One pass that only reads (and notes keys): a file broken anywhere (a quote never closed on line
 * 40,000, a row limit) fails here, before a single row is sent. Constant memory but for the screen.
 */
async function readThrough(
  source: SourceFile,
  binding: ColumnBinding,
  mode: MapMode,
  screen: DuplicateScreen | undefined,
  signal: AbortSignal,
  keys?: RowKey[],
  dates?: { screen: DateOrderScreen; header: string },
): Promise<number> {
  let rows = 0;
  try {
    for await (const row of source.rows()) {
      // Stopped: the run's own loop ends at once and sends nothing; no need to read on.
      if (signal.aborted) return rows;
      rows++;
      const key = screen && rowKeyOf(binding, mode, row);
      if (key) screen?.note(key);
      if (key) keys?.push(key);
      const date = dates && row.cells[dates.header];
      if (date) dates?.screen.note(row.rowNumber, date);
    }
    return rows;
  } finally {
    await source.close();
  }
}

/** The header of the file's date column (visits, orders have one), if bound. */
function dateHeaderOf(binding: ColumnBinding): string | undefined {
  return binding.bound.find((b) => b.column.kind === 'date')?.header;
}
