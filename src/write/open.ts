/** Opening a workbook or a one-sheet table in either format, always through an atomic file. */
import { AtomicFile } from './atomic-file.js';
import { checkDelimiter, createCsvWorkbook } from './csv-writer.js';
import type {
  StagedWorkbookWriter,
  TableWriter,
  TableWriterOptions,
  WorkbookOptions,
  WorkbookWriter,
} from './table-writer.js';

/** Internal: the staged form, for callers that finish several files before renaming any. */
export async function openStagedWorkbook(
  path: string,
  options: WorkbookOptions,
): Promise<StagedWorkbookWriter> {
  if (options.format === 'csv') checkDelimiter(options.delimiter ?? ','); // before creating any file
  // The XLSX writer is loaded on demand: a CSV run need not pay for it.
  const xlsx = options.format === 'xlsx' ? await import('./xlsx-writer.js') : undefined;
  const file = await AtomicFile.create(path);
  return xlsx ? xlsx.createXlsxWorkbook(file) : createCsvWorkbook(file, options);
}

/**
 * A file of one or more sheets (XLSX) or one sheet (CSV). The temporary file is created at once,
 * so a missing or unwritable folder fails here with RunError WRITE_FAILED.
 */
export async function openWorkbookWriter(path: string, options: WorkbookOptions): Promise<WorkbookWriter> {
  return openStagedWorkbook(path, options);
}

/** A one-sheet file: the header row is written at once, then `writeRow` per row, then `commit`. */
export async function openTableWriter(path: string, options: TableWriterOptions): Promise<TableWriter> {
  const workbook = await openStagedWorkbook(path, options);
  const sheet = workbook.sheet(options.sheetName ?? 'Sheet1', options.columns, options);
  return {
    path: workbook.path,
    name: sheet.name,
    get rowCount() {
      return sheet.rowCount;
    },
    writeRow: (values, style) => sheet.writeRow(values, style),
    commit: () => workbook.commit(),
    abort: () => workbook.abort(),
  };
}
