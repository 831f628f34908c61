/**
 * Export: the form, then the run layer's export into the data folder (a generated name), sent back as
 * a download. The scheduled jobs of `--jobs` are listed below the form.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { html } from 'hono/html';
import type { Hono } from 'hono';
import { requireCredentials } from '../config/index.js';
import { checkExportOptions } from '../export/index.js';
import { inLanguage } from '../i18n/index.js';
import { noProgress, runExport } from '../run/index.js';
import type { WebContext, WebDeps, WebEnv } from './context.js';
import { tr } from './lang.js';
import { layout } from './layout.js';
import { errorNotice } from './errors-view.js';
import { attachment } from './download.js';
import { exportForm, type ExportFields } from './export-form.js';
import { jobsSection } from './export-jobs.js';
import { chosenDelimiter } from './export-delimiter.js';

const FIELDS = ['entity', 'format', 'status', 'search', 'updatedSince', 'from', 'to', 'team', 'layout'];

async function page(c: WebContext, deps: WebDeps, fields: ExportFields, problem?: unknown) {
  const text = tr(c);
  const body = html`<p>${text('web.export.intro')}</p>
    ${problem === undefined ? '' : errorNotice(c, problem, deps.logger)} ${exportForm(c, deps, fields)}
    ${await jobsSection(c, deps)}`;
  return c.html(layout(c, deps, text('web.export.title'), body, 'export'), problem === undefined ? 200 : 400);
}

function stamp(now: Date): string {
  return now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

export function exportRoutes(app: Hono<WebEnv>, deps: WebDeps): void {
  app.get('/export', (c) => page(c, deps, { status: 'all', format: 'xlsx', layout: 'lines' }));

  app.post('/export', async (c) => {
    const body = await c.req.parseBody();
    const fields: ExportFields = {};
    for (const name of FIELDS) {
      const value = body[name];
      if (typeof value === 'string' && value.trim() !== '') fields[name] = value.trim();
    }
    // Not trimmed: a tab is a delimiter. A value the form does not offer is the language's default.
    fields.delimiter = chosenDelimiter(body.delimiter, c.get('lang'));
    const format = fields.format === 'csv' ? 'csv' : 'xlsx';
    const name = `${fields.entity ?? 'export'}-${stamp(new Date())}-${randomBytes(3).toString('hex')}.${format}`;
    const out = join(deps.options.dataDir, 'exports', name);
    try {
      requireCredentials(deps.connection);
      const job = checkExportOptions({
        entity: fields.entity,
        out,
        status: fields.status,
        search: fields.search,
        updatedSince: fields.updatedSince,
        from: fields.from,
        to: fields.to,
        team: fields.team,
        layout: fields.entity === 'orders' ? fields.layout : undefined,
        delimiter: format === 'csv' ? fields.delimiter : undefined,
      });
      // In the page's language, as `--lang` gives the CLI's export its own.
      const summary = await inLanguage(c.get('lang'), () =>
        runExport({
          job,
          connection: deps.connection,
          runtime: deps.runtime,
          logger: deps.logger,
          progress: noProgress,
          signal: c.req.raw.signal,
        }),
      );
      return attachment(c, await readFile(summary.files.output ?? out), name);
    } catch (err) {
      return page(c, deps, fields, err);
    }
  });
}
