/**
 * Takes back one change of a run (docs/UNDO.md), through the very senders an import uses:
 * customers/products through `pushRecordRow` (journal with before-images, retries, reconciliation
 * of a lost create), an order's status through the update-status sender. Nothing here sends a
 * request of its own; with `plan`, nothing is sent at all (the records are only read).
 */
import { isInterrupted } from '../errors.js';
import { DEFAULT_ORDER_STATUS, isApiError, type SalesManiaClient } from '../api/index.js';
import { rowText } from '../i18n/index.js';
import type { JournalState, JournalWriter, RunChange } from '../journal/index.js';
import type { Logger } from '../log/index.js';
import type { RowIssue, RowStatus, SourceRow } from '../types.js';
import { attemptsOf, issuesFromError } from './api-issues.js';
import { KeyedChain } from './keyed-chain.js';
import { OrderFinder } from './order-lookup.js';
import { createOrderStatusSender } from './order-status-sender.js';
import { prepareRecordPush } from './record-sender.js';
import { pushRecordRow, type RecordPushContext } from './record-pusher.js';
import {
  decideRecordUndo,
  recreateBody,
  restoreBody,
  type RecordUndo,
  type UndoReason,
} from './undo-decide.js';

/** What undo does (or would do, with --plan) for one change: the undo sheet's `undo` column. */
export type UndoAction = 'delete' | 'restore' | 'recreate' | 'cancel' | 'none';

export interface UndoResult {
  action: UndoAction;
  status: RowStatus;
  /** The record now: a re-created record's new id. */
  id?: string | number;
  /** Restore: the fields given back (`city: Solo → Semarang`). */
  fields?: string;
  issues: RowIssue[];
  attempts: number;
}

export interface UndoSenderOptions {
  client: SalesManiaClient;
  entity: string;
  /** The undo's own journal; with `plan`, a writer never opened (it writes nothing). */
  journal: JournalWriter;
  /** What an interrupted earlier undo of the same run recorded, when resuming. */
  previous?: JournalState;
  logger: Logger;
  rowCalls: number;
  /** `undo --plan`: decide every change against the server, send nothing. */
  plan: boolean;
}

/**
 * `source`: the undo sheet's row (its number is the journal's row); `change`: what the run did.
 * `dryRun`: decide as `--plan` does, send and journal nothing — how the undo counts what it will do
 * before it asks (docs/GUARDS.md), with the records it read once.
 */
export type UndoSender = (source: SourceRow, change: RunChange, dryRun?: boolean) => Promise<UndoResult>;

export async function createUndoSender(options: UndoSenderOptions): Promise<UndoSender> {
  const { entity } = options;
  if (entity === 'customers' || entity === 'products') return recordUndoSender(options, entity);
  if (entity === 'orders') return orderUndoSender(options);
  return async () => ({
    action: 'none',
    status: 'cannot_undo',
    issues: [{ code: 'CANNOT_UNDO', ...rowText('undo.row.visit') }],
    attempts: 0,
  });
}

function reasonIssue(reason: UndoReason): RowIssue {
  switch (reason.code) {
    case 'CHANGED_SINCE':
      return { code: reason.code, ...rowText('undo.row.changedSince', { fields: reason.fields.join(', ') }) };
    case 'RECORD_GONE':
      return { code: reason.code, ...rowText('undo.row.recordGone') };
    case 'KEY_EXISTS':
      return { code: reason.code, ...rowText('undo.row.keyExists', { id: reason.id }) };
    case 'ALREADY_UNDONE':
      return { code: reason.code, ...rowText('undo.row.alreadyUndone') };
    case 'NO_BEFORE_IMAGE':
      return { code: reason.code, ...rowText('undo.row.noBeforeImage') };
    case 'UNDO_IN_DOUBT':
      return { code: reason.code, ...rowText('undo.row.inDoubt') };
  }
}

/** `city: Solo → Semarang`: what a restore gives back, from the run's before-image. */
function describeRestore(change: RunChange): string {
  const text = (v: unknown) =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return Object.keys(change.before ?? {})
    .map((f) => `${f}: ${text(change.after?.[f])} → ${text(change.before?.[f])}`)
    .join('; ');
}

