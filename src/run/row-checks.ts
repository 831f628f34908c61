/**
 * Rows of a real-world sheet that are not plain records (docs/reading.md, "Rows that are not
 * records"), checked by each entity's steps as they take a row to map it, so validate, plan, import
 * and apply agree:
 *
 * - a total row below the data (`TOTAL: 7 pelanggan`, `=SUM(D2:D4)`) is `skipped` with
 *   READ_TOTAL_ROW and is never mapped: sent, it would create a record without a code;
 * - a cell garbled by the wrong character set (`CafÃ©`) gets a MAP_GARBLED_TEXT read issue, which
 *   the mapper makes the row's error in a column the run uses (a warning elsewhere);
 * - a hidden (or filtered-out) workbook row is imported, its outcome carrying READ_HIDDEN_ROW.
 *
 * Plain functions called in the steps' own loop, not a layer around the steps: wrapping them in async
 * generators with a `.then` per row added a fifth to `validate`'s CPU on a big CSV (docs/PERFORMANCE.md,
 * issue 13).
 */
import { rowText } from '../i18n/index.js';
import { isTotalRow, ungarble, type ColumnBinding } from '../map/index.js';
import type { RowIssue, RowOutcome, SourceRow } from '../types.js';

/** The outcome of a total row (skipped, never mapped), or undefined when the row is a record. */
export function totalRowOutcome(row: SourceRow, binding: ColumnBinding): RowOutcome | undefined {
  if (!isTotalRow(row, binding)) return undefined;
  const issue: RowIssue = { code: 'READ_TOTAL_ROW', ...rowText('sheetRows.totalRow') };
  return { source: row, status: 'skipped', issues: [issue], attempts: 0 };
}

/** The row's outcome with READ_HIDDEN_ROW when the row is hidden; a visible row's work as it is. */
export function noteHidden(row: SourceRow, work: Promise<RowOutcome>): Promise<RowOutcome> {
  return row.hidden ? work.then(withHiddenNote) : work;
}

function withHiddenNote(outcome: RowOutcome): RowOutcome {
  if (!outcome.source.hidden) return outcome;
  const issue: RowIssue = { code: 'READ_HIDDEN_ROW', ...rowText('sheetRows.hiddenRow') };
  return { ...outcome, issues: [...outcome.issues, issue] };
}

/**
 * A first look for garbled text: a UTF-8 lead byte read as Latin-1 is one of these characters
 * (garbled-text.ts). Plain ASCII cells, nearly all of a file, fail it and are never taken apart.
 */
const LEAD_BYTE_CHAR = /[\u00C2-\u00F4]/;

/** Each garbled cell as a read issue of its column (the row is not sent when the run uses it). */
export function markGarbled(row: SourceRow): SourceRow {
  let issues: RowIssue[] | undefined;
  const cells = row.cells;
  for (const column in cells) {
    const text = cells[column];
    if (!LEAD_BYTE_CHAR.test(text)) continue;
    const probably = ungarble(text);
    if (probably === undefined) continue;
    (issues ??= [...(row.readIssues ?? [])]).push({
      code: 'MAP_GARBLED_TEXT',
      column,
      ...rowText('sheetRows.garbled', { value: text, probably }),
    });
  }
  return issues ? { ...row, readIssues: issues } : row;
}
