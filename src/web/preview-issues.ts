/**
 * Errors and warnings in the import page's preview grid, told apart: a row with only warnings (a
 * leading zero put back, MAP_ZERO_RESTORED) is valid and is sent, so it is counted on its own and its
 * cells are marked in another style — a dashed amber outline and a ⚠ sign, not the colour alone, and
 * "Warning:" for screen readers — with the message in the cell and its tooltip, as an error's.
 */
import { html } from 'hono/html';
import type { CellIssue, PreviewRow } from '../workspace/index.js';
import type { Tr } from './context.js';

/** Rows with an error (not sent) and rows valid with only warnings (sent as shown). */
export function rowCounts(rows: readonly PreviewRow[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const row of rows) {
    if (row.status === 'invalid' || row.issues.some((i) => i.severity === 'error')) errors += 1;
    else if (row.issues.length > 0) warnings += 1;
  }
  return { errors, warnings };
}

export function previewNotice(text: Tr, errors: number, warnings: number) {
  if (errors === 0 && warnings === 0) {
    return html`<p class="notice ok" role="status">${text('web.import.allValid')}</p>`;
  }
  return html`<div role="status" data-preview-counts>
    ${
      errors > 0
        ? html`<p class="notice error" data-error-rows="${errors}">
            ${text('preview.errorRows', { count: errors })}
          </p>`
        : html`<p class="notice ok">${text('preview.noErrors')}</p>`
    }
    ${
      warnings > 0
        ? html`<p class="notice warn" data-warning-rows="${warnings}">
            <span aria-hidden="true">⚠</span> ${text('preview.warningRows', { count: warnings })}
          </p>`
        : ''
    }
  </div>`;
}

/** A cell with issues: the error style when one of them is an error, else the warning style. */
export function issueCell(text: Tr, value: string, issues: readonly CellIssue[]) {
  const title = issues.map((i) => i.message).join('\n');
  if (issues.some((i) => i.severity === 'error')) {
    return html`<td class="invalid" data-invalid="true" title="${title}">
      <span class="sr-only">${text('preview.errorLabel')}</span>
      ${value}${issues.map((i) => html`<small>${i.message}</small>`)}
    </td>`;
  }
  return html`<td class="warning" data-warning="true" title="${title}">
    <span class="sign" aria-hidden="true">⚠</span><span class="sr-only">${text('preview.warningLabel')}</span>
    ${value}${issues.map((i) => html`<small>${i.message}</small>`)}
  </td>`;
}

/** An issue of no column of the grid, in the messages column, labelled as what it is. */
export function issueNote(text: Tr, issue: CellIssue) {
  const warning = issue.severity === 'warning';
  return html`<small class="${warning ? 'note-warning' : 'note-error'}"
    >${warning ? html`<span aria-hidden="true">⚠</span> ` : ''}<span class="sr-only"
      >${text(warning ? 'preview.warningLabel' : 'preview.errorLabel')}</span
    >
    ${issue.message}</small
  > `;
}