async function recordUndoSender(
  options: UndoSenderOptions,
  entity: 'customers' | 'products',
): Promise<UndoSender> {
  const { ctx, track } = await prepareRecordPush({
    client: options.client,
    entity,
    // Each change names its own mode below; the index is read whatever the mode.
    mode: 'update',
    binding: { headerOf: {}, unknownColumns: [] } as never,
    journal: options.journal,
    previous: options.previous,
    logger: options.logger,
    rowCalls: options.rowCalls,
    // A restore gives the units back as they were, removing those the run added.
    replaceUnits: true,
  });
  const index = ctx.index;
  if (!index) throw new TypeError('undo: the records were not read');
  const look = { index, keyField: ctx.keyField, same: ctx.isUnchanged };
  // Two changes of one record (a file naming it twice by id and key) are taken back one after another.
  const chain = new KeyedChain();
  return (source, change, dryRun = false) =>
    chain.run(String(change.id ?? change.key ?? `row ${source.rowNumber}`), () =>
      track(() => undoRecord({ ...options, plan: options.plan || dryRun }, ctx, look, source, change)),
    );
}

const ACTION: Record<Exclude<RecordUndo['action'], 'none'>, UndoAction> = {
  delete: 'delete',
  restore: 'restore',
  recreate: 'recreate',
};

async function undoRecord(
  options: UndoSenderOptions,
  ctx: RecordPushContext,
  look: Parameters<typeof decideRecordUndo>[1],
  source: SourceRow,
  change: RunChange,
): Promise<UndoResult> {
  const row = source.rowNumber;
  const fields = change.did === 'updated' ? describeRestore(change) : undefined;
  const left = options.previous?.sending.get(row);
  // A resumed undo whose request was on the wire: the record pusher finds out what happened
  // (a re-create looked up by its key), so it is not decided again against what it did itself.
  let decision = decideRecordUndo(change, look);
  if (left && decision.action === 'none' && decision.status !== 'cannot_undo') {
    decision = resumedDecision(change, left.op, look.keyField);
  }
  if (decision.action === 'none') {
    const issues = [reasonIssue(decision.reason)];
    if (!options.plan) options.journal.done({ row, status: decision.status, issues, attempts: 0 });
    return { action: 'none', status: decision.status, id: change.id, fields, issues, attempts: 0 };
  }
  const action = ACTION[decision.action];
  if (options.plan) {
    return {
      action,
      status: 'valid',
      id: 'id' in decision ? decision.id : change.id,
      fields,
      issues: [],
      attempts: 0,
    };
  }
  const mode = decision.action === 'delete' ? 'delete' : decision.action === 'restore' ? 'update' : 'create';
  const payload = decision.action === 'delete' ? {} : decision.body;
  const key =
    decision.action === 'recreate'
      ? decision.key
        ? { kind: 'ext' as const, field: ctx.keyField, value: decision.key }
        : undefined
      : { kind: 'id' as const, value: decision.id };
  const outcome = await pushRecordRow(
    { ...ctx, mode, keepStored: undefined, allowExistingKeys: false },
    { source, ok: true, payload, key },
  );
  return {
    action,
    fields,
    status: outcome.status,
    id: outcome.id,
    issues: outcome.issues,
    attempts: outcome.attempts,
  };
}

/**
 * A change an interrupted undo was sending when it stopped, that now looks undone: undone by that
 * request, most likely. It goes to the record pusher as it was first decided, which knows the request
 * left (the journal's `sending`): a delete or restore it finds done is reported `deleted` / `updated`,
 * a re-create is looked up by its key before anything is sent again.
 */
function resumedDecision(
  change: RunChange,
  op: 'create' | 'update' | 'delete',
  keyField: string,
): RecordUndo {
  const id = typeof change.id === 'number' ? change.id : undefined;
  if (op === 'delete' && change.did === 'created' && id !== undefined) {
    return { action: 'delete', id, record: { id, created_at: change.at } };
  }
  if (op === 'update' && change.did === 'updated' && id !== undefined && change.before) {
    return { action: 'restore', id, body: restoreBody(change.before), fields: Object.keys(change.before) };
  }
  if (op === 'create' && change.did === 'deleted' && change.before) {
    const key = change.before[keyField];
    return {
      action: 'recreate',
      body: recreateBody(change.before),
      key: typeof key === 'string' && key ? key : undefined,
    };
  }
  return { action: 'none', status: 'unchanged', reason: { code: 'ALREADY_UNDONE' } };
}

/** The status `undo` sets on an order the run created: the API cannot delete an order. */
export const CANCELLED_STATUS = 'Batal';

