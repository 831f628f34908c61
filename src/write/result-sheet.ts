/**
 * The result sheet and the "needs attention" errors sheet of an import or validate run.
 *
 * - Same format as the input; never over the input (WRITE_FAILED if a path equals it).
 * - Result: the input's columns verbatim and in order, then `_row`, `_status`, `_id`, `_error`.
 * - Errors: only rows whose status is in ATTENTION_STATUSES, in the input's own columns and nothing
 *   else, so it can be fixed and imported again as is. The problems are in XLSX cell notes (plus the
 *   tint); in CSV they are only in the result file's `_error`. The errors file is created at the first
 *   row that needs attention: with none, no file is written and `errorsPath` is undefined (an older
 *   errors file from a previous run is left alone — we never delete a user's file).
 * - Input cells are written back exactly as read, as text. CSV text is formula-guarded (see
 *   cell-safety.ts; readers undo it with `unguardCsvText`); XLSX text is inert as a string cell.
 * - Outcomes are streamed in the order given; both files are temporary until `close()` renames them.
 */
import type { RowOutcome, RowStatus } from '../types.js';
import { openStagedWorkbook } from './open.js';
import { checkFolderWritable, checkOutputPaths, resultPaths } from './result-paths.js';
import { ColumnLocator, emptyCounts, inputColumns, resultColumns, rowsOfOutcome } from './result-rows.js';
import type { SheetWriter, StagedWorkbookWriter, TableFormat } from './table-writer.js';

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
}

export interface ResultFiles {
  resultPath: string;
  /** Undefined when no row needed attention (no errors file was written). */
  errorsPath: string | undefined;
  counts: Record<RowStatus, number>;
  rows: number;
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
  const sheetOptions = { freezeHeader: true, autoFilter: true };

  const result = await openStagedWorkbook(resultPath, fileOptions);
  const resultSheet = result.sheet(options.sheetName ?? 'Result', resultColumns(rawHeaders), sheetOptions);
  let errors: { workbook: StagedWorkbookWriter; sheet: SheetWriter } | undefined;

  const locator = new ColumnLocator(headers, rawHeaders);
  const counts = emptyCounts();
  let rows = 0;
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
        const { result: row, errors: errorRow } = rowsOfOutcome(outcome, headers, locator);
        counts[outcome.status]++;
        rows++;
        await resultSheet.writeRow(row.values, row.style);
        if (errorRow) {
          if (!errors) {
            const workbook = await openStagedWorkbook(errorsPath, fileOptions);
            const sheet = workbook.sheet(
              options.sheetName ?? 'Errors',
              inputColumns(rawHeaders),
              sheetOptions,
            );
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
        return { resultPath, errorsPath: errors ? errorsPath : undefined, counts: { ...counts }, rows };
      }),

    abort,
  };
}
