/** Templates: an empty import sheet per entity, made by the same code as `salesmania-bulk template`. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { html } from 'hono/html';
import type { Hono } from 'hono';
import { TABLE_ENTITIES, isTableEntity } from '../map/index.js';
import { defaultTemplatePath, writeTemplate } from '../template/index.js';
import type { MessageKey } from '../i18n/index.js';
import { href, type WebDeps, type WebEnv } from './context.js';
import { tr } from './lang.js';
import { layout } from './layout.js';
import { refusal } from './refusal.js';
import { attachment } from './download.js';

const FORMATS = ['xlsx', 'csv'] as const;

export function entityName(entity: string): MessageKey {
  return `web.entities.${entity}` as MessageKey;
}

export function templateRoutes(app: Hono<WebEnv>, deps: WebDeps): void {
  app.get('/templates', (c) => {
    const text = tr(c);
    const rows = TABLE_ENTITIES.map(
      (entity) =>
        html`<tr>
          <th scope="row">${text(entityName(entity))}</th>
          <td>
            ${FORMATS.map(
              (format) =>
                html`<a class="button" download href="${href(deps, `/templates/${entity}.${format}`)}"
                  >${text('web.templates.download')} ${text(`web.templates.${format}`)}</a
                > `,
            )}
          </td>
        </tr>`,
    );
    const body = html`<p>${text('web.templates.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${text('web.templates.entity')}</th>
            <th scope="col">${text('web.templates.download')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>`;
    return c.html(layout(c, deps, text('web.templates.title'), body, 'templates'));
  });

  app.get('/templates/:file', async (c) => {
    const match = /^([a-z]+)\.(xlsx|csv)$/.exec(c.req.param('file'));
    const entity = match?.[1] ?? '';
    if (!match || !isTableEntity(entity)) return refusal(c, deps, 404, tr(c)('web.refused.notFound'));
    const format = match[2] as (typeof FORMATS)[number];
    const dir = await mkdtemp(join(tmpdir(), 'salesmania-template-'));
    try {
      const out = join(dir, defaultTemplatePath(entity, format));
      await writeTemplate({ entity, format, out, lang: c.get('lang') });
      return attachment(c, await readFile(out), defaultTemplatePath(entity, format));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