function orderUndoSender(options: UndoSenderOptions): UndoSender {
  const finder = new OrderFinder(options.client);
  const sendStatus = createOrderStatusSender({
    client: options.client,
    journal: options.journal,
    columnOf: () => undefined,
    finder,
  });
  const chain = new KeyedChain();
  return (source, change, dryRun = false) =>
    chain.run(String(change.id ?? change.key ?? `row ${source.rowNumber}`), async () => {
      const plan = options.plan || dryRun;
      try {
        return await undoOrder({ ...options, plan }, finder, sendStatus, source, change);
      } catch (err) {
        if (isInterrupted(err)) throw err;
        const issues = issuesFromError(err, () => undefined);
        const attempts = attemptsOf(err);
        if (!plan) options.journal.done({ row: source.rowNumber, status: 'failed', issues, attempts });
        return { action: 'none', status: 'failed', id: change.id, issues, attempts };
      }
    });
}

async function undoOrder(
  options: UndoSenderOptions,
  finder: OrderFinder,
  sendStatus: ReturnType<typeof createOrderStatusSender>,
  source: SourceRow,
  change: RunChange,
): Promise<UndoResult> {
  const row = source.rowNumber;
  const stop = (status: RowStatus, issue: RowIssue, id = change.id): UndoResult => {
    if (!options.plan) options.journal.done({ row, status, id, issues: [issue], attempts: 0 });
    return { action: 'none', status, id, issues: [issue], attempts: 0 };
  };
  const cancel = change.did === 'created';
  const target = cancel ? CANCELLED_STATUS : change.before?.ext_order_status_name;
  if (!change.after || (!cancel && change.before === undefined)) {
    return stop('cannot_undo', reasonIssue({ code: 'NO_BEFORE_IMAGE' }));
  }
  if (typeof target !== 'string' || target === '') {
    return stop('cannot_undo', { code: 'CANNOT_UNDO', ...rowText('undo.row.statusEmpty') });
  }
  let id = typeof change.id === 'string' ? change.id : undefined;
  if (!id && cancel && change.key) {
    // Its answer was lost: the order with its ext_order_no on the visits of its date and customer.
    const found = await finder.findByExtNo(
      String(change.after.date),
      Number(change.after.customer_id),
      change.key,
    );
    if (found.length === 1) id = found[0];
  }
  if (!id) return stop('cannot_undo', reasonIssue({ code: 'UNDO_IN_DOUBT' }));
  let order;
  try {
    order = await options.client.orders.get(id);
  } catch (err) {
    if (isApiErrorNotFound(err))
      return stop('conflict', { code: 'RECORD_GONE', ...rowText('undo.row.orderGone') }, id);
    throw err;
  }
  const left = options.previous?.sending.get(row);
  const action: UndoAction = cancel ? 'cancel' : 'restore';
  if (cancel) {
    if (order.sm_status === CANCELLED_STATUS) {
      if (left) return finishedBefore(options, row, action, id);
      return stop('unchanged', reasonIssue({ code: 'ALREADY_UNDONE' }), id);
    }
    const created = String(change.after.status ?? DEFAULT_ORDER_STATUS);
    if (order.sm_status !== created) {
      return stop(
        'conflict',
        {
          code: 'CHANGED_SINCE',
          ...rowText('undo.row.orderMovedOn', { status: order.sm_status, created }),
        },
        id,
      );
    }
  } else {
    const now = order.ext_order_status_name ?? null;
    if (now === target) {
      if (left) return finishedBefore(options, row, action, id);
      return stop('unchanged', reasonIssue({ code: 'ALREADY_UNDONE' }), id);
    }
    if (now !== (change.after.ext_order_status_name ?? null)) {
      return stop('conflict', reasonIssue({ code: 'CHANGED_SINCE', fields: ['ext_order_status_name'] }), id);
    }
  }
  const fields = `ext_order_status_name: ${order.ext_order_status_name ?? ''} → ${target}`;
  if (options.plan) return { action, status: 'valid', id, fields, issues: [], attempts: 0 };
  const result = await sendStatus({ row, statusName: target, orderId: id });
  return {
    action,
    fields,
    status: result.status,
    id: result.id ?? id,
    issues: result.issues,
    attempts: result.attempts,
  };
}

/** A resumed undo finds the order as its interrupted request would leave it: that request did it. */
function finishedBefore(options: UndoSenderOptions, row: number, action: UndoAction, id: string): UndoResult {
  // Deciding only (--plan, or counting before the question): nothing is left to send, nothing journaled.
  if (!options.plan) options.journal.done({ row, status: 'updated', id, issues: [], attempts: 1 });
  return { action, status: 'updated', id, issues: [], attempts: 1 };
}

function isApiErrorNotFound(err: unknown): boolean {
  return isApiError(err) && err.code === 'API_NOT_FOUND';
}
