/**
 * Import, step 2: the sheet, the columns and what each goes to, the preview with invalid cells, then
 * validate, plan or import (a background run of the workspace, shown on the run's page). A plan's
 * page shows its changes and carries it out (plan-view.ts): the run then is exactly that plan.
 * Every change of a drop-down posts the whole form and the answer replaces it: a newer change cancels
 * the request still on its way (`hx-sync`), else that older answer would put back a choice made after it.
 */
import { html } from 'hono/html';
import type { Hono } from 'hono';
import { importModes } from '../map/index.js';
import type { ImportEntity, ImportMode } from '../types.js';
import type { Inspection } from '../workspace/index.js';
import { href, type WebContext, type WebDeps, type WebEnv } from './context.js';
import { tr } from './lang.js';
import { csrfField, layout } from './layout.js';
import { errorNotice } from './errors-view.js';
import { choicesApply, importEntity, MAPPED_SHEET, mappingFrom, type FormValues } from './import-mapping.js';
import { columnsTable, previewGrid } from './import-view.js';
import { fileNotes } from './import-notes.js';
import { fittingSheet } from './sheet-pick.js';

const MODES: [ImportMode, string][] = [
  ['create', 'web.import.modeCreate'],
  ['update', 'web.import.modeUpdate'],
  ['upsert', 'web.import.modeUpsert'],
  ['delete', 'web.import.modeDelete'],
  ['update-status', 'web.import.modeUpdateStatus'],
];

/** The entity's modes only (the CLI's rules): a mode it cannot run is never offered nor previewed. */
function modesOf(entity: ImportEntity): [ImportMode, string][] {
  const allowed = importModes(entity);
  return MODES.filter(([m]) => allowed.includes(m));
}

function mode(value: unknown, entity: ImportEntity): ImportMode {
  return modesOf(entity).find(([m]) => m === value)?.[0] ?? 'create';
}

interface Checked {
  base: Inspection;
  seen: Inspection;
  mapping: Record<string, string>;
}

/** The saved entries for this file's headers only: a mapping made for another file may name others. */
function savedFor(saved: Record<string, string> | undefined, base: Inspection): Record<string, string> {
  const headers = new Set(base.columns.map((c) => c.header));
  return Object.fromEntries(Object.entries(saved ?? {}).filter(([header]) => headers.has(header)));
}

/** The file as detected, then (when the drop-downs changed anything) as the user maps it. */
async function check(deps: WebDeps, c: WebContext, values: FormValues): Promise<Checked> {
  const uploadId = c.req.param('id') ?? '';
  const entity = importEntity(values.entity);
  const chosen = typeof values.sheet === 'string' && values.sheet !== '' ? values.sheet : undefined;
  const lang = c.get('lang');
  const asked = await deps.workspace.inspect(uploadId, entity, {
    sheet: chosen,
    lang,
    mode: mode(values.mode, entity),
  });
  // No sheet chosen yet: a workbook whose first worksheet is instructions opens on its data (sheet-pick.ts).
  const picked = chosen
    ? { inspection: asked }
    : await fittingSheet(deps.workspace, tr(c), asked, { entity, mode: mode(values.mode, entity), lang });
  const base = picked.inspection;
  const sheet = base.sheet;
  // The first look at a file (or at another of its sheets) uses the mapping saved for the entity, if
  // any ("for next time").
  const fresh = !choicesApply(values, base.sheet);
  const mapping = fresh
    ? savedFor(await deps.workspace.savedMapping(entity), base)
    : mappingFrom(values, base.columns);
  const seen =
    Object.keys(mapping).length === 0
      ? base
      : await deps.workspace.inspect(uploadId, entity, {
          sheet,
          lang,
          mapping,
          mode: mode(values.mode, entity),
        });
  if (picked.note) seen.warnings = [picked.note, ...seen.warnings];
  return { base, seen, mapping };
}

