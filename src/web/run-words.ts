/**
 * A run's counts in the words of the page's language, as the CLI's summary names them
 * (`dibuat [created] 6`): the status or action code stays in brackets for people who search it.
 */
import { formatNumber, type Lang, type MessageKey } from '../i18n/index.js';
import type { RunView } from '../workspace/index.js';
import type { Tr } from './context.js';

/** `created 6` → `dibuat [created] 6`, in the order the counts came. */
export function statusCounts(text: Tr, lang: Lang, counts: Record<string, number | undefined>): string {
  return Object.entries(counts)
    .filter(([, n]) => n !== undefined)
    .map(([status, n]) => `${text(`summary.status.${status}` as MessageKey)} ${formatNumber(n ?? 0, lang)}`)
    .join(', ');
}

/** A plan's row action (`create`) in the page's words (`buat [create]`). */
export function actionText(text: Tr, action: string): string {
  return text(`plan.action.${action}` as MessageKey);
}

export function actionCounts(text: Tr, lang: Lang, actions: Record<string, number | undefined>): string {
  return Object.entries(actions)
    .filter(([, n]) => n !== undefined)
    .map(([action, n]) => `${actionText(text, action)} ${formatNumber(n ?? 0, lang)}`)
    .join(', ');
}

/** What an undo run takes back, counted per undo action (`hapus [delete] 120`). */
export function undoActionCounts(text: Tr, lang: Lang, run: RunView): string | undefined {
  const undo = run.summary?.undoActions;
  if (!undo || Object.keys(undo).length === 0) return undefined;
  return Object.entries(undo)
    .map(([action, n]) => `${text(`undo.action.${action}` as MessageKey)} ${formatNumber(n ?? 0, lang)}`)
    .join(', ');
}

const MODE_KEYS: Record<string, MessageKey> = {
  create: 'web.import.modeCreate',
  update: 'web.import.modeUpdate',
  upsert: 'web.import.modeUpsert',
  delete: 'web.import.modeDelete',
  'update-status': 'web.import.modeUpdateStatus',
};

/**
 * What a run is, in the page's words: `impor · Pelanggan · buat data baru`. An undo has no mode of
 * its own (the one it takes back is on the run it links to), so it is `pengurungan (undo) · Pelanggan`.
 */
export function runLabel(text: Tr, run: RunView): string {
  const kind = text(`web.runs.kinds.${run.kind}` as MessageKey);
  const entity = text(`web.entities.${run.entity}` as MessageKey);
  const mode = MODE_KEYS[run.mode];
  return run.kind === 'undo' || !mode ? `${kind} · ${entity}` : `${kind} · ${entity} · ${text(mode)}`;
}
