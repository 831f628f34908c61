/**
 * What `undo` does with one change a customers/products run made (docs/UNDO.md): pure, decided
 * against the records on the server now (the index read at the start of the undo).
 */
import type { RunChange } from '../journal/index.js';
import { CREATED_AT_MARGIN_MS } from './created-ids.js';
import type { StoredRecord } from './record-api.js';
import type { RecordIndex } from './record-index.js';

export type UndoStop = 'unchanged' | 'conflict' | 'cannot_undo';
/** Why nothing is sent for a change: a stable code (docs/UNDO.md) and the fields concerned. */
export type UndoReason =
  /** The record was changed since the run: the fields that differ from what the run left. */
  | { code: 'CHANGED_SINCE'; fields: string[] }
  /** The record the run updated was deleted since. */
  | { code: 'RECORD_GONE' }
  /** A record the run deleted has its key on the server again (created since). */
  | { code: 'KEY_EXISTS'; id: number }
  /** Nothing left to do: the change is undone already, or never happened. */
  | { code: 'ALREADY_UNDONE' }
  /** The journal has no before-image for this row (written before they existed). */
  | { code: 'NO_BEFORE_IMAGE' }
  /** The run's create may have happened, and nothing tells which record it made. */
  | { code: 'UNDO_IN_DOUBT' };

export type RecordUndo =
  | { action: 'delete'; id: number; record: StoredRecord }
  | { action: 'restore'; id: number; body: Record<string, unknown>; fields: string[] }
  | { action: 'recreate'; body: Record<string, unknown>; key?: string }
  | { action: 'none'; status: UndoStop; reason: UndoReason };

export interface UndoLookup {
  index: RecordIndex;
  keyField: 'ext_cust_no' | 'ext_product_code';
  /** True when `payload` would change nothing on `record` (map's comparison of the entity). */
  same(record: StoredRecord, payload: Record<string, unknown>): boolean;
}

const none = (status: UndoStop, reason: UndoReason): RecordUndo => ({ action: 'none', status, reason });

export function decideRecordUndo(change: RunChange, look: UndoLookup): RecordUndo {
  if (change.did === 'created') return undoCreate(change, look);
  if (change.did === 'updated') return undoUpdate(change, look);
  return undoDelete(change, look);
}

/** Fields of `values` on which `record` differs from it. */
function differing(look: UndoLookup, record: StoredRecord, values: Record<string, unknown>): string[] {
  return Object.entries(values)
    .filter(([field, value]) => !look.same(record, { [field]: value }))
    .map(([field]) => field);
}

function undoCreate(change: RunChange, look: UndoLookup): RecordUndo {
  if (!change.after) return none('cannot_undo', { code: 'NO_BEFORE_IMAGE' });
  let record = typeof change.id === 'number' ? look.index.byId(change.id) : undefined;
  if (!record && change.id === undefined) {
    // No id (a keyless create, or its answer was lost): a record created after the request left, with
    // the row's key — or, keyless, with every value the run created it with — is the run's.
    const sentAt = Date.parse(change.at) - CREATED_AT_MARGIN_MS;
    const after = change.after;
    const candidates = change.key ? look.index.byKey(change.key) : look.index.all();
    const ours = [...candidates].filter(
      (r) => Date.parse(r.created_at) >= sentAt && (change.key !== undefined || look.same(r, after)),
    );
    if (ours.length > 1) return none('cannot_undo', { code: 'UNDO_IN_DOUBT' });
    record = ours[0];
    // A keyless create the run confirmed, now nowhere to be found as created: changed since, or gone.
    if (!record && !change.key && change.certain) return none('cannot_undo', { code: 'UNDO_IN_DOUBT' });
  }
  if (!record) return none('unchanged', { code: 'ALREADY_UNDONE' });
  const changed = differing(look, record, change.after);
  if (changed.length > 0) return none('conflict', { code: 'CHANGED_SINCE', fields: changed });
  return { action: 'delete', id: record.id, record };
}

function undoUpdate(change: RunChange, look: UndoLookup): RecordUndo {
  const { before, after } = change;
  if (!before || !after || typeof change.id !== 'number') {
    return none('cannot_undo', { code: 'NO_BEFORE_IMAGE' });
  }
  const record = look.index.byId(change.id);
  if (!record) return none('conflict', { code: 'RECORD_GONE' });
  const changed = differing(look, record, after);
  if (changed.length === 0) {
    const fields = Object.keys(before);
    return { action: 'restore', id: record.id, body: restoreBody(before), fields };
  }
  // Every field as it was before the run: undone already, or the update never happened.
  if (differing(look, record, restoreBody(before)).length === 0) {
    return none('unchanged', { code: 'ALREADY_UNDONE' });
  }
  return none('conflict', { code: 'CHANGED_SINCE', fields: changed });
}

function undoDelete(change: RunChange, look: UndoLookup): RecordUndo {
  const { before } = change;
  if (!before) return none('cannot_undo', { code: 'NO_BEFORE_IMAGE' });
  // Still there: the delete never happened (a run killed as it left).
  if (typeof change.id === 'number' && look.index.byId(change.id)) {
    return none('unchanged', { code: 'ALREADY_UNDONE' });
  }
  const key = typeof before[look.keyField] === 'string' ? (before[look.keyField] as string) : undefined;
  const there = key ? look.index.byKey(key) : [];
  if (there.length > 0) return none('conflict', { code: 'KEY_EXISTS', id: there[0].id });
  return { action: 'recreate', body: recreateBody(before), key: key || undefined };
}

/** Fields the server sets itself: never sent back. */
const SERVER_FIELDS = new Set(['id', 'created_at', 'updated_at']);

/** A unit as the API takes it: the stored unit's own id left out. */
function unitsBody(units: unknown): unknown {
  if (!Array.isArray(units)) return units;
  return units.map((u: Record<string, unknown>) => ({ name: u.name, price: u.price, ratio: u.ratio }));
}

/**
 * The body that gives fields back their previous values (a PATCH): null clears a text field;
 * a list the record did not have becomes an empty list.
 */
export function restoreBody(before: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(before)) {
    if (SERVER_FIELDS.has(field)) continue;
    if (field === 'tags' && value === null) body[field] = [];
    else body[field] = field === 'product_units' ? unitsBody(value) : value;
  }
  return body;
}

/** The body that creates a deleted record again (a POST): its fields, without ids, times and nulls. */
export function recreateBody(record: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (SERVER_FIELDS.has(field) || value === null || value === undefined) continue;
    body[field] = field === 'product_units' ? unitsBody(value) : value;
  }
  return body;
}
