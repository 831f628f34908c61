/** The export form: the `export` command's options as labelled fields. */
import { html } from 'hono/html';
import { EXPORT_ENTITIES } from '../export/index.js';
import type { WebContext, WebDeps } from './context.js';
import { href } from './context.js';
import { tr } from './lang.js';
import { csrfField } from './layout.js';
import { entityName } from './page-templates.js';
import { chosenDelimiter, delimiterField } from './export-delimiter.js';

export type ExportFields = Record<string, string>;

function field(id: string, label: string, value: string | undefined, type = 'text') {
  return html`<div class="field">
    <label for="${id}">${label}</label>
    <input id="${id}" name="${id}" type="${type}" value="${value ?? ''}" />
  </div>`;
}

function select(id: string, label: string, options: [string, string][], value: string | undefined) {
  return html`<div class="field">
    <label for="${id}">${label}</label>
    <select id="${id}" name="${id}">
      ${options.map(([v, l]) => html`<option value="${v}" ${v === value ? 'selected' : ''}>${l}</option>`)}
    </select>
  </div>`;
}

export function exportForm(c: WebContext, deps: WebDeps, f: ExportFields) {
  const text = tr(c);
  return html`<form method="post" action="${href(deps, '/export')}" class="card grid">
    ${csrfField(c)}
    ${select(
      'entity',
      text('web.export.entity'),
      EXPORT_ENTITIES.map((e) => [e, text(entityName(e))]),
      f.entity,
    )}
    ${select(
      'format',
      text('web.export.format'),
      [
        ['xlsx', text('web.templates.xlsx')],
        ['csv', text('web.templates.csv')],
      ],
      f.format,
    )}
    ${delimiterField(text, chosenDelimiter(f.delimiter, c.get('lang')))}
    ${select(
      'status',
      text('web.export.status'),
      [
        ['all', text('web.export.statusAll')],
        ['active', text('web.export.statusActive')],
        ['inactive', text('web.export.statusInactive')],
      ],
      f.status,
    )}
    ${field('search', text('web.export.search'), f.search)}
    ${field('updatedSince', text('web.export.updatedSince'), f.updatedSince, 'date')}
    ${field('from', text('web.export.from'), f.from, 'date')}
    ${field('to', text('web.export.to'), f.to, 'date')} ${field('team', text('web.export.team'), f.team)}
    ${select(
      'layout',
      text('web.export.layout'),
      [
        ['lines', text('web.export.layoutLines')],
        ['sheets', text('web.export.layoutSheets')],
      ],
      f.layout,
    )}
    <div class="actions"><button type="submit">${text('web.export.submit')}</button></div>
  </form>`;
}
