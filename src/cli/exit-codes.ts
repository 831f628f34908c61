import { isRunError } from '../errors.js';
import type { RowStatus } from '../types.js';

/** Every exit code of the tool, decided here and nowhere else (README: "Exit codes"). */
export const EXIT = {
  ok: 0,
  runFailed: 1,
  rowsFailed: 2,
  rowsInDoubt: 3,
  /** The export file was written but a destination (e-mail, SFTP) did not get it. */
  deliveryFailed: 4,
  sigint: 130,
  sigterm: 143,
} as const;

export type Interruption = 'SIGINT' | 'SIGTERM';

/** A finished run: in-doubt rows outrank failures, since they need a person to check the server. */
export function exitCodeForCounts(counts: Partial<Record<RowStatus, number>>): number {
  if ((counts.in_doubt ?? 0) > 0) return EXIT.rowsInDoubt;
  if ((counts.invalid ?? 0) > 0 || (counts.failed ?? 0) > 0 || (counts.conflict ?? 0) > 0)
    return EXIT.rowsFailed;
  return EXIT.ok;
}

/** An undo: a change left as it was (conflict, cannot_undo) counts as a row not done (docs/UNDO.md). */
export function exitCodeForUndo(counts: Partial<Record<RowStatus, number>>): number {
  const code = exitCodeForCounts(counts);
  if (code !== EXIT.ok) return code;
  return (counts.conflict ?? 0) + (counts.cannot_undo ?? 0) > 0 ? EXIT.rowsFailed : EXIT.ok;
}

export function exitCodeForInterruption(signal: Interruption): number {
  return signal === 'SIGINT' ? EXIT.sigint : EXIT.sigterm;
}

export function exitCodeForError(err: unknown): number {
  if (isRunError(err) && err.code === 'INTERRUPTED') return EXIT.sigterm;
  return EXIT.runFailed;
}
