/**
 * A workbook whose first worksheet is not the data (instructions, a cover page): the missing-column
 * error names the other worksheets and `--sheet`, and the one that has the columns when exactly one
 * does. The run never switches sheets by itself: the user chooses.
 */
import { isRunError } from '../errors.js';
import { localizedRunError } from '../i18n/index.js';
import { bindColumns, type BindOptions, type ColumnBinding, type TableEntity } from '../map/index.js';
import { openSource, type ReadOptions, type SourceFile } from '../read/index.js';

/** Other worksheets opened to look for the columns, at most. */
const PROBED = 10;

export async function bindOrNameSheets(
  table: TableEntity,
  source: SourceFile,
  file: string,
  read: ReadOptions,
  options: BindOptions,
): Promise<ColumnBinding> {
  try {
    return bindColumns(table, source.headers, options);
  } catch (err) {
    if (!isRunError(err) || err.code !== 'MAP_MISSING_COLUMN' || source.format !== 'xlsx') throw err;
    const others = (source.sheets ?? []).filter((name) => name !== source.sheet);
    if (others.length === 0) throw err;
    const fits = await sheetsThatBind(table, file, others, read, options);
    if (fits.length === 1) {
      throw localizedRunError(
        err.code,
        'sheetRows.otherSheetFits',
        { error: err, fits: fits[0] },
        err.details,
      );
    }
    throw localizedRunError(err.code, 'sheetRows.otherSheets', { error: err, sheets: others }, err.details);
  }
}

/**
 * Of `others` (the first PROBED), the worksheets whose headers bind: where the data is when the sheet
 * read lacks a required column. The page's check opens the one that fits (run/preview.ts).
 */
export async function sheetsThatBind(
  table: TableEntity,
  file: string,
  others: readonly string[],
  read: ReadOptions,
  options: BindOptions,
): Promise<string[]> {
  const fits: string[] = [];
  for (const sheet of others.slice(0, PROBED)) {
    if (await bindsOn(table, file, { ...read, sheet, digest: false }, options)) fits.push(sheet);
  }
  return fits;
}

async function bindsOn(table: TableEntity, file: string, read: ReadOptions, options: BindOptions) {
  let other: SourceFile | undefined;
  try {
    other = await openSource(file, read);
    bindColumns(table, other.headers, options);
    return true;
  } catch {
    // An empty or unreadable worksheet, or one without the columns: not the one.
    return false;
  } finally {
    await other?.close();
  }
}
