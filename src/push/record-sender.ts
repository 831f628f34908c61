import type { SalesManiaClient } from '../api/index.js';
import type { JournalState, JournalWriter } from '../journal/index.js';
import { t } from '../i18n/index.js';
import type { Logger } from '../log/index.js';
import { isUnchanged, keepStoredNumbers, unitRemovalIssue, type ColumnBinding } from '../map/index.js';
import type { ImportMode } from '../types.js';
import pLimit from 'p-limit';
import { CreatedIdFinder } from './created-ids.js';
import { recordApi, type RecordApi } from './record-api.js';
import { buildRecordIndex } from './record-index.js';
import { pushRecordRow } from './record-pusher.js';
import type { RowSender } from './row-handler.js';
import { bodyColumnOf } from './api-issues.js';

export interface RecordSenderOptions {
  client: SalesManiaClient;
  entity: 'customers' | 'products';
  mode: Exclude<ImportMode, 'update-status'>;
  binding: ColumnBinding;
  journal: JournalWriter;
  previous?: JournalState;
  logger: Logger;
  /** Products: an update may remove units the row does not list (`--units replace`). */
  replaceUnits?: boolean;
  /** Create: send rows whose key exists on the server anyway (`--allow-existing-keys`). */
  allowExistingKeys?: boolean;
  /** Rows' own requests queued at once (config/limits.ts, `rowCalls`). */
  rowCalls: number;
}

/** Prepares what the rows of a customers/products import need, then sends them one by one. */
export async function createRecordSender(options: RecordSenderOptions): Promise<RowSender> {
  const api = recordApi(options.client, options.entity);
  let index;
  // Create reads them too, so that a key already on the server is not created twice (KEY_EXISTS).
  if (options.mode !== 'create' || !options.allowExistingKeys) {
    options.logger.info(t(`log.readingExisting.${options.entity}`));
    index = await buildRecordIndex(api);
    options.logger.info({ records: index.size }, t('log.existingReady', { count: index.size }));
  }
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
  let active = 0;
  const ctx = {
    api: rowApi,
    entity: options.entity,
    keyField: api.keyField,
    mode: options.mode,
    index,
    allowExistingKeys: options.allowExistingKeys,
    journal: options.journal,
    previous: options.previous,
    ids: new CreatedIdFinder(api, { activeRows: () => active }),
    columnOf: bodyColumnOf(options.binding),
    keepStored: (record: object, payload: Record<string, unknown>) =>
      keepStoredNumbers(
        record as Record<string, unknown>,
        payload,
        options.entity === 'customers' ? ['phone', 'ext_cust_no'] : ['ext_product_code'],
        bodyColumnOf(options.binding),
      ),
    refuseUpdate:
      options.entity === 'products' && !options.replaceUnits
        ? (record: object, payload: Record<string, unknown>) =>
            unitRemovalIssue(record, payload, bodyColumnOf(options.binding)('product_units'))
        : undefined,
    isUnchanged: (record: object, payload: object) =>
      isUnchanged(options.entity, record as never, payload as never),
  };
  return async (row) => {
    active += 1;
    try {
      return await pushRecordRow(ctx, row);
    } finally {
      active -= 1;
    }
  };
}
