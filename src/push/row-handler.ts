import { isInterrupted } from '../errors.js';
import { rowText } from '../i18n/index.js';
import type { JournalState } from '../journal/index.js';
import type { MappedRow, RowIssue, RowOutcome, SourceRow } from '../types.js';
import { keyText, type DuplicateScreen } from './duplicate-screen.js';
import { FirstRows } from './first-rows.js';
import { heldAsWarnings } from './stored-values.js';

/** Sends one valid row and tells what happened (entity- and mode-specific). */
export type RowSender = (row: Extract<MappedRow<unknown>, { ok: true }>) => Promise<RowOutcome>;

export interface RowHandlerOptions {
  /** Undefined for `validate`: nothing is sent, valid rows end `valid`. */
  send?: RowSender;
  /** What an earlier run of the same file finished, when resuming. */
  previous?: JournalState;
  /** The key field's file header, for DUPLICATE_IN_FILE issues. */
  keyColumn?: string;
  /**
   * Keys that may repeat, from a read-through pass over the whole file: only those are remembered.
   * Without it every key is remembered to the end of the file.
   */
  screen?: DuplicateScreen;
  /**
   * Without a sender: the issues that make a valid row invalid all the same, from the decision the
   * sender would take (decide.ts), so that validate and import never disagree about a row.
   */
  check?: (row: Extract<MappedRow<unknown>, { ok: true }>) => RowIssue[];
  /**
   * True when a request of this row left (its `sending` line is journaled): a row the stop cuts
   * short after that is `in_doubt`, never `not_sent` (which promises nothing reached the server).
   */
  requestLeft?: (rowNumber: number) => boolean;
}

/**
 * Decides one row. `close()` frees the key index (its temporary file) once no more rows come: each
 * row's key is looked up as the handler is called, before it awaits anything.
 */
export type RowHandler = ((row: MappedRow<unknown>) => Promise<RowOutcome>) & { close(): void };

/**
 * The per-row decisions every entity shares, called in input order: invalid rows, rows an
 * earlier run already finished, keys repeated within the file, then the entity's sender.
 */
export function createRowHandler(options: RowHandlerOptions): RowHandler {
  // The first row of each key that may repeat (all keys without a screen), kept to the end.
  const firstRowOfKey = new FirstRows();
  const { screen } = options;
  const handle = async (row: MappedRow<unknown>): Promise<RowOutcome> => {
    if (!row.ok) return { source: row.source, status: 'invalid', issues: row.issues, attempts: 0 };
    // The key as one string only for the screen: the index takes it in two parts (first-rows.ts).
    if (row.key && (!screen || screen.mayRepeat(keyText(row.key)))) {
      const first = firstRowOfKey.firstRowOf(
        row.key.kind === 'id' ? 'id:' : 'ext:',
        String(row.key.value),
        row.source.rowNumber,
      );
      if (first !== undefined) {
        const issue: RowIssue = {
          code: 'DUPLICATE_IN_FILE',
          column: row.key.kind === 'id' ? undefined : options.keyColumn,
          ...rowText(row.key.kind === 'id' ? 'row.key.duplicateId' : 'row.key.duplicate', {
            key: row.key.value,
            row: first,
          }),
        };
        return { source: row.source, status: 'invalid', issues: [issue], attempts: 0 };
      }
    }
    // After the key is noted, so a later duplicate of a finished row is still caught.
    const done = options.previous?.done.get(row.source.rowNumber);
    if (done)
      return {
        source: row.source,
        status: done.status,
        id: done.id,
        issues: done.issues,
        attempts: done.attempts,
      };
    if (!options.send) {
      const issues = options.check?.(row) ?? [];
      if (issues.length > 0) return { source: row.source, status: 'invalid', issues, attempts: 0 };
      const held = row.unlessStored
        ? heldAsWarnings(row.payload as Record<string, unknown>, row.unlessStored)
        : [];
      return { source: row.source, status: 'valid', issues: [...(row.warnings ?? []), ...held], attempts: 0 };
    }
    try {
      const outcome = await options.send(row);
      // The row's warnings (a phone whose 0 was put back) belong in the result sheet too.
      return row.warnings ? { ...outcome, issues: [...row.warnings, ...outcome.issues] } : outcome;
    } catch (err) {
      if (!isInterrupted(err)) throw err;
      return interruptedOutcome(row.source, undefined, options.requestLeft?.(row.source.rowNumber) ?? false);
    }
  };
  return Object.assign(handle, { close: () => firstRowOfKey.close() });
}

/** Why a row the run did not finish because it was stopped is `not_sent`: `--resume` sends it. */
export function interruptedIssue(message?: string, inFlight = false): RowIssue {
  if (message !== undefined) return { code: 'INTERRUPTED', message };
  return { code: 'INTERRUPTED', ...rowText(inFlight ? 'row.interruptedInFlight' : 'row.interrupted') };
}

/**
 * A row the run did not finish because it was stopped: `not_sent` when its request never left
 * (nothing reached the server), `in_doubt` when it was still on the wire (`inFlight`).
 */
export function interruptedOutcome(source: SourceRow, message?: string, inFlight = false): RowOutcome {
  return {
    source,
    status: inFlight ? 'in_doubt' : 'not_sent',
    issues: [interruptedIssue(message, inFlight)],
    attempts: inFlight ? 1 : 0,
  };
}
