/**
 * Pure: the input's columns as they go into a sheet we write (the result, errors and plan sheets):
 * each under its own header, `verbatim` (text stays text, formatted `@`; numbers, dates and booleans
 * keep their type), as wide as its header asks within bounds. A column named like one of our own
 * (a sheet of ours imported again) is left out: the new run's own columns replace it.
 */
import type { ColumnDef } from './table-writer.js';

/**
 * Appends the input's columns to `columns` and returns, per input column (index into
 * `rawHeaders`), its position in the sheet, or -1 when it is left out as `reserved`.
 */
export function appendInputColumns(
  columns: ColumnDef[],
  rawHeaders: readonly string[],
  reserved: ReadonlySet<string>,
): number[] {
  return rawHeaders.map((header) => {
    if (reserved.has(header.trim())) return -1;
    columns.push({ header, kind: 'verbatim', width: Math.min(40, Math.max(10, [...header].length + 4)) });
    return columns.length - 1;
  });
}
