import type { SalesManiaClient } from '../api/index.js';
import type { JournalState, JournalWriter } from '../journal/index.js';
import type { Logger } from '../log/index.js';
import { isUnchanged, type ColumnBinding } from '../map/index.js';
import type { ImportMode } from '../types.js';
import { CreatedIdFinder } from './created-ids.js';
import { recordApi } from './record-api.js';
import { buildRecordIndex } from './record-index.js';
import { pushRecordRow } from './record-pusher.js';
import type { RowSender } from './row-handler.js';

export interface RecordSenderOptions {
  client: SalesManiaClient;
  entity: 'customers' | 'products';
  mode: Exclude<ImportMode, 'update-status'>;
  binding: ColumnBinding;
  journal: JournalWriter;
  previous?: JournalState;
  logger: Logger;
}

/** Prepares what the rows of a customers/products import need, then sends them one by one. */
export async function createRecordSender(options: RecordSenderOptions): Promise<RowSender> {
  const api = recordApi(options.client, options.entity);
  let index;
  if (options.mode !== 'create') {
    options.logger.info(`reading the ${options.entity} already in SalesMania (100 a page)`);
    index = await buildRecordIndex(api);
    options.logger.info({ records: index.size }, `${options.entity} index ready`);
  }
  const ctx = {
    api,
    mode: options.mode,
    index,
    journal: options.journal,
    previous: options.previous,
    ids: new CreatedIdFinder(api),
    columnOf: (field: string) =>
      options.binding.headerOf[field] ?? options.binding.headerOf[field.split('.')[0]] ?? undefined,
    isUnchanged: (record: object, payload: object) =>
      isUnchanged(options.entity, record as never, payload as never),
  };
  return (row) => pushRecordRow(ctx, row);
}
