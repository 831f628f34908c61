/**
 * Pure: where each value goes in the result and errors sheets. Our own columns come first, so the
 * status and the reason are visible without scrolling; then the input's columns in their order; then
 * a workbook's cells right of its last header, at the same distance from it as in the input.
 *
 * Input columns named like our own (`_row`, `_status`, `_id`, `_error`: a result or errors sheet
 * imported again) are left out: the new run's columns replace them.
 */
import { appendInputColumns } from './input-columns.js';
import type { ColumnDef } from './table-writer.js';

export type OwnColumn = '_row' | '_status' | '_id' | '_error';

const OWN_DEFS: Record<OwnColumn, ColumnDef> = {
  _row: { header: '_row', kind: 'integer', width: 7 },
  _status: { header: '_status', kind: 'text', width: 11 },
  _id: { header: '_id', kind: 'text', width: 14 },
  _error: { header: '_error', kind: 'text', width: 50 },
};

export const RESULT_OWN: readonly OwnColumn[] = ['_row', '_status', '_id', '_error'];
/** Input columns named like these are left out (see the top of this file). */
const RESERVED: ReadonlySet<string> = new Set(RESULT_OWN);
/** The errors sheet is for fixing and importing again: no `_id` (none of its rows has one). */
export const ERRORS_OWN: readonly OwnColumn[] = ['_row', '_status', '_error'];
/** Columns kept in view while scrolling sideways: `_row` and `_status`. */
export const FROZEN_COLUMNS = 2;

/** `K` → 10 (0-based), or undefined for anything that is not a column letter. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export class SheetLayout {
  readonly columns: ColumnDef[];
  /** For each input column (index into headers), its position in the sheet, or -1 when left out. */
  readonly inputAt: number[];
  /** Positions of our own columns. */
  readonly ownAt: Partial<Record<OwnColumn, number>> = {};
  /** Position of the input's first column right of its last header. */
  private readonly extraStart: number;

  constructor(
    own: readonly OwnColumn[],
    private readonly width: number,
    rawHeaders: readonly string[],
    extraColumns: readonly string[] = [],
  ) {
    this.columns = own.map((c, i) => {
      this.ownAt[c] = i;
      return OWN_DEFS[c];
    });
    this.inputAt = appendInputColumns(this.columns, rawHeaders, RESERVED);
    this.extraStart = this.columns.length;
    // Cells right of the header that are known before writing get a header: their column letter.
    const named = extraColumns.flatMap((letter) => {
      const at = this.extraAt(letter);
      return at === undefined ? [] : [{ at, letter }];
    });
    const last = Math.max(this.extraStart - 1, ...named.map((n) => n.at));
    for (let at = this.extraStart; at <= last; at++)
      this.columns.push({ header: '', kind: 'verbatim', width: 10 });
    for (const { at, letter } of named) this.columns[at] = { header: letter, kind: 'verbatim', width: 10 };
  }

  /** Where the input's cell in column `letter` goes, when it lies right of the last header. */
  extraAt(letter: string): number | undefined {
    const index = columnIndex(letter);
    return index === undefined || index < this.width ? undefined : this.extraStart + index - this.width;
  }
}
