/**
 * Import, step 1: the entity and the file. The upload goes to the workspace under a generated name
 * (the client's file name is only shown, never used as a path); then the check page (import-check.ts).
 */
import { html } from 'hono/html';
import type { Hono } from 'hono';
import { href, type WebContext, type WebDeps, type WebEnv } from './context.js';
import { tr } from './lang.js';
import { csrfField, layout } from './layout.js';
import { errorNotice } from './errors-view.js';
import { entityName } from './page-templates.js';
import { checkRoutes } from './import-check.js';
import { IMPORT_ENTITIES, importEntity } from './import-mapping.js';

/** `chosen`: the entity of a refused upload, kept, or the next file would be checked as customers. */
function uploadPage(c: WebContext, deps: WebDeps, problem?: unknown, chosen?: string) {
  const text = tr(c);
  const body = html`<p>${text('web.import.intro')}</p>
    ${problem === undefined ? '' : errorNotice(c, problem, deps.logger)}
    <form
      method="post"
      action="${href(deps, '/import/upload')}"
      enctype="multipart/form-data"
      class="card grid"
    >
      ${csrfField(c)}
      <div class="field">
        <label for="entity">${text('web.import.entity')}</label>
        <select id="entity" name="entity">
          ${IMPORT_ENTITIES.map(
            (e) =>
              html`<option value="${e}" ${e === chosen ? 'selected' : ''}>${text(entityName(e))}</option>`,
          )}
        </select>
      </div>
      <div class="field drop">
        <label for="file">${text('web.import.file')}</label>
        <span class="muted">${text('web.import.drop')}</span>
        <input id="file" name="file" type="file" accept=".csv,.tsv,.txt,.xlsx" required />
      </div>
      <div class="actions"><button type="submit">${text('web.import.upload')}</button></div>
    </form>`;
  return c.html(layout(c, deps, text('web.import.title'), body, 'import'), problem === undefined ? 200 : 400);
}

export function importRoutes(app: Hono<WebEnv>, deps: WebDeps): void {
  app.get('/import', (c) => uploadPage(c, deps));

  app.post('/import/upload', async (c) => {
    const body = await c.req.parseBody();
    const file = body.file;
    const entity = importEntity(body.entity);
    try {
      if (!(file instanceof File)) throw new TypeError('no file in the form');
      const stream = file.stream() as unknown as AsyncIterable<Uint8Array>;
      const upload = await deps.workspace.saveUpload(file.name, stream, deps.options.maxUploadBytes);
      return c.redirect(href(deps, `/import/${upload.id}?entity=${entity}`), 303);
    } catch (err) {
      return uploadPage(c, deps, err, entity);
    }
  });

  checkRoutes(app, deps);
}
