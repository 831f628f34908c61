/**
 * "Import once more": an import that stopped with ALREADY_IMPORTED (this file, or a copy of it uploaded
 * again, was imported to the end) offers to import it again on purpose, as the CLI's `--again` does,
 * reading the file as that run did (sheet, mapping, blank rule).
 */
import { html } from 'hono/html';
import type { Hono } from 'hono';
import type { RunView } from '../workspace/index.js';
import { href, type Tr, type WebContext, type WebDeps, type WebEnv } from './context.js';
import { tr } from './lang.js';
import { csrfField, layout } from './layout.js';
import { refusal } from './refusal.js';
import { errorNotice } from './errors-view.js';

function offersAgain(run: RunView): boolean {
  return run.kind === 'import' && run.state === 'failed' && run.error?.code === 'ALREADY_IMPORTED';
}

export function againForm(c: WebContext, deps: WebDeps, text: Tr, run: RunView) {
  if (!offersAgain(run)) return '';
  return html`<form method="post" action="${href(deps, `/runs/${run.id}/again`)}">
    ${csrfField(c)}<button type="submit" class="secondary">${text('webUser.importAgain')}</button>
  </form>`;
}

export function againRoutes(app: Hono<WebEnv>, deps: WebDeps): void {
  app.post('/runs/:id/again', async (c) => {
    const text = tr(c);
    const old = deps.workspace.get(c.req.param('id'));
    if (!old || !offersAgain(old)) return refusal(c, deps, 404, text('web.refused.notFound'));
    try {
      const run = await deps.workspace.start({
        kind: 'import',
        entity: old.entity,
        uploadId: old.uploadId,
        mode: old.mode,
        ...old.reading,
        again: true,
        lang: c.get('lang'),
      });
      return c.redirect(href(deps, `/runs/${run.id}`), 303);
    } catch (err) {
      return c.html(layout(c, deps, text('web.runs.title'), errorNotice(c, err, deps.logger), 'runs'), 400);
    }
  });
}
