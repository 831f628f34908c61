/** Writes an export's sheets, row by row, to a file that appears under its name only when complete. */
import { openWorkbookWriter, type CellValue, type ColumnDef, type WorkbookOptions } from '../write/index.js';

export interface SheetSource {
  name: string;
  columns: readonly ColumnDef[];
  /** Read only when the sheet's turn comes (sheets are written one after another). */
  rows(): AsyncIterable<CellValue[]>;
}

/**
 * Returns the rows written per sheet. On any failure (or an interruption, which arrives as an
 * error from the rows) the temporary file is deleted and nothing appears under `path`.
 */
export async function writeSheets(
  path: string,
  options: WorkbookOptions,
  sheets: readonly SheetSource[],
): Promise<Record<string, number>> {
  const workbook = await openWorkbookWriter(path, options);
  const written: Record<string, number> = {};
  try {
    for (const source of sheets) {
      const sheet = workbook.sheet(source.name, source.columns);
      for await (const row of source.rows()) await sheet.writeRow(row);
      written[sheet.name] = sheet.rowCount;
    }
    await workbook.commit();
  } catch (err) {
    await workbook.abort();
    throw err;
  }
  return written;
}
