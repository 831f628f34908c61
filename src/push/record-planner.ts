/**
 * The planning step of `plan`: in the place of a sender, it decides each customers/products row
 * exactly as the sender would (record-plan.ts) and says what the row would do, field by field,
 * sending nothing but the reads of the records (docs/PLAN.md).
 */
import { beforeValues, fieldChanges, planFlags } from '../map/index.js';
import type { RowOutcome, RowPlan } from '../types.js';
import { fieldColumnOf } from './api-issues.js';
import { planRecordStep, type Ok, type RecordStep } from './record-plan.js';
import { prepareRecordDecisions, type RecordDecisionOptions } from './record-sender.js';
import type { RowSender } from './row-handler.js';

export async function createRecordPlanner(options: RecordDecisionOptions): Promise<RowSender> {
  const ctx = await prepareRecordDecisions(options);
  // A change is shown at the field's first column when the file spreads it over several (units).
  const columnOf = fieldColumnOf(options.binding);
  return (row) => Promise.resolve(plannedOutcome(options.entity, row, planRecordStep(ctx, row), columnOf));
}

/** A row's outcome in a plan: its status as validate would count it, and what it would do. */
export function plannedOutcome(
  entity: 'customers' | 'products',
  row: Ok,
  step: RecordStep,
  columnOf: (field: string) => string | undefined,
): RowOutcome {
  const base = { source: row.source, attempts: 0 };
  const plan = (p: Partial<RowPlan> & Pick<RowPlan, 'action'>): RowPlan => ({ changes: [], flags: [], ...p });
  switch (step.kind) {
    case 'create':
      return { ...base, status: 'valid', issues: [], plan: plan({ action: 'create' }) };
    case 'skip':
      return {
        ...base,
        status: 'skipped',
        id: step.id,
        issues: [step.issue],
        plan: plan({ action: 'skip', id: step.id }),
      };
    case 'fail':
      return {
        ...base,
        status: 'invalid',
        id: step.id,
        issues: [step.issue],
        plan: plan({ action: 'invalid', id: step.id }),
      };
    case 'delete':
      return {
        ...base,
        status: 'valid',
        id: step.record.id,
        issues: [],
        plan: plan({ action: 'delete', id: step.record.id, before: { ...step.record } }),
      };
    case 'unchanged':
      return {
        ...base,
        status: 'unchanged',
        id: step.record.id,
        issues: step.warnings,
        plan: plan({ action: 'unchanged', id: step.record.id }),
      };
    case 'update': {
      const changes = fieldChanges(entity, step.record, step.payload, columnOf);
      return {
        ...base,
        status: 'valid',
        id: step.record.id,
        issues: step.warnings,
        plan: plan({
          action: 'update',
          id: step.record.id,
          changes,
          flags: planFlags(entity, changes),
          before: beforeValues(step.record, step.payload),
        }),
      };
    }
  }
}
