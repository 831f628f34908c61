/** A refused request: a short page for a browser (with the sign-in form when that is the way on). */
import type { WebContext, WebDeps } from './context.js';
import { loginForm } from './login-page.js';
import { layout } from './layout.js';
import { html } from 'hono/html';
import { tr } from './lang.js';

export function refusal(
  c: WebContext,
  deps: WebDeps,
  status: 401 | 403 | 404 | 413 | 429,
  message: string,
  login = false,
) {
  // Outside the base path no middleware ran: no session to draw a page with.
  if (!c.get('session')) return c.text(message, status);
  const text = tr(c);
  const title = login ? text('web.login.title') : text('web.refused.title');
  // No message: nothing went wrong (a first visit to a page behind the password), the form says what to do.
  const body = html`${message ? html`<p class="notice error" role="alert">${message}</p>` : ''}
  ${login ? loginForm(c, deps) : ''}`;
  return c.html(layout(c, deps, title, body), status);
}
