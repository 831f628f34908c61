/**
 * A plan run's page part — the counts per action, the table of changes read back from its plan sheet,
 * and the button that carries out exactly that plan — and an ended run's undo buttons (docs/WEB.md).
 */
import { html } from 'hono/html';
import type { PlanChange, RunView } from '../workspace/index.js';
import { href, type Tr, type WebContext, type WebDeps } from './context.js';
import { csrfField } from './layout.js';
import { confirmField, undoConfirmField } from './confirm-field.js';
import { actionCounts, actionText } from './run-words.js';

export function planSection(
  c: WebContext,
  deps: WebDeps,
  text: Tr,
  run: RunView,
  changes: { rows: PlanChange[]; total: number } | undefined,
) {
  const actions = run.summary?.actions ?? {};
  const counts = actionCounts(text, c.get('lang'), actions);
  const more = changes ? changes.total - changes.rows.length : 0;
  return html`<section class="card" data-plan>
    <h2>${text('webPlan.actions')}</h2>
    <p data-actions>${text('webPlan.actionCounts', { counts })}</p>
    <h2>${text('webPlan.changes')}</h2>
    ${
      !changes || changes.total === 0
        ? html`<p>${text('webPlan.noChanges')}</p>`
        : html`<div class="scroll">
              <table data-changes>
                <thead>
                  <tr>
                    <th scope="col">${text('webPlan.row')}</th>
                    <th scope="col">${text('webPlan.action')}</th>
                    <th scope="col">${text('webPlan.id')}</th>
                    <th scope="col">${text('webPlan.change')}</th>
                    <th scope="col">${text('webPlan.flags')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${changes.rows.map(
                    (r) =>
                      html`<tr data-action="${r.action}">
                        <td>${r.row}</td>
                        <td>${actionText(text, r.action)}</td>
                        <td>${r.id}</td>
                        <td class="changes">
                          ${r.changes}${r.reason ? html`<span class="muted">${r.reason}</span>` : ''}
                        </td>
                        <td>${r.flags}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${more > 0 ? html`<p class="muted">${text('webPlan.moreRows', { count: more })}</p>` : ''}`
    }
    ${
      run.applicable
        ? html`<form method="post" action="${href(deps, `/runs/${run.id}/apply`)}">
            ${csrfField(c)}
            <p class="muted">${text('webPlan.applyHint')}</p>
            ${confirmField(
              'confirm-apply',
              text('confirm.applyLabel', { count: actions.delete ?? 0 }),
              actions.delete ?? 0,
            )}
            <button type="submit">${text('webPlan.apply')}</button>
          </form>`
        : ''
    }
  </section>`;
}

/** Undo, and its preview (`undo --plan`), for a run an undo can take back. */
export function undoForms(c: WebContext, deps: WebDeps, text: Tr, run: RunView, hint = true) {
  if (!run.undoable) return '';
  const action = href(deps, `/runs/${run.id}/undo`);
  return html`<form method="post" action="${action}" class="actions">
    ${csrfField(c)} ${hint ? html`<p class="muted">${text('webPlan.undoHint')}</p>` : ''}
    ${undoConfirmField(text, run.id, deps.workspace.undoCounts(run.id))}
    <button type="submit" class="secondary" name="plan" value="1" formnovalidate>
      ${text('webPlan.undoPlan')}
    </button>
    <button type="submit" class="danger">${text('web.runs.undo')}</button>
  </form>`;
}

/** What an apply or undo starts from, as a link. */
export function sourceLine(deps: WebDeps, text: Tr, run: RunView) {
  if (!run.source || (run.kind !== 'apply' && run.kind !== 'undo')) return '';
  const key = run.kind === 'apply' ? 'webPlan.applies' : 'webPlan.undoes';
  return html` ·
    <a href="${href(deps, `/runs/${run.source}`)}">${text(key, { id: run.source.slice(0, 8) })}</a>`;
}
