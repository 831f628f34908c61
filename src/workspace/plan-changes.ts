/**
 * A plan's rows as the page's table of changes shows them, read back from the plan sheet the run
 * wrote (docs/PLAN.md, "The plan sheet": `_row`, `_action`, `_reason`, `_id`, `_changes`, `_flags`) with the
 * tool's own reader. Rows a plan leaves as they are (`unchanged`) are not changes and are left out.
 */
import { openSource, type ReadLimits } from '../read/index.js';
import type { PlanChange } from './types.js';

export async function readPlanChanges(
  sheet: string,
  limit: number,
  limits?: Partial<ReadLimits>,
): Promise<{ rows: PlanChange[]; total: number }> {
  const source = await openSource(sheet, { headerRow: 1, limits });
  const rows: PlanChange[] = [];
  let total = 0;
  try {
    for await (const row of source.rows()) {
      const action = row.cells._action ?? '';
      if (action === '' || action === 'unchanged') continue;
      total++;
      if (rows.length >= limit) continue;
      rows.push({
        row: Number(row.cells._row) || row.rowNumber,
        action,
        id: row.cells._id ?? '',
        changes: row.cells._changes ?? '',
        reason: row.cells._reason ?? '',
        flags: row.cells._flags ?? '',
      });
    }
  } finally {
    await source.close();
  }
  return { rows, total };
}
