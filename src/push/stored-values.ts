/**
 * Cell errors that stand only when the value differs from the stored record's (MappedRow.unlessStored;
 * docs/REIMPORT.md, "Phones SalesMania holds that are no number").
 *
 * The API takes any text as a phone, so a record can hold `0812-xxx` or `telp kantor` (typed in the
 * mobile app), and an export carries it out as it is. Imported back, the cell is the stored value:
 * no change the user made. So against the record:
 * - the value equals the stored one: not sent (the stored phone is kept), warning PHONE_STORED_INVALID;
 * - it differs (or there is no record: a create): the row is refused with the cell's own error.
 * map/ cannot tell (it is pure, it knows no record), so it keeps the raw value and the error.
 */
import { rowText } from '../i18n/index.js';
import type { RowIssue } from '../types.js';
import type { StoredRecord } from './record-api.js';

export type Settled = { payload: Record<string, unknown>; warnings: RowIssue[] } | { issue: RowIssue };

/** The payload without the held values the record holds, or the first held error that stands. */
export function settleHeld(
  record: StoredRecord,
  payload: Record<string, unknown>,
  held: readonly RowIssue[],
): Settled {
  let out = payload;
  const warnings: RowIssue[] = [];
  for (const issue of held) {
    const field = issue.field;
    const sent = field === undefined ? undefined : payload[field];
    const stored = field === undefined ? undefined : (record as Record<string, unknown>)[field];
    if (
      field === undefined ||
      typeof sent !== 'string' ||
      typeof stored !== 'string' ||
      stored.trim() !== sent
    )
      return { issue };
    out = { ...out };
    delete out[field];
    warnings.push({
      code: 'PHONE_STORED_INVALID',
      field,
      column: issue.column,
      ...rowText('stored.phone', { value: `"${sent}"` }),
    });
  }
  return { payload: out, warnings };
}

/**
 * validate reads no records: it cannot tell, and calls the row valid with the held errors as warnings
 * saying when the import refuses them (as it leaves a keyed row's existence to the import).
 */
export function heldAsWarnings(payload: Record<string, unknown>, held: readonly RowIssue[]): RowIssue[] {
  return held.map((issue) => ({
    code: issue.code,
    field: issue.field,
    column: issue.column,
    ...rowText('stored.validate', { value: `"${String(issue.field ? payload[issue.field] : '')}"` }),
  }));
}
