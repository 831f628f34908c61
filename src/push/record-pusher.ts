import { isInterrupted } from '../errors.js';
import { messageRef, reasonOf, rowText } from '../i18n/index.js';
import type { JournalState, JournalWriter } from '../journal/index.js';
import type { MappedRow, RowIssue, RowOutcome, RowStatus } from '../types.js';
import { attemptsOf, doubt, issuesFromError } from './api-issues.js';
import type { CreatedIdFinder } from './created-ids.js';
import type { RecordApi, StoredRecord } from './record-api.js';
import { reconcileCreate } from './reconcile.js';
import { isApiError } from '../api/index.js';
import { decideRecord, type DecideContext } from './decide.js';

export interface RecordPushContext extends DecideContext {
  api: RecordApi;
  journal: JournalWriter;
  /** What an interrupted earlier run recorded, when resuming. */
  previous?: JournalState;
  ids: CreatedIdFinder;
  /** The payload an update sends, with stored values kept where the row's lost their zeros. */
  keepStored?(
    record: StoredRecord,
    payload: Record<string, unknown>,
  ): { payload: Record<string, unknown>; warnings: RowIssue[] };
  /** A reason to refuse updating `record` with `payload` (a products row that would remove units). */
  refuseUpdate?(record: StoredRecord, payload: Record<string, unknown>): RowIssue | undefined;
  /** True when the payload would change nothing on the record. */
  isUnchanged(record: StoredRecord, payload: Record<string, unknown>): boolean;
}

type Ok = Extract<MappedRow<unknown>, { ok: true }>;

/**
 * One row of customers or products, through the safety model of docs/ARCHITECTURE.md: journal before
 * and after every write; a lost create answer reconciled by key, never blindly resent.
 * An INTERRUPTED error passes through unjournaled: the row is finished by --resume.
 */
export async function pushRecordRow(ctx: RecordPushContext, row: Ok): Promise<RowOutcome> {
  const rowNumber = row.source.rowNumber;
  const finish = (status: RowStatus, id?: number, issues: RowIssue[] = [], attempts = 1): RowOutcome => {
    ctx.journal.done({ row: rowNumber, status, id, issues, attempts });
    return { source: row.source, status, id, issues, attempts };
  };
  const key = row.key;
  const left = ctx.previous?.sending.get(rowNumber);

  // A create left "sending" by a killed run: find out whether it happened before anything else.
  // (The index was built after that run, so it may hold the record: only the time tells.)
  if (left?.op === 'create' && key?.kind === 'ext') {
    const sentAt = Date.parse(left.at);
    const found = await reconcileCreate(ctx.api, key.value, sentAt, undefined);
    if (found.found === true) return finish('created', found.id, [], 1);
    if (found.found === 'unknown') return finish('in_doubt', undefined, [doubt(found.reason)]);
    // Certainly not created by that run: decide below (a record with the key from before it is KEY_EXISTS).
  } else if (left?.op === 'create' && !key) {
    return finish('in_doubt', undefined, [
      doubt('the run was killed while this row was being sent, and it has no key to look it up'),
    ]);
  }

  const decision = decideRecord(ctx, key);
  if (decision.action === 'create') return create(ctx, row, finish);
  if (decision.action === 'exists') return finish('skipped', decision.record.id, [decision.issue]);
  if (decision.action === 'look-up')
    throw new TypeError('pushRecordRow: no index of the records to decide by');
  if (decision.action === 'fail') return finish('failed', undefined, [decision.issue]);
  if (decision.action === 'not-found') {
    if (ctx.mode === 'upsert') return create(ctx, row, finish);
    if (ctx.mode === 'delete' && left?.op === 'delete') return finish('deleted'); // the killed run's DELETE went through
    // Deleting what is not there leaves the server as the row asks: nothing to do.
    if (ctx.mode === 'delete') return finish('skipped', undefined, [decision.issue]);
    return finish('failed', undefined, [decision.issue]);
  }
  const record = decision.record;
  if (ctx.mode === 'delete') return remove(ctx, row, record.id, finish);
  const refused = ctx.refuseUpdate?.(record, row.payload as Record<string, unknown>);
  if (refused) return finish('failed', record.id, [refused]);
  const kept = ctx.keepStored?.(record, row.payload as Record<string, unknown>);
  const sent = kept ? { ...row, payload: kept.payload } : row;
  const warned: Finish = (status, id, issues = [], attempts) =>
    finish(status, id, [...(kept?.warnings ?? []), ...issues], attempts);
  if (ctx.isUnchanged(record, sent.payload as Record<string, unknown>)) {
    // Unchanged because the killed run's PATCH went through: the row did update the record.
    return warned(left?.op === 'update' ? 'updated' : 'unchanged', record.id);
  }
  return update(ctx, sent, record.id, warned);
}

