/** Carry out a plan run (apply) and take back a run (undo): workspace runs shown on their own page. */
import type { Hono } from 'hono';
import type { StartRequest } from '../workspace/index.js';
import { href, type WebDeps, type WebEnv } from './context.js';
import { tr } from './lang.js';
import { layout } from './layout.js';
import { refusal } from './refusal.js';
import { errorNotice } from './errors-view.js';

export function planUndoRoutes(app: Hono<WebEnv>, deps: WebDeps): void {
  const ws = deps.workspace;
  const start = (kind: 'apply' | 'undo') =>
    app.post(`/runs/:id/${kind}`, async (c) => {
      const text = tr(c);
      const from = ws.get(c.req.param('id'));
      if (!from) return refusal(c, deps, 404, text('web.refused.notFound'));
      const values = await c.req.parseBody();
      const request: StartRequest = {
        kind,
        entity: from.entity,
        uploadId: from.uploadId,
        lang: c.get('lang'),
        ...(kind === 'apply' ? { plan: from.id } : { source: from.id, undoPlan: values.plan === '1' }),
        // The number typed beside the button; the workspace refuses a run that deletes without it.
        confirmed: typeof values.confirm === 'string' ? values.confirm : undefined,
      };
      try {
        const run = await ws.start(request);
        return c.redirect(href(deps, `/runs/${run.id}`), 303);
      } catch (err) {
        return c.html(layout(c, deps, text('web.runs.title'), errorNotice(c, err, deps.logger), 'runs'), 400);
      }
    });
  start('apply');
  start('undo');
}
