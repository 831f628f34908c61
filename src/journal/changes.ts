/**
 * What a run changed on the server, read from its journal: the input of `undo` (docs/UNDO.md).
 * Pure: a journal state in, a list of changes out, in the order the run made them.
 */
import type { JournalState, SendingEntry } from './journal-file.js';

export interface RunChange {
  /** The row of the run's input (or of an undo's sheet) that made the change. */
  row: number;
  did: 'created' | 'updated' | 'deleted';
  /**
   * False when the request left and no answer was recorded (killed, stopped, `in_doubt`): the change
   * may or may not have happened, and only the server can tell.
   */
  certain: boolean;
  /** The record: for a create, the new id from its `done` line (when known). */
  id?: string | number;
  /** A create's natural key (`ext_cust_no`, `ext_product_code`, `ext_order_no`), to find it by. */
  key?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  /** When the request left (ISO). */
  at: string;
}

const DID: Record<SendingEntry['op'], RunChange['did']> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
};

/**
 * Every write the run made or may have made. A row whose request left and ended `created`,
 * `updated` or `deleted` made that change; one whose answer never came (no `done`, or `in_doubt`)
 * may have; any other outcome (failed, unchanged after a resume found it so) changed nothing.
 */
export function changesOf(state: Pick<JournalState, 'sent' | 'done'>): RunChange[] {
  const changes: RunChange[] = [];
  for (const [row, sending] of state.sent) {
    const did = DID[sending.op];
    const done = state.done.get(row);
    const certain = done?.status === did;
    if (done && !certain && done.status !== 'in_doubt') continue;
    changes.push({
      row,
      did,
      certain,
      id: sending.id ?? done?.id,
      key: sending.key,
      before: sending.before,
      after: sending.after,
      at: sending.at,
    });
  }
  return changes;
}