/** Sends of one create whose answers keep getting lost (each followed by a lookup that finds nothing). */
const MAX_CREATE_ATTEMPTS = 6;

type Finish = (status: RowStatus, id?: number, issues?: RowIssue[], attempts?: number) => RowOutcome;

async function create(ctx: RecordPushContext, row: Ok, finish: Finish): Promise<RowOutcome> {
  const keyValue = row.key?.kind === 'ext' ? row.key.value : undefined;
  for (let attempt = 1; ; attempt++) {
    const sentAt = Date.now();
    try {
      // `sending` is journaled as the request leaves, not while it waits its turn (docs/journal.md).
      await ctx.api.create(row.payload, () => ctx.journal.sending(row.source.rowNumber, 'create', keyValue));
    } catch (err) {
      if (isInterrupted(err)) throw err;
      if (!isApiError(err) || err.code !== 'API_AMBIGUOUS') {
        return finish('failed', undefined, issuesFromError(err, ctx.columnOf), attempt);
      }
      if (!keyValue) {
        return finish(
          'in_doubt',
          undefined,
          [doubt(messageRef('row.noKeyToCheck', { reason: reasonOf(err) }))],
          attempt,
        );
      }
      const found = await reconcileCreate(ctx.api, keyValue, sentAt, ctx.index);
      if (found.found === true) return finish('created', found.id, [], attempt);
      if (found.found === 'unknown') return finish('in_doubt', undefined, [doubt(found.reason)], attempt);
      if (attempt >= MAX_CREATE_ATTEMPTS) {
        // Looked up after every attempt and certainly absent: not in doubt, just not created.
        const issue: RowIssue = {
          code: 'API_SERVER',
          ...rowText('row.notCreated', { reason: reasonOf(err), count: attempt, key: keyValue }),
        };
        return finish('failed', undefined, [issue], attempt);
      }
      continue; // certainly absent: sending again cannot duplicate it
    }
    const id = keyValue ? await ctx.ids.find(keyValue, sentAt) : undefined;
    return finish('created', id, [], attempt);
  }
}

async function update(ctx: RecordPushContext, row: Ok, id: number, finish: Finish): Promise<RowOutcome> {
  try {
    await ctx.api.update(id, row.payload, () =>
      ctx.journal.sending(row.source.rowNumber, 'update', undefined),
    );
    return finish('updated', id);
  } catch (err) {
    if (isInterrupted(err)) throw err;
    return finish('failed', id, issuesFromError(err, ctx.columnOf), attemptsOf(err));
  }
}

async function remove(ctx: RecordPushContext, row: Ok, id: number, finish: Finish): Promise<RowOutcome> {
  try {
    await ctx.api.remove(id, () => ctx.journal.sending(row.source.rowNumber, 'delete', undefined));
    return finish('deleted', id);
  } catch (err) {
    if (isInterrupted(err)) throw err;
    // A retried DELETE whose first attempt went through answers 404: the record is gone as asked.
    if (isApiError(err) && err.code === 'API_NOT_FOUND') return finish('deleted', id, [], err.attempts);
    return finish('failed', id, issuesFromError(err, ctx.columnOf), attemptsOf(err));
  }
}
