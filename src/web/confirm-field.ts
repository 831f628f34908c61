/**
 * The field beside a button that starts a run that deletes: the person types the number of records
 * (docs/GUARDS.md, "On the web page"); the workspace refuses the POST without it, so the field is
 * the page's form of the CLI's question, not a check of its own.
 */
import { html } from 'hono/html';
import { recordsToConfirm, type UndoCounts } from '../run/index.js';
import type { Tr } from './context.js';

/** The input named `confirm`, labelled with what it confirms; nothing when `count` is 0. */
export function confirmField(id: string, label: string, count: number) {
  if (count === 0) return '';
  return html`<p class="confirm-count">
    <label for="${id}">${label}</label>
    <input
      id="${id}"
      name="confirm"
      type="text"
      inputmode="numeric"
      autocomplete="off"
      required
      pattern="[0-9 .,]+"
      data-confirm-count="${count}"
    />
  </p>`;
}

/** Undo's field, with what undo does at most; `counts` from the run's journal. */
export function undoConfirmField(text: Tr, runId: string, counts: UndoCounts | undefined) {
  const count = counts ? recordsToConfirm(counts) : 0;
  if (!counts || count === 0) return '';
  return html`<p class="muted" data-undo-counts>
      ${text('confirm.undoCounts', {
        deletes: counts.delete,
        cancels: counts.cancel,
        recreates: counts.recreate,
        restores: counts.restore,
      })}
    </p>
    ${confirmField(`confirm-${runId}`, text('confirm.undoLabel', { count }), count)}`;
}
