/**
 * The before-images a run journals on its `sending` lines, so that `undo` can take the write back
 * (docs/journal.md, "Before-images"; docs/UNDO.md).
 */
import type { BeforeImage } from '../journal/index.js';
import type { StoredRecord } from './record-api.js';

/**
 * An update: for each field of the payload that changes the record, its stored value (`before`) and
 * the value sent (`after`). Fields the payload repeats unchanged are left out: undo restores only what
 * the run changed, and a later edit of a field the run did not change is no conflict.
 */
export function updateImage(
  record: StoredRecord,
  payload: Record<string, unknown>,
  isUnchanged: (record: StoredRecord, payload: Record<string, unknown>) => boolean,
): BeforeImage {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(payload)) {
    if (value === undefined || isUnchanged(record, { [field]: value })) continue;
    before[field] = record[field] ?? null;
    after[field] = value;
  }
  return { id: record.id, before, after };
}

/** A delete: the whole record, to create it again from. */
export function deleteImage(record: StoredRecord): BeforeImage {
  return { id: record.id, before: { ...record } };
}

/** A create: the values it creates with (its new id goes on the `done` line). */
export function createImage(body: unknown): BeforeImage {
  return { after: { ...(body as Record<string, unknown>) } };
}
