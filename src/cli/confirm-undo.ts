/**
 * The question in front of an undo that deletes, cancels or creates records again (docs/GUARDS.md):
 * as `--mode delete`, the person types the number, or gives `--yes`; without a terminal and without
 * `--yes` the undo stops with DELETE_NEEDS_YES. The undo asks once it decided every change (it read
 * the records, sent nothing), so the question names what it will really do.
 */
import type { UndoCounts } from '../run/index.js';
import { localizedRunError, t } from '../i18n/index.js';
import { canAsk, confirmTyped, type DeleteConsentOptions } from './confirm-delete.js';
import { undoNeedsYesKey, undoPromptKey } from './delete-question.js';

/** `count`: the records to confirm (`recordsToConfirm(counts)` of the run layer). */
export async function confirmUndo(
  counts: UndoCounts,
  count: number,
  entity: string,
  o: DeleteConsentOptions,
): Promise<void> {
  if (o.yes || count === 0) return;
  if (!canAsk(o)) throw localizedRunError('DELETE_NEEDS_YES', undoNeedsYesKey(entity), { count, entity });
  const question = t(undoPromptKey(entity), {
    entity,
    deletes: counts.delete,
    cancels: counts.cancel,
    recreates: counts.recreate,
    restores: counts.restore,
    typed: String(count),
  });
  await confirmTyped(count, question, o, 'confirm');
}
