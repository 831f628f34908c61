import { localizedRunError, rowText, t } from '../i18n/index.js';
import type { RowIssue, SourceRow, TypedCell } from '../types.js';
import type { CellValue } from './cell-value.js';
import { columnLetter } from './headers.js';
import { HiddenRows } from './hidden-rows.js';
import type { RawRow } from './sheet-xml.js';
import type { ReadLimits } from './source.js';
import { unguardCsvText } from '../write/index.js';

/** A sheet row's cells by 1-based column. */
export interface RowCells {
  number: number;
  values: Map<number, CellValue>;
}

/** A cell's value, or just its text when that is all it has (a plain string: most cells, no object). */
export type CellTextOrValue = string | CellValue;

const textOf = (v: CellTextOrValue): string => (typeof v === 'string' ? v : v.text);

/**
 * A row's cells as two arrays in column order, one cell per column (the last one wins, as a map would
 * have it). Writers put cells in column order, so this only sorts for a file that does not.
 */
function inColumnOrder(
  row: RawRow,
  values: CellTextOrValue[],
): { columns: number[]; values: CellTextOrValue[] } {
  const columns = new Array<number>(row.cells.length);
  for (let i = 0; i < columns.length; i++) columns[i] = row.cells[i].column;
  for (let i = 1; i < columns.length; i++) {
    if (columns[i] > columns[i - 1]) continue;
    const byColumn = new Map<number, CellTextOrValue>();
    columns.forEach((column, k) => byColumn.set(column, values[k]));
    const sorted = [...byColumn.keys()].sort((a, b) => a - b);
    return { columns: sorted, values: sorted.map((column) => byColumn.get(column) as CellTextOrValue) };
  }
  return { columns, values };
}

interface RowContext {
  /** File name, for messages. */
  file: string;
  sheet: string;
  headers: string[];
  limits: ReadLimits;
  warnings: string[];
}

function errorIssue(column: string, value: CellValue): RowIssue {
  return {
    code: 'READ_CELL_ERROR',
    column,
    ...rowText(value.typed?.type === 'formula' ? 'row.read.formulaError' : 'row.read.excelError', {
      error: value.error,
    }),
  };
}

/**
 * Sheet rows → SourceRows: blank rows skipped, the row limit and cell limit enforced, error cells
 * reported as row issues. Cells to the right of the last header are positioned cells, not a misaligned
 * record: they are kept by column letter (`extra`) for the result sheet and left out of mapping.
 */
export function rowBuilder({ file, sheet, headers, limits, warnings }: RowContext) {
  let count = 0;
  let warnedOutside = false;
  let warnedUncalculated = false;
  const hiddenRows = new HiddenRows(warnings);
  const tooLong = (column: number, row: number, length: number, key?: string) =>
    localizedRunError(
      'READ_LIMIT',
      'read.sheetCellChars',
      { name: file, sheet, cell: `${columnLetter(column)}${row}`, count: length, limit: limits.maxCellChars },
      { row, column: key ?? columnLetter(column), limit: limits.maxCellChars },
    );

  return (
    row: RawRow,
    valueOf: (cell: RawRow['cells'][number]) => CellTextOrValue,
  ): SourceRow | undefined => {
    const raw = row.cells;
    const all = new Array<CellTextOrValue>(raw.length);
    let blank = true;
    for (let i = 0; i < raw.length; i++) {
      const value = valueOf(raw[i]);
      all[i] = value;
      if (blank) {
        const text = textOf(value);
        if (text !== '' && text.trim() !== '') blank = false;
      }
    }
    if (blank) return undefined;
    if (++count > limits.maxRows) {
      throw localizedRunError(
        'READ_LIMIT',
        'read.sheetTooManyRows',
        { name: file, sheet, limit: limits.maxRows },
        { limit: limits.maxRows },
      );
    }
    const { columns, values } = inColumnOrder(row, all);
    const cells: Record<string, string> = {};
    let typed: Record<string, TypedCell> | undefined;
    let extra: Record<string, string> | undefined;
    let issues: RowIssue[] | undefined;
    let k = 0;
    for (let i = 0; i < headers.length; i++) {
      const key = headers[i];
      while (k < columns.length && columns[k] < i + 1) k++;
      if (k >= columns.length || columns[k] !== i + 1) {
        cells[key] = '';
        continue;
      }
      const value = values[k];
      const text = textOf(value);
      if (text.length > limits.maxCellChars) throw tooLong(i + 1, row.number, text.length, key);
      // A CSV we wrote guards `+62 813 …` as `'+62 813 …`; opened in a spreadsheet program and saved as
      // a workbook, that `'` is literal text in the cell: the guard, not the data (formula-guard.ts).
      cells[key] = text.charCodeAt(0) === 39 ? unguardCsvText(text) : text;
      if (typeof value === 'string') continue;
      if (value.typed) (typed ??= {})[key] = value.typed;
      if (value.error !== undefined) (issues ??= []).push(errorIssue(key, value));
      if (value.noCachedResult && !warnedUncalculated) {
        warnedUncalculated = true;
        warnings.push(t('read.warn.uncalculatedFormulas', { cell: `${columnLetter(i + 1)}${row.number}` }));
      }
    }
    for (let j = 0; j < columns.length; j++) {
      const column = columns[j];
      const text = textOf(values[j]);
      if (column <= headers.length || text === '') continue;
      if (text.length > limits.maxCellChars) throw tooLong(column, row.number, text.length);
      (extra ??= {})[columnLetter(column)] = text;
      if (!warnedOutside && text.trim() !== '') {
        warnedOutside = true;
        warnings.push(t('read.warn.cellsBeyondHeader', { cell: `${columnLetter(column)}${row.number}` }));
      }
    }
    const source: SourceRow = { rowNumber: row.number, sheet, cells };
    if (issues) source.readIssues = issues;
    if (typed) source.typed = typed;
    if (extra) source.extra = extra;
    if (row.hidden) {
      source.hidden = true;
      hiddenRows.note(row.number);
    }
    return source;
  };
}
