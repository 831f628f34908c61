/**
 * "Would this payload change the record?" — so an import can report `unchanged` and skip the PATCH.
 * Only the fields in the payload count. Rules: text treats null and '' alike; numbers compare
 * numerically; tags compare as lists in order (a PATCH replaces the list, order included); location
 * within LOCATION_TOLERANCE; product units by name, ratio and price, ignoring ids and order;
 * discount chains after normalising. Field-specific rules live in each table's `same`.
 */
import type { EntitySpec } from './columns.js';
import { specOf, type InputOf, type RecordOf, type TableEntity } from './entities.js';
import { sameList } from './shared-columns.js';

function sameByDefault(existing: unknown, sent: unknown): boolean {
  if (typeof sent === 'number') {
    if (typeof existing === 'number') return existing === sent;
    return typeof existing === 'string' && existing.trim() !== '' && Number(existing) === sent;
  }
  if (typeof sent === 'string') return (existing ?? '') === sent;
  if (Array.isArray(sent)) return sameList(existing, sent);
  return existing === sent;
}

export function isUnchanged<E extends TableEntity>(
  entity: E,
  existing: RecordOf<E>,
  payload: InputOf<E>,
): boolean {
  const record = existing as unknown as Record<string, unknown>;
  for (const [field, sent] of Object.entries(payload as Record<string, unknown>)) {
    if (sent === undefined) continue;
    if (!sameField(entity, field, record[field], sent)) return false;
  }
  return true;
}

/** Whether sending `sent` for `field` would leave the stored value as it is (the rules above). */
export function sameField(entity: TableEntity, field: string, existing: unknown, sent: unknown): boolean {
  const spec = specOf(entity) as EntitySpec;
  const same = spec.same[field] ?? sameByDefault;
  return same(existing, sent);
}
