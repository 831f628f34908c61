/**
 * apply's check before each write (docs/PLAN.md, "Conflicts"): the row must still do what the
 * plan said, to the record the plan named, and that record must still hold the values the plan
 * saw. Otherwise someone changed it since: the row is a `conflict` and the record is left alone.
 */
import { rowText } from '../i18n/index.js';
import { changedSince } from '../map/index.js';
import type { PlanAction, PlannedRow, RowIssue } from '../types.js';
import type { RecordStep } from './record-plan.js';

const ACTION_OF: Record<RecordStep['kind'], PlanAction> = {
  create: 'create',
  skip: 'skip',
  fail: 'invalid',
  delete: 'delete',
  unchanged: 'unchanged',
  update: 'update',
};

export function stepAction(step: RecordStep): PlanAction {
  return ACTION_OF[step.kind];
}

/** The conflict of a row with its plan, or undefined when the row may go ahead as planned. */
export function planConflict(
  planned: PlannedRow | undefined,
  step: RecordStep,
  columnOf: (field: string) => string | undefined,
): RowIssue | undefined {
  const now = stepAction(step);
  if (!planned) return conflict('plan.conflict.notPlanned', { now });
  const record = 'record' in step ? step.record : undefined;
  if ((planned.action === 'update' || planned.action === 'delete') && planned.id !== undefined) {
    if (!record || record.id !== planned.id)
      return conflict('plan.conflict.gone', { id: String(planned.id) });
    const fields = changedSince(planned.before ?? {}, record);
    if (fields.length > 0) {
      const names = fields.map((f) => `"${columnOf(f) ?? f}"`).join(', ');
      return conflict('plan.conflict.changed', { id: String(planned.id), fields: names });
    }
  }
  if (planned.action !== now) return conflict('plan.conflict.action', { planned: planned.action, now });
  return undefined;
}

function conflict(key: Parameters<typeof rowText>[0], params: Record<string, string>): RowIssue {
  return { code: 'PLAN_CONFLICT', ...rowText(key, params) };
}
