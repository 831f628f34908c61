import { isInterrupted, type MessageRef } from '../errors.js';
import { reasonOf } from '../i18n/index.js';
import { CREATED_AT_MARGIN_MS } from './created-ids.js';
import type { RecordApi, StoredRecord } from './record-api.js';
import type { RecordIndex } from './record-index.js';

export type Reconciliation =
  { found: true; id: number } | { found: false } | { found: 'unknown'; reason: MessageRef | string };

/**
 * A create whose answer was lost may or may not have happened. Look the record up by its
 * natural key: a record with that key that did not exist before the run (not in the index)
 * and was created after we sent is ours. No such record: it certainly did not happen.
 * The lookup itself failing leaves the row in doubt.
 */
export async function reconcileCreate(
  api: RecordApi,
  key: string,
  sentAt: number,
  index: RecordIndex | undefined,
): Promise<Reconciliation> {
  let records: StoredRecord[];
  try {
    records = await api.findByKey(key);
  } catch (err) {
    if (isInterrupted(err)) throw err;
    return { found: 'unknown', reason: reasonOf(err) };
  }
  const ours = records.filter(
    (r) => !index?.byId(r.id) && Date.parse(r.created_at) >= sentAt - CREATED_AT_MARGIN_MS,
  );
  if (ours.length === 0) return { found: false };
  return { found: true, id: Math.max(...ours.map((r) => r.id)) };
}
