/**
 * Runs: the history of the data folder, one run's page with live progress (server-sent events), cancel,
 * resume and its files. Runs live in the server: closing the browser does not stop one.
 */
import { html } from 'hono/html';
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { RunEvent, RunView } from '../workspace/index.js';
import { href, type WebDeps, type WebEnv } from './context.js';
import { tr } from './lang.js';
import { layout } from './layout.js';
import { refusal } from './refusal.js';
import { errorNotice } from './errors-view.js';
import { contentType, dispositionOf } from './download.js';
import { runLabel } from './run-words.js';
import { fileLinks, progressLine, resumeForm, runDetail, stateText, summaryLine } from './run-view.js';
import { planSection, undoForms } from './plan-view.js';
import { planUndoRoutes } from './plan-routes.js';
import { againRoutes } from './import-again.js';

export function runRoutes(app: Hono<WebEnv>, deps: WebDeps): void {
  const ws = deps.workspace;

  app.get('/runs', (c) => {
    const text = tr(c);
    const runs = ws.list(c.get('lang'));
    const when = (iso: string) =>
      new Intl.DateTimeFormat(c.get('lang'), { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      );
    const body =
      runs.length === 0
        ? html`<p>${text('web.runs.none')}</p>`
        : html`<div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">${text('web.runs.started')}</th>
                  <th scope="col">${text('web.runs.file')}</th>
                  <th scope="col">${text('web.runs.kind')}</th>
                  <th scope="col">${text('web.runs.state')}</th>
                  <th scope="col">${text('web.runs.summary')}</th>
                  <th scope="col">${text('web.runs.files')}</th>
                </tr>
              </thead>
              <tbody>
                ${runs.map(
                  (run: RunView) =>
                    html`<tr>
                      <td><a href="${href(deps, `/runs/${run.id}`)}">${when(run.startedAt)}</a></td>
                      <td>${run.fileName}</td>
                      <td>${runLabel(text, run)}</td>
                      <td data-state="${run.state}">${stateText(text, run)}</td>
                      <td>${summaryLine(text, run, c.get('lang'))}</td>
                      <td>
                        ${fileLinks(deps, run)}${resumeForm(c, deps, text, run)}${undoForms(c, deps, text, run, false)}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`;
    return c.html(layout(c, deps, text('web.runs.title'), body, 'runs'));
  });

  app.get('/runs/:id', async (c) => {
    const text = tr(c);
    const run = ws.get(c.req.param('id'), c.get('lang'));
    if (!run) return refusal(c, deps, 404, text('web.refused.notFound'));
    const plan =
      run.kind === 'plan' && run.state === 'done'
        ? planSection(c, deps, text, run, await ws.planChanges(run.id))
        : '';
    const body = html`${runDetail(c, deps, text, run)}${plan}`;
    return c.html(layout(c, deps, `${text('web.runs.run')}: ${run.fileName}`, body, 'runs'));
  });

  planUndoRoutes(app, deps);
  againRoutes(app, deps);

  app.get('/runs/:id/events', (c) => {
    const id = c.req.param('id');
    const text = tr(c);
    if (!ws.get(id)) return refusal(c, deps, 404, text('web.refused.notFound'));
    return streamSSE(c, async (stream) => {
      let done: () => void = () => undefined;
      const ended = new Promise<void>((resolve) => (done = resolve));
      const send = (event: RunEvent) => {
        if (event.type === 'progress') {
          const data = { ...event.progress, text: progressLine(text, event.progress) };
          void stream.writeSSE({ event: 'progress', data: JSON.stringify(data), id: String(event.seq) });
        } else if (event.run.state !== 'running') {
          void stream.writeSSE({ event: 'end', data: event.run.state, id: String(event.seq) }).then(done);
        }
      };
      const stop = ws.subscribe(id, send);
      const now = ws.get(id);
      if (now && now.state !== 'running') send({ seq: 0, type: 'state', run: now });
      stream.onAbort(done);
      await ended;
      stop();
    });
  });

  app.post('/runs/:id/cancel', (c) => {
    const run = ws.cancel(c.req.param('id'));
    if (!run) return refusal(c, deps, 404, tr(c)('web.refused.notFound'));
    return c.redirect(href(deps, `/runs/${run.id}`), 303);
  });

  app.post('/runs/:id/resume', async (c) => {
    const text = tr(c);
    const old = ws.get(c.req.param('id'));
    if (!old) return refusal(c, deps, 404, text('web.refused.notFound'));
    try {
      const run = await ws.start({
        kind: 'resume',
        entity: old.entity,
        uploadId: old.uploadId,
        mode: old.mode,
        run: old.id,
        lang: c.get('lang'),
      });
      return c.redirect(href(deps, `/runs/${run.id}`), 303);
    } catch (err) {
      return c.html(layout(c, deps, text('web.runs.title'), errorNotice(c, err, deps.logger), 'runs'), 400);
    }
  });

  app.get('/runs/:id/files/:name', (c) => {
    // The workspace answers only for a file that run wrote: the name is looked up, never joined.
    const path = ws.file(c.req.param('id'), c.req.param('name'));
    if (!path) return refusal(c, deps, 404, tr(c)('web.refused.notFound'));
    const run = ws.get(c.req.param('id'));
    const shown = run?.downloadNames[c.req.param('name')] ?? c.req.param('name');
    const body = Readable.toWeb(createReadStream(path)) as unknown as ReadableStream;
    return c.body(body, 200, {
      'Content-Type': contentType(shown),
      'Content-Disposition': dispositionOf(shown),
      'Cache-Control': 'no-store',
    });
  });
}
