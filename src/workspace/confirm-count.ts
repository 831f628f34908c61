/**
 * The page's typed-count confirmation of destructive runs (docs/GUARDS.md, "On the web page"): an
 * apply of a plan that deletes, and an undo that deletes, cancels or creates records again, start only
 * with the number typed in the form. The page cannot ask on a terminal, so the server checks the
 * field before anything starts, and the run layer's own callbacks check again with what the run
 * finds (the plan's delete count; the undo's decided counts, never more than the number typed).
 */
import { statSync } from 'node:fs';
import { localizedRunError } from '../i18n/index.js';
import { countUndoOfJournal, recordsToConfirm, type UndoCounts } from '../run/index.js';

/** As on the terminal: spaces and thousands separators (`1.000`, `1,000`) are no mistake. */
export function typedMatches(typed: string | undefined, count: number): boolean {
  return typed !== undefined && typed.replace(/[\s.,]/g, '') === String(count);
}

/** Refuses (DELETE_NOT_CONFIRMED) unless `count` is 0 or was typed. */
export function requireTyped(count: number, typed: string | undefined): void {
  if (count === 0 || typedMatches(typed, count)) return;
  throw localizedRunError('DELETE_NOT_CONFIRMED', 'confirm.wrongCount', {
    typed: String(count),
    answer: (typed ?? '').slice(0, 40),
  });
}

/** apply's `confirmDelete`: the plan file's own delete count must be the number confirmed. */
export function applyConfirmation(confirmed: number) {
  return async (count: number): Promise<void> => requireTyped(count, String(confirmed));
}

/** undo's `confirm`: what the undo decided to delete, cancel or re-create is no more than confirmed. */
export function undoConfirmation(confirmed: number) {
  return async (counts: UndoCounts): Promise<void> => {
    const count = recordsToConfirm(counts);
    if (count <= confirmed) return;
    throw localizedRunError('DELETE_NOT_CONFIRMED', 'confirm.moreThanConfirmed', {
      count,
      typed: String(confirmed),
    });
  };
}

/**
 * What an undo of a run would do at most, from its journal, read again only when the journal grew
 * (a resume appends to it): the Runs page shows the number beside each Undo.
 */
export class UndoCountCache {
  private readonly known = new Map<string, { size: number; counts: UndoCounts | undefined }>();

  get(journalFile: string): UndoCounts | undefined {
    let size: number;
    try {
      size = statSync(journalFile).size;
    } catch {
      return undefined;
    }
    const cached = this.known.get(journalFile);
    if (cached?.size === size) return cached.counts;
    const counts = countUndoOfJournal(journalFile);
    this.known.set(journalFile, { size, counts });
    return counts;
  }
}
