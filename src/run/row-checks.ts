/**
 * Rows of a real-world sheet that are not plain records (docs/reading.md, "Rows that are not
 * records"), checked before the entity's steps, so validate, plan, import and apply agree:
 *
 * - a total row below the data (`TOTAL: 7 pelanggan`, `=SUM(D2:D4)`) is `skipped` with
 *   READ_TOTAL_ROW and never reaches the steps: sent, it would create a record without a code;
 * - a cell garbled by the wrong character set (`CafÃ©`) gets a MAP_GARBLED_TEXT read issue, which
 *   the mapper makes the row's error in a column the run uses (a warning elsewhere);
 * - a hidden (or filtered-out) workbook row is imported, its outcome carrying READ_HIDDEN_ROW.
 */
import { rowText } from '../i18n/index.js';
import { isTotalRow, ungarble, type ColumnBinding } from '../map/index.js';
import type { RowIssue, RowOutcome, SourceRow } from '../types.js';
import type { EntitySteps } from './pipeline.js';
import type { RowSteps, RowWork } from './steps.js';

/** The entity's steps with the checks above in front. */
export function withRowChecks(entity: EntitySteps): EntitySteps {
  return { ...entity, create: async (ctx) => checkedSteps(await entity.create(ctx), ctx.binding) };
}

function checkedSteps(steps: RowSteps, binding: ColumnBinding): RowSteps {
  return {
    window: steps.window,
    async *outcomes(rows) {
      // The steps yield one work per row they are given, in order (steps.ts): the row numbers given
      // tell which work is whose, and where the skipped total rows go between them.
      const given: number[] = [];
      const totals: SourceRow[] = [];
      async function* records(): AsyncIterable<SourceRow> {
        for await (const row of rows) {
          if (isTotalRow(row, binding)) totals.push(row);
          else {
            given.push(row.rowNumber);
            yield markGarbled(row);
          }
        }
      }
      const totalsBefore = function* (rowNumber: number): Iterable<RowWork> {
        while (totals.length > 0 && totals[0].rowNumber < rowNumber) yield skippedTotal(totals.shift()!);
      };
      for await (const { work } of steps.outcomes(records())) {
        yield* totalsBefore(given.shift() ?? Number.POSITIVE_INFINITY);
        yield { work: work.then(withHiddenNote) };
      }
      yield* totalsBefore(Number.POSITIVE_INFINITY);
    },
  };
}

function skippedTotal(source: SourceRow): RowWork {
  const issue: RowIssue = { code: 'READ_TOTAL_ROW', ...rowText('sheetRows.totalRow') };
  return { work: Promise.resolve({ source, status: 'skipped', issues: [issue], attempts: 0 }) };
}

function withHiddenNote(outcome: RowOutcome): RowOutcome {
  if (!outcome.source.hidden) return outcome;
  const issue: RowIssue = { code: 'READ_HIDDEN_ROW', ...rowText('sheetRows.hiddenRow') };
  return { ...outcome, issues: [...outcome.issues, issue] };
}

/** Each garbled cell as a read issue of its column (the row is not sent when the run uses it). */
function markGarbled(row: SourceRow): SourceRow {
  let issues: RowIssue[] | undefined;
  for (const [column, text] of Object.entries(row.cells)) {
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
