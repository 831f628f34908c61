/**
 * A file with ids imported back (docs/REIMPORT.md): an export saved in a spreadsheet program and
 * imported again must neither duplicate the records it lists nor let one record take another's key.
 *
 * - create: a row whose `id` names a record on the server is not created again (KEY_EXISTS, the
 *   record's id in `_id`); an `id` the server does not have is refused (KEY_NOT_FOUND): the row was
 *   exported from a record, and creating it anew would give it another id — clearing the cell says so.
 * - update/upsert: a row that would set the key to a value another record holds is refused
 *   (KEY_TAKEN): two records with one key make every later import of that key KEY_AMBIGUOUS. This
 *   is what sorting one column of an export produces.
 */
import { rowText } from '../i18n/index.js';
import type { RowIssue } from '../types.js';
import type { DecideContext, RecordDecision } from './decide.js';
import type { StoredRecord } from './record-api.js';

/** The decision of a create row carrying an id, when the records on the server are known. */
export function decideFileId(
  ctx: DecideContext,
  fileId: number,
): Extract<RecordDecision, { action: 'exists' | 'fail' }> {
  const record = ctx.index?.byId(fileId);
  const column = ctx.columnOf('id');
  const params = { entity: ctx.entity, id: String(fileId) };
  if (record) {
    return {
      action: 'exists',
      record,
      issue: { code: 'KEY_EXISTS', field: 'id', column, ...rowText('reimport.idExists', params) },
    };
  }
  return {
    action: 'fail',
    issue: { code: 'KEY_NOT_FOUND', field: 'id', column, ...rowText('reimport.idNotFound', params) },
  };
}

/** Keys given to a record by an update of this run: key → the record and the row that gave it. */
export type GivenKeys = Map<string, { id: number; row: number }>;

/**
 * Why an update of `record` must not send `payload`: it sets the key to one another record holds on
 * the server, or one an earlier row of this run gave another record. Undefined when the key stays or
 * is free; a free key is then noted as given, so that a later row cannot give it twice.
 */
export function keyTakenIssue(
  ctx: DecideContext & { givenKeys?: GivenKeys },
  record: StoredRecord,
  payload: Record<string, unknown>,
  row: number,
): RowIssue | undefined {
  const value = payload[ctx.keyField];
  if (typeof value !== 'string' || value === '' || value === String(record[ctx.keyField] ?? ''))
    return undefined;
  const column = ctx.columnOf(ctx.keyField);
  const id = String(record.id);
  const holder = ctx.index?.byKey(value).find((r) => r.id !== record.id);
  if (holder) {
    const text = rowText('reimport.keyTaken', { key: value, other: String(holder.id), id });
    return { code: 'KEY_TAKEN', field: ctx.keyField, column, ...text };
  }
  const given = ctx.givenKeys?.get(value);
  if (given && given.id !== record.id) {
    const params = { key: value, other: String(given.id), row: String(given.row), id };
    return { code: 'KEY_TAKEN', field: ctx.keyField, column, ...rowText('reimport.keyTakenInRun', params) };
  }
  ctx.givenKeys?.set(value, { id: record.id, row });
  return undefined;
}
