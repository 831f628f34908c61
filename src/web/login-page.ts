/** Sign-in with the page password, rate-limited per client address (docs/WEB.md). */
import { createHash, timingSafeEqual } from 'node:crypto';
import { html } from 'hono/html';
import type { Hono } from 'hono';
import { href, type WebContext, type WebDeps, type WebEnv } from './context.js';
import { tr } from './lang.js';
import { layout, csrfField } from './layout.js';
import { setSessionCookie } from './cookies.js';
import { clientAddress } from './client-address.js';

export function loginForm(c: WebContext, deps: WebDeps) {
  const text = tr(c);
  return html`<form method="post" action="${href(deps, '/login')}" class="card narrow">
    ${csrfField(c)}
    <p>${text('serve.loginNeeded')}</p>
    <label for="password">${text('web.login.password')}</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required />
    <button type="submit">${text('web.login.submit')}</button>
  </form>`;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

function passwordMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function loginRoutes(app: Hono<WebEnv>, deps: WebDeps): void {
  app.get('/login', (c) => {
    if (c.get('session').authenticated) return c.redirect(href(deps, '/import'), 303);
    return c.html(layout(c, deps, tr(c)('web.login.title'), loginForm(c, deps)));
  });

  app.post('/login', async (c) => {
    const text = tr(c);
    const address = clientAddress(c, deps.options.trustProxy);
    const wait = deps.limiter.waitMs(address);
    const page = (message: string, status: 401 | 429) =>
      c.html(
        layout(
          c,
          deps,
          text('web.login.title'),
          html`<p class="notice error" role="alert">${message}</p>
            ${loginForm(c, deps)}`,
        ),
        status,
      );
    if (wait > 0) return page(text('web.login.tooMany', { minutes: Math.ceil(wait / 60_000) }), 429);
    const body = await c.req.parseBody();
    const given = typeof body.password === 'string' ? body.password : '';
    const expected = deps.options.password;
    if (expected === undefined || !passwordMatches(given, expected)) {
      deps.limiter.fail(address);
      return page(text('web.login.wrong'), 401);
    }
    deps.limiter.succeed(address);
    const session = deps.sessions.signIn(c.get('session'));
    c.set('session', session);
    setSessionCookie(c, deps, session);
    return c.redirect(href(deps, '/import'), 303);
  });

  app.post('/logout', (c) => {
    deps.sessions.end(c.get('session'));
    const fresh = deps.sessions.create(deps.options.password === undefined);
    setSessionCookie(c, deps, fresh);
    return c.redirect(href(deps, '/login'), 303);
  });
}
