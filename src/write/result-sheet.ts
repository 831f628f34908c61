/**
 * The result sheet and the "needs attention" errors sheet of an import or validate run.
 *
 * - Same format as the input; never over the input (WRITE_FAILED if a path equals it).
 * - Result: `_row`, `_status`, `_id`, `_error` first (the status and the reason in view without
 *   scrolling; XLSX freezes the header row and `_row`/`_status`), then the input's columns in order,
 *   then (XLSX) the input's cells right of its last header, at the same distance from it.
 * - Errors: only rows whose status is in ATTENTION_STATUSES, with `_row`, `_status`, `_error` first and
 *   the input's columns after them; the importer ignores `_` columns, so it can be fixed and imported
 *   again as is. XLSX also tints the offending cells and puts their problems in cell notes. The errors
 *   file is created at the first row that needs attention: with none, no file is written and
 *   `errorsPath` is undefined (an older errors file from a previous run is left alone).
 * - Input columns named `_row`, `_status`, `_id` or `_error` (a result or errors sheet imported again)
 *   are replaced by this run's own, not repeated.
 * - XLSX input cells keep their types (SourceRow.typed): numbers, dates (with their number format),
 *   booleans; text is text, formatted `@`. A formula is written as its cached result, or as its text
 *   when it had none (see result-rows.ts). CSV cells are written back as read, formula-guarded (see
 *   cell-safety.ts; readers undo it with `unguardCsvText`); XLSX text is inert as a string cell.
 * - Outcomes are streamed in the order given; both files are temporary until `close()` renames them.
 */
import type { RowOutcome } from '../types.js';
import { openStagedWorkbook } from './open.js';
import { checkFolderWritable, checkOutputPaths, resultPaths } from './result-paths.js';
import { ERRORS_OWN, FROZEN_COLUMNS, RESULT_OWN, SheetLayout } from './result-layout.js';
import { ColumnLocator, rowsOfOutcome } from './result-rows.js';
import type { SheetOptions, SheetWriter, StagedWorkbookWriter, TableFormat } from './table-writer.js';

export interface ResultWriterOptions {
  /** The file being imported: names the defaults and must never be overwritten. */
  inputPath: string;
  /** The input's format; both files are written in it. */
  format: TableFormat;
  /** The unique header keys of `SourceRow.cells`, in column order. */
  headers: readonly string[];
  /** The header row exactly as in the file (may repeat or be blank), same length as `headers`. */
  rawHeaders: readonly string[];
  /** Folder for the default file names; default: the input's folder. */
  outDir?: string;
  resultPath?: string;
  errorsPath?: string;
  /** XLSX sheet name of both files; pass the input's sheet so `--sheet` works on the errors file too. */
  sheetName?: string;
  /** CSV: the input's delimiter, so the files open in the same locale; default `,`. */
  delimiter?: string;
  /** CSV: byte order mark; default true. */
  bom?: boolean;
  /**
   * XLSX: letters of the input's columns right of its last header (SourceRow.extra), when known before
   * writing: they get their letter as header. Cells of other letters are written at their place too,
   * under a blank header.
   */
  extraColumns?: readonly string[];
}

export interface ResultFiles {
  resultPath: string;
  /** Undefined when no row needed attention (no errors file was written). */
  errorsPath: string | undefined;
}

export interface ResultWriter {
  readonly resultPath: string;
  /** Where the errors file goes if a row needs attention. */
  readonly plannedErrorsPath: string;
  /** Adds one outcome; rows are written in the order of the calls. */
  write(outcome: RowOutcome): Promise<void>;
  /** Finishes both files, then renames them into place. */
  close(): Promise<ResultFiles>;
  /** Deletes the temporary files; nothing appears under the final names. */
  abort(): Promise<void>;
}

export async function openResultWriter(options: ResultWriterOptions): Promise<ResultWriter> {
  const { headers, rawHeaders, format } = options;
  if (headers.length !== rawHeaders.length) {
    throw new TypeError(`headers (${headers.length}) and rawHeaders (${rawHeaders.length}) differ in length`);
  }
  const { resultPath, errorsPath } = resultPaths(options);
  await checkOutputPaths(options.inputPath, resultPath, errorsPath);
  await checkFolderWritable(errorsPath); // fail now, not at the first bad row
  const fileOptions = { format, delimiter: options.delimiter, bom: options.bom };
  const sheetOptions: SheetOptions = {
    freezeHeader: true,
    freezeColumns: FROZEN_COLUMNS,
    autoFilter: true,
    allowExtraCells: true,
    printFitWidth: true, // printed, the status and the reason are on every page with their row
  };
  const extra = format === 'xlsx' ? options.extraColumns : undefined; // a CSV record fits its header
  const layouts = {
    result: new SheetLayout(RESULT_OWN, headers.length, rawHeaders, extra),
    errors: new SheetLayout(ERRORS_OWN, headers.length, rawHeaders, extra),
  };

  const result = await openStagedWorkbook(resultPath, fileOptions);
  const resultSheet = result.sheet(options.sheetName ?? 'Result', layouts.result.columns, sheetOptions);
  let errors: { workbook: StagedWorkbookWriter; sheet: SheetWriter } | undefined;

  const locator = new ColumnLocator(headers, rawHeaders);
  let state: 'open' | 'closed' | 'aborted' = 'open';

  const abort = async (): Promise<void> => {
    if (state === 'aborted') return;
    state = 'aborted';
    await Promise.all([result.abort(), errors?.workbook.abort()]);
  };

  /**
   * Runs `work` after every earlier call has settled (so rows keep their order and the errors file
   * is opened once even if a caller forgets to await); on failure discards both files and rethrows.
   */
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(async () => {
      try {
        return await work();
      } catch (err) {
        await abort();
        throw err;
      }
    });
    tail = run.catch(() => undefined);
    return run;
  };

  return {
    resultPath,
    plannedErrorsPath: errorsPath,

    write: (outcome) =>
      serial(async () => {
        if (state !== 'open') throw new Error(`the result writer is ${state}`);
        const rows = rowsOfOutcome(outcome, headers, layouts, locator, format);
        const { result: row, errors: errorRow } = rows;
        await resultSheet.writeRow(row.values, row.style);
        if (errorRow) {
          if (!errors) {
            const workbook = await openStagedWorkbook(errorsPath, fileOptions);
            const sheet = workbook.sheet(options.sheetName ?? 'Errors', layouts.errors.columns, sheetOptions);
            errors = { workbook, sheet };
          }
          await errors.sheet.writeRow(errorRow.values, errorRow.style);
        }
      }),

    close: () =>
      serial(async () => {
        if (state !== 'open') throw new Error(`the result writer is ${state}`);
        // Finish both before renaming either, so a failure leaves neither half-updated.
        await result.finish();
        await errors?.workbook.finish();
        await result.publish();
        await errors?.workbook.publish();
        state = 'closed';
        return { resultPath, errorsPath: errors ? errorsPath : undefined };
      }),

    abort,
  };
}
