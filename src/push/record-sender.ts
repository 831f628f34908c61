import type { SalesManiaClient } from '../api/index.js';
import type { JournalState, JournalWriter } from '../journal/index.js';
import { t } from '../i18n/index.js';
import type { Logger } from '../log/index.js';
import { isUnchanged, keepStoredNumbers, unitRemovalIssue, type ColumnBinding } from '../map/index.js';
import type { ImportMode, RowIssue, RowKey } from '../types.js';
import { countDeletions } from './delete-count.js';
import pLimit from 'p-limit';
import { CreatedIdFinder } from './created-ids.js';
import { recordApi, type RecordApi } from './record-api.js';
import { buildRecordIndex, type RecordIndex } from './record-index.js';
import { pushRecordRow, type RecordPushContext } from './record-pusher.js';
import type { RecordPlanContext, RecordStep } from './record-plan.js';
import type { RowSender } from './row-handler.js';
import { bodyColumnOf } from './api-issues.js';

/** What deciding the rows of a customers/products run needs: `plan` and `import` alike. */
export interface RecordDecisionOptions {
  client: SalesManiaClient;
  entity: 'customers' | 'products';
  mode: Exclude<ImportMode, 'update-status'>;
  binding: ColumnBinding;
  logger: Logger;
  /** Products: an update may remove units the row does not list (`--units replace`). */
  replaceUnits?: boolean;
  /** Create: send rows whose key exists on the server anyway (`--allow-existing-keys`). */
  allowExistingKeys?: boolean;
}

export interface RecordSenderOptions extends RecordDecisionOptions {
  journal: JournalWriter;
  previous?: JournalState;
  /** Rows' own requests queued at once (config/limits.ts, `rowCalls`). */
  rowCalls: number;
  /** apply: why a row must not be sent as decided now (record-pusher.ts, `guard`). */
  guard?(row: number, step: RecordStep): RowIssue | undefined;
  /**
   * Delete: the file's keys, and the confirmation asked with the number of records they will delete
   * once the existing records are known, before any row is sent (it throws to refuse).
   */
  confirmDeletes?: { keys: readonly RowKey[]; confirm(count: number): Promise<void> };
  /** A create was answered; its batched id lookup is still to come (for the progress count). */
  created?(rowNumber: number): void;
}

/** The records on the server (unless nothing needs them) and the per-row decision over them. */
export async function prepareRecordDecisions(
  options: RecordDecisionOptions,
  api: RecordApi = recordApi(options.client, options.entity),
): Promise<RecordPlanContext> {
  let index: RecordIndex | undefined;
  // Create reads them too, so that a key already on the server is not created twice (KEY_EXISTS),
  // nor a row whose id names a record there, even with --allow-existing-keys (file-ids.ts).
  const hasIds = options.binding.headerOf.id !== undefined;
  if (options.mode !== 'create' || !options.allowExistingKeys || hasIds) {
    options.logger.info(t(`log.readingExisting.${options.entity}`));
    index = await buildRecordIndex(api);
    options.logger.info({ records: index.size }, t('log.existingReady', { count: index.size }));
  }
  const columnOf = bodyColumnOf(options.binding);
  return {
    entity: options.entity,
    keyField: api.keyField,
    mode: options.mode,
    index,
    allowExistingKeys: options.allowExistingKeys,
    columnOf,
    givenKeys: new Map(),
    keepStored: (record, payload) =>
      keepStoredNumbers(
        record,
        payload,
        options.entity === 'customers' ? ['phone', 'ext_cust_no'] : ['ext_product_code'],
        columnOf,
      ),
    refuseUpdate:
      options.entity === 'products' && !options.replaceUnits
        ? (record, payload) => unitRemovalIssue(record as object, payload, columnOf('product_units'))
        : undefined,
    isUnchanged: (record, payload) => isUnchanged(options.entity, record as never, payload as never),
  };
}

/** Prepares what the rows of a customers/products import need, then sends them one by one. */
export async function createRecordSender(options: RecordSenderOptions): Promise<RowSender> {
  const { ctx, track } = await prepareRecordPush(options);
  return (row) => track(() => pushRecordRow(ctx, row));
}

/**
 * What `pushRecordRow` needs, prepared once per run: the index of the records on the server, the
 * request slots, the id finder. `track` wraps each row's work (the id finder batches by rows in
 * flight). `undo` sends through it too, one mode per row (docs/UNDO.md).
 */
export async function prepareRecordPush(options: RecordSenderOptions): Promise<{
  ctx: RecordPushContext;
  track: <T>(work: () => Promise<T>) => Promise<T>;
}> {
  const api = recordApi(options.client, options.entity);
  const decisions = await prepareRecordDecisions(options, api);
  // Rows' writes and key lookups take turns, at most `rowCalls` at once (why: config/limits.ts);
  // the batched id lookups do not, so they never wait behind the rows' queue.
  const slots = pLimit(options.rowCalls);
  const rowApi: RecordApi = {
    ...api,
    findByKey: (key) => slots(() => api.findByKey(key)),
    create: (body, onLeave) => slots(() => api.create(body, onLeave)),
    update: (id, body, onLeave) => slots(() => api.update(id, body, onLeave)),
    remove: (id, onLeave) => slots(() => api.remove(id, onLeave)),
  };
  if (options.mode === 'delete' && options.confirmDeletes && decisions.index) {
    const count = countDeletions(
      {
        mode: 'delete',
        entity: options.entity,
        keyField: api.keyField,
        index: decisions.index,
        columnOf: () => undefined,
      },
      options.confirmDeletes.keys,
    );
    await options.confirmDeletes.confirm(count);
  }
  let active = 0;
  const ctx: RecordPushContext = {
    ...decisions,
    api: rowApi,
    journal: options.journal,
    previous: options.previous,
    ids: new CreatedIdFinder(api, { activeRows: () => active }),
    guard: options.guard,
    created: options.created,
  };
  const track = async <T>(work: () => Promise<T>): Promise<T> => {
    active += 1;
    try {
      return await work();
    } finally {
      active -= 1;
    }
  };
  return { ctx, track };
}