async function checkPage(c: WebContext, deps: WebDeps, values: FormValues, notice?: string) {
  const text = tr(c);
  const uploadId = c.req.param('id') ?? '';
  let content;
  try {
    const { base, seen, mapping } = await check(deps, c, values);
    const action = href(deps, `/import/${uploadId}`);
    const chosenMode = mode(values.mode, seen.entity);
    content = html`${notice ? html`<p class="notice ok" role="status">${notice}</p>` : ''}
      <form
        method="post"
        action="${action}"
        hx-post="${action}"
        hx-trigger="change"
        hx-sync="this:replace"
        autocomplete="off"
        hx-target="#main"
        hx-select="#main"
        hx-swap="outerHTML"
      >
        ${csrfField(c)}
        <input type="hidden" name="entity" value="${seen.entity}" />
        <input type="hidden" name="${MAPPED_SHEET}" value="${seen.sheet ?? ''}" />
        ${
          seen.sheets && seen.sheets.length > 0
            ? html`<div class="field">
                <label for="sheet">${text('web.import.sheet')}</label>
                <select id="sheet" name="sheet">
                  ${seen.sheets.map((s) => html`<option value="${s}" ${s === seen.sheet ? 'selected' : ''}>${s}</option>`)}
                </select>
              </div>`
            : ''
        }
        ${fileNotes(text, seen)} ${columnsTable(text, base, mapping)}
        <div class="actions">
          <button type="submit" class="secondary">${text('web.import.update')}</button>
          <button type="submit" class="secondary" formaction="${action}/mapping">
            ${text('web.import.saveMapping')}
          </button>
        </div>
        ${seen.error ? html`<p class="notice error" role="alert">${seen.error.message} [${seen.error.code}]</p>` : ''}
        ${previewGrid(text, seen)}
        <div class="field">
          <label for="mode">${text('web.import.mode')}</label>
          <select id="mode" name="mode">
            ${modesOf(seen.entity).map(([m, key]) => html`<option value="${m}" ${m === chosenMode ? 'selected' : ''}>${text(key as never)}</option>`)}
          </select>
        </div>
        <div class="actions">
          <button type="submit" class="secondary" name="kind" value="validate" formaction="${action}/run">
            ${text('web.import.validate')}
          </button>
          <button type="submit" name="kind" value="plan" formaction="${action}/run">
            ${text('web.import.plan')}
          </button>
          <button type="submit" name="kind" value="import" formaction="${action}/run">
            ${text('web.import.run')}
          </button>
        </div>
      </form>`;
  } catch (err) {
    content = errorNotice(c, err, deps.logger);
  }
  return c.html(layout(c, deps, text('web.import.title'), content, 'import'));
}

/** The check page's GET address with the form's choices (never its CSRF token). */
function pageAddress(deps: WebDeps, uploadId: string, values: FormValues): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    const kept =
      name === 'entity' ||
      name === 'sheet' ||
      name === 'mode' ||
      name === MAPPED_SHEET ||
      /^col\.\d+$/.test(name);
    if (kept && typeof value === 'string') query.append(name, value);
  }
  return href(deps, `/import/${uploadId}?${query.toString()}`);
}

export function checkRoutes(app: Hono<WebEnv>, deps: WebDeps): void {
  app.get('/import/:id', (c) => checkPage(c, deps, c.req.query()));
  app.post('/import/:id', async (c) => {
    const values = await c.req.parseBody();
    // The address bar follows the drop-downs: a reload, Back from a run or the address opened in another
    // tab shows the file with the choices made, not as first detected. The form has autocomplete off so
    // that the browser does not put back on a reload values of its own over what the server shows.
    if (c.req.header('hx-request')) c.header('HX-Replace-Url', pageAddress(deps, c.req.param('id'), values));
    return checkPage(c, deps, values);
  });

  app.post('/import/:id/mapping', async (c) => {
    const values = await c.req.parseBody();
    try {
      const { seen, mapping } = await check(deps, c, values);
      const saved = await deps.workspace.saveMapping(seen.entity, mapping);
      return checkPage(c, deps, values, tr(c)('web.import.mappingSaved', { name: saved.name }));
    } catch (err) {
      const text = tr(c);
      return c.html(
        layout(c, deps, text('web.import.title'), errorNotice(c, err, deps.logger), 'import'),
        400,
      );
    }
  });

  app.post('/import/:id/run', async (c) => {
    const values = await c.req.parseBody();
    try {
      const { seen, mapping } = await check(deps, c, values);
      const run = await deps.workspace.start({
        kind: values.kind === 'import' || values.kind === 'plan' ? values.kind : 'validate',
        entity: seen.entity,
        uploadId: seen.uploadId,
        mode: mode(values.mode, seen.entity),
        sheet: seen.sheet,
        mapping: Object.keys(mapping).length > 0 ? mapping : undefined,
        lang: c.get('lang'),
      });
      return c.redirect(href(deps, `/runs/${run.id}`), 303);
    } catch (err) {
      const text = tr(c);
      return c.html(
        layout(c, deps, text('web.import.title'), errorNotice(c, err, deps.logger), 'import'),
        400,
      );
    }
  });
}
