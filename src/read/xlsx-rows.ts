import { localizedRunError, rowText, t } from '../i18n/index.js';
import type { RowIssue, SourceRow, TypedCell } from '../types.js';
import type { CellValue } from './cell-value.js';
import { columnLetter } from './headers.js';
import type { ReadLimits } from './source.js';

/** A sheet row's cells by 1-based column. */
export interface RowCells {
  number: number;
  values: Map<number, CellValue>;
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
  const tooLong = (column: number, row: number, length: number, key?: string) =>
    localizedRunError(
      'READ_LIMIT',
      'read.sheetCellChars',
      { name: file, sheet, cell: `${columnLetter(column)}${row}`, count: length, limit: limits.maxCellChars },
      { row, column: key ?? columnLetter(column), limit: limits.maxCellChars },
    );

  return (row: RowCells): SourceRow | undefined => {
    let blank = true;
    for (const v of row.values.values()) {
      if (v.text.trim() !== '') {
        blank = false;
        break;
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
    const cells: Record<string, string> = {};
    let typed: Record<string, TypedCell> | undefined;
    let extra: Record<string, string> | undefined;
    const issues: RowIssue[] = [];
    for (let i = 0; i < headers.length; i++) {
      const key = headers[i];
      const value = row.values.get(i + 1);
      if (!value) {
        cells[key] = '';
        continue;
      }
      if (value.text.length > limits.maxCellChars) throw tooLong(i + 1, row.number, value.text.length, key);
      cells[key] = value.text;
      if (value.typed) (typed ??= {})[key] = value.typed;
      if (value.error !== undefined) issues.push(errorIssue(key, value));
      if (value.noCachedResult && !warnedUncalculated) {
        warnedUncalculated = true;
        warnings.push(t('read.warn.uncalculatedFormulas', { cell: `${columnLetter(i + 1)}${row.number}` }));
      }
    }
    if (row.values.size > 0) {
      for (const [column, value] of row.values) {
        if (column <= headers.length || value.text === '') continue;
        if (value.text.length > limits.maxCellChars) throw tooLong(column, row.number, value.text.length);
        (extra ??= {})[columnLetter(column)] = value.text;
        if (!warnedOutside && value.text.trim() !== '') {
          warnedOutside = true;
          warnings.push(t('read.warn.cellsBeyondHeader', { cell: `${columnLetter(column)}${row.number}` }));
        }
      }
    }
    const source: SourceRow = { rowNumber: row.number, sheet, cells };
    if (issues.length > 0) source.readIssues = issues;
    if (typed) source.typed = typed;
    if (extra) source.extra = extra;
    return source;
  };
}
