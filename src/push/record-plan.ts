/**
 * What one valid customers/products row would do against the records on the server: the step
 * `import` takes before it writes, and all that `plan` takes (docs/ARCHITECTURE.md, "Run kinds").
 * One function for both, so a plan can never say something the import would not do.
 */
import type { MappedRow, RowIssue } from '../types.js';
import { decideRecord, type DecideContext } from './decide.js';
import type { StoredRecord } from './record-api.js';
import { keyTakenIssue, type GivenKeys } from './file-ids.js';
import { settleHeld } from './stored-values.js';

export interface RecordPlanContext extends DecideContext {
  /** The payload an update sends, with stored values kept where the row's lost their zeros. */
  keepStored?(
    record: StoredRecord,
    payload: Record<string, unknown>,
  ): { payload: Record<string, unknown>; warnings: RowIssue[] };
  /** A reason to refuse updating `record` with `payload` (a products row that would remove units). */
  refuseUpdate?(record: StoredRecord, payload: Record<string, unknown>): RowIssue | undefined;
  /** True when the payload would change nothing on the record. */
  isUnchanged(record: StoredRecord, payload: Record<string, unknown>): boolean;
  /** Keys this run's updates gave (KEY_TAKEN for a second record, file-ids.ts); one map per run. */
  givenKeys?: GivenKeys;
}

export type Ok = Extract<MappedRow<unknown>, { ok: true }>;

export type RecordStep =
  | { kind: 'create' }
  /** Create of an existing key (KEY_EXISTS), or delete of a key that is not there. */
  | { kind: 'skip'; id?: number; issue: RowIssue }
  /** `invalid`: the row's own cell is refused (a held error, stored-values.ts), not the server's state. */
  | { kind: 'fail'; id?: number; issue: RowIssue; invalid?: boolean }
  | { kind: 'delete'; record: StoredRecord }
  | { kind: 'unchanged'; record: StoredRecord; warnings: RowIssue[] }
  | { kind: 'update'; record: StoredRecord; payload: Record<string, unknown>; warnings: RowIssue[] };

export function planRecordStep(ctx: RecordPlanContext, row: Ok): RecordStep {
  const decision = decideRecord(ctx, row.key, row.fileId);
  // A held error (MappedRow.unlessStored) stands for a row that creates: no record holds its value.
  const held = row.unlessStored?.[0];
  const creates = decision.action === 'create' || (decision.action === 'not-found' && ctx.mode === 'upsert');
  if (held && creates) return { kind: 'fail', issue: held, invalid: true };
  if (decision.action === 'create') return { kind: 'create' };
  if (decision.action === 'exists') return { kind: 'skip', id: decision.record.id, issue: decision.issue };
  if (decision.action === 'look-up')
    throw new TypeError('planRecordStep: no index of the records to decide by');
  if (decision.action === 'fail') return { kind: 'fail', issue: decision.issue };
  if (decision.action === 'not-found') {
    if (ctx.mode === 'upsert') return { kind: 'create' };
    // Deleting what is not there leaves the server as the row asks: nothing to do.
    if (ctx.mode === 'delete') return { kind: 'skip', issue: decision.issue };
    return { kind: 'fail', issue: decision.issue };
  }
  const record = decision.record;
  if (ctx.mode === 'delete') return { kind: 'delete', record };
  let payload = row.payload as Record<string, unknown>;
  let warnings: RowIssue[] = [];
  if (row.unlessStored) {
    const settled = settleHeld(record, payload, row.unlessStored);
    if ('issue' in settled) return { kind: 'fail', id: record.id, issue: settled.issue, invalid: true };
    ({ payload, warnings } = settled);
  }
  const refused = ctx.refuseUpdate?.(record, payload);
  if (refused) return { kind: 'fail', id: record.id, issue: refused };
  const kept = ctx.keepStored?.(record, payload);
  const sent = kept?.payload ?? payload;
  if (kept) warnings = [...warnings, ...kept.warnings];
  if (ctx.isUnchanged(record, sent)) return { kind: 'unchanged', record, warnings };
  const taken = keyTakenIssue(ctx, record, sent, row.source.rowNumber);
  if (taken) return { kind: 'fail', id: record.id, issue: taken };
  return { kind: 'update', record, payload: sent, warnings };
}
