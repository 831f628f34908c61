/** Connection: `doctor`'s report through the run layer, as a page. */
import { html } from 'hono/html';
import type { Hono } from 'hono';
import { requireCredentials } from '../config/index.js';
import { runDoctor, type DoctorReport } from '../run/index.js';
import type { Tr, WebDeps, WebEnv } from './context.js';
import { href } from './context.js';
import { tr } from './lang.js';
import { layout } from './layout.js';
import { errorNotice } from './errors-view.js';

function report(text: Tr, r: DoctorReport) {
  const { databaseId, teamId } = r.selected;
  const databases =
    r.databases.length === 0
      ? ''
      : html`<h2>${text('web.connection.databases')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">${text('web.connection.id')}</th>
                <th scope="col">${text('web.connection.name')}</th>
              </tr>
            </thead>
            <tbody>
              ${r.databases.map(
                (db) =>
                  html`<tr>
                    <td>${String(db.id)}</td>
                    <td>
                      ${db.name}
                      ${db.id === databaseId ? html`<strong>(${text('web.connection.selected')})</strong>` : ''}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`;
  return html`<p class="notice ok" role="status">${text('web.connection.reachable', { url: r.baseUrl })}</p>
    <p>
      ${text('web.connection.teamToken', {
        databaseId: databaseId === undefined ? text('web.connection.unknown') : String(databaseId),
        teamId: teamId === undefined ? text('web.connection.unknown') : String(teamId),
      })}
    </p>
    ${databases}
    <h2>${text('web.connection.members', { count: r.teamMembers.length })}</h2>
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">${text('web.connection.id')}</th>
            <th scope="col">${text('web.connection.name')}</th>
            <th scope="col">${text('web.connection.number')}</th>
            <th scope="col">${text('web.connection.email')}</th>
            <th scope="col">${text('web.connection.role')}</th>
            <th scope="col">${text('web.connection.status')}</th>
          </tr>
        </thead>
        <tbody>
          ${r.teamMembers.map(
            (m) =>
              html`<tr>
                <td>${String(m.id)}</td>
                <td>${m.name}</td>
                <td>${m.ext_salesman_number ?? ''}</td>
                <td>${m.email}</td>
                <td>${m.role}</td>
                <td>${m.status ? text('web.connection.active') : text('web.connection.inactive')}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

export function connectionRoutes(app: Hono<WebEnv>, deps: WebDeps): void {
  app.get('/connection', async (c) => {
    const text = tr(c);
    let content;
    try {
      requireCredentials(deps.connection);
      content = report(text, await runDoctor(deps.connection, deps.runtime, deps.logger));
    } catch (err) {
      content = html`<p>${text('web.connection.failed')}</p>
        ${errorNotice(c, err, deps.logger)}`;
    }
    const body = html`<p>${text('web.connection.intro')}</p>
      ${content}
      <p><a class="button" href="${href(deps, '/connection')}">${text('web.connection.check')}</a></p>`;
    return c.html(layout(c, deps, text('web.connection.title'), body, 'connection'));
  });
}
