import { isInterrupted } from '../errors.js';
import { messageRef, reasonOf, rowText } from '../i18n/index.js';
import type { JournalState, JournalWriter } from '../journal/index.js';
import type { RowIssue, RowOutcome, RowStatus } from '../types.js';
import { attemptsOf, doubt, issuesFromError } from './api-issues.js';
import type { CreatedIdFinder } from './created-ids.js';
import type { RecordApi, StoredRecord } from './record-api.js';
import { reconcileCreate } from './reconcile.js';
import { isApiError } from '../api/index.js';
import { planRecordStep, type Ok, type RecordPlanContext, type RecordStep } from './record-plan.js';
import { createImage, deleteImage, updateImage } from './before-image.js';

export interface RecordPushContext extends RecordPlanContext {
  api: RecordApi;
  journal: JournalWriter;
  /** What an interrupted earlier run recorded, when resuming. */
  previous?: JournalState;
  ids: CreatedIdFinder;
  /**
   * apply: why the row must not do what it would do now (the record changed since the plan, or
   * the row now does something else); undefined to go on. Not asked of a row a killed run had sent.
   */
  guard?(row: number, step: RecordStep): RowIssue | undefined;
  /** A create was answered: the row is decided, though its id is still to be looked up (progress). */
  created?(rowNumber: number): void;
}

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

  const step = planRecordStep(ctx, row);
  const conflict = left ? undefined : ctx.guard?.(rowNumber, step);
  if (conflict) return finish('conflict', stepId(step), [conflict], 0);
  if (step.kind === 'create') return create(ctx, row, finish);
  if (step.kind === 'skip') {
    if (ctx.mode === 'delete' && left?.op === 'delete') return finish('deleted'); // the killed run's DELETE went through
    return finish('skipped', step.id, [step.issue]);
  }
  if (step.kind === 'fail') return finish(step.invalid ? 'invalid' : 'failed', step.id, [step.issue]);
  if (step.kind === 'delete') return remove(ctx, row, step.record, finish);
  const warned: Finish = (status, id, issues = [], attempts) =>
    finish(status, id, [...step.warnings, ...issues], attempts);
  if (step.kind === 'unchanged') {
    // Unchanged because the killed run's PATCH went through: the row did update the record.
    return warned(left?.op === 'update' ? 'updated' : 'unchanged', step.record.id);
  }
  return update(ctx, { ...row, payload: step.payload }, step.record, warned);
}

function stepId(step: RecordStep): number | undefined {
  if ('record' in step) return step.record.id;
  return 'id' in step ? step.id : undefined;
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
      await ctx.api.create(row.payload, () =>
        ctx.journal.sending(row.source.rowNumber, 'create', keyValue, createImage(row.payload)),
      );
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
    ctx.created?.(row.source.rowNumber);
    let id: number | undefined;
    try {
      id = keyValue ? await ctx.ids.find(keyValue, sentAt) : undefined;
    } catch (err) {
      if (!isInterrupted(err)) throw err;
      // Created (the answer came), but the stop cut its id lookup short. No `done` line: the journal
      // keeps the row `sending`, so --resume finds the record (and its id) by key, creating nothing.
      const issue: RowIssue = { code: 'INTERRUPTED', ...rowText('row.createdIdPending') };
      return { source: row.source, status: 'created', issues: [issue], attempts: attempt };
    }
    return finish('created', id, [], attempt);
  }
}

async function update(
  ctx: RecordPushContext,
  row: Ok,
  record: StoredRecord,
  finish: Finish,
): Promise<RowOutcome> {
  const id = record.id;
  // The before-image is taken from the record the decision was made on (the index read at the start).
  const image = updateImage(record, row.payload as Record<string, unknown>, ctx.isUnchanged);
  try {
    await ctx.api.update(id, row.payload, () =>
      // The key only names the record in an undo's sheet: an update needs no reconciling.
      ctx.journal.sending(
        row.source.rowNumber,
        'update',
        row.key?.kind === 'ext' ? row.key.value : undefined,
        image,
      ),
    );
    return finish('updated', id);
  } catch (err) {
    if (isInterrupted(err)) throw err;
    return finish('failed', id, issuesFromError(err, ctx.columnOf), attemptsOf(err));
  }
}

async function remove(
  ctx: RecordPushContext,
  row: Ok,
  record: StoredRecord,
  finish: Finish,
): Promise<RowOutcome> {
  const id = record.id;
  try {
    await ctx.api.remove(id, () =>
      ctx.journal.sending(row.source.rowNumber, 'delete', undefined, deleteImage(record)),
    );
    return finish('deleted', id);
  } catch (err) {
    if (isInterrupted(err)) throw err;
    // A retried DELETE whose first attempt went through answers 404: the record is gone as asked.
    if (isApiError(err) && err.code === 'API_NOT_FOUND') return finish('deleted', id, [], err.attempts);
    return finish('failed', id, issuesFromError(err, ctx.columnOf), attemptsOf(err));
  }
}
