/**
 * What an undo is about to do, counted before it sends anything, so that a destructive undo asks
 * first (docs/GUARDS.md): the CLI types the number on a terminal, the page checks a typed number.
 */
import { changesOf, readJournal, type JournalState } from '../journal/index.js';
import type { UndoSender } from '../push/index.js';
import type { RunChange } from '../journal/index.js';
import type { SourceRow } from '../types.js';

/** Changes undo will send, per kind of write (the undo sheet's `undo` column). */
export interface UndoCounts {
  delete: number;
  restore: number;
  recreate: number;
  cancel: number;
}

/**
 * The records whose existence the undo changes — deletes of created records, cancellations of
 * created orders, re-creations of deleted records — the number a person must type. Restores put
 * fields back on records that stay, as an update does, and are not asked about.
 */
export function recordsToConfirm(c: UndoCounts): number {
  return c.delete + c.cancel + c.recreate;
}

/** Changes decided at once, as the undo's own window sends them. */
const BATCH = 64;

/**
 * Decides every change still to do, as `--plan` does (against the records the undo read; an order
 * is read by its id), and counts those undo will send. `changes` latest first, as the undo sends them.
 */
export async function countUndo(
  send: UndoSender,
  entity: string,
  changes: readonly RunChange[],
  previous: JournalState | undefined,
  signal: AbortSignal,
): Promise<UndoCounts> {
  const counts: UndoCounts = { delete: 0, restore: 0, recreate: 0, cancel: 0 };
  for (let start = 0; start < changes.length && !signal.aborted; start += BATCH) {
    const batch = changes.slice(start, start + BATCH).map(async (change, j) => {
      const rowNumber = start + j + 2;
      if (previous?.done.has(rowNumber)) return;
      const source: SourceRow = { rowNumber, cells: { entity } };
      const r = await send(source, change, true);
      if (r.status === 'valid' && r.action !== 'none') counts[r.action] += 1;
    });
    await Promise.all(batch);
  }
  return counts;
}

/**
 * The same counts from the journal alone, without reading the server: what undo does at most (a
 * record changed or undone since is left alone). The page shows and checks this number before it
 * starts an undo; the undo then asks about no more than that.
 */
export function countUndoFromJournal(state: JournalState): UndoCounts {
  const counts: UndoCounts = { delete: 0, restore: 0, recreate: 0, cancel: 0 };
  const entity = state.header.entity;
  if (entity === 'visits') return counts;
  for (const change of changesOf(state)) {
    if (change.did === 'created') counts[entity === 'orders' ? 'cancel' : 'delete'] += 1;
    else if (change.did === 'updated') counts.restore += 1;
    else counts.recreate += 1;
  }
  return counts;
}

/** `countUndoFromJournal` of a journal file; undefined when it cannot be read as one. */
export function countUndoOfJournal(journalFile: string): UndoCounts | undefined {
  const state = readJournal(journalFile);
  return state ? countUndoFromJournal(state) : undefined;
}
