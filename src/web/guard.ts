/**
 * The gate every request passes (docs/WEB.md, "Security model"): the Host check when there is no
 * password, the session cookie, sign-in, and the CSRF token on every request that changes anything.
 */
import { timingSafeEqual } from 'node:crypto';
import { getCookie } from 'hono/cookie';
import type { MiddlewareHandler } from 'hono';
import type { WebContext, WebDeps, WebEnv } from './context.js';
import { isLoopback } from './options.js';
import { SESSION_COOKIE } from './session.js';
import { CSRF_FIELD, CSRF_HEADER, setSessionCookie } from './cookies.js';
import { refusal } from './refusal.js';
import { tr } from './lang.js';
import { t } from '../i18n/index.js';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

function hostName(header: string | undefined): string {
  if (!header) return '';
  if (header.startsWith('[')) return header.slice(0, header.indexOf(']') + 1);
  return header.replace(/:\d+$/, '');
}

/** Without a password the page trusts the machine: only a loopback Host (a rebinding DNS name is refused). */
export function hostCheck(deps: WebDeps): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (deps.options.loopbackOnly && !isLoopback(hostName(c.req.header('host')))) {
      // Before the session and language exist: a plain answer, in the server's language.
      return c.text(t('web.refused.host'), 403);
    }
    await next();
  };
}

/** Finds or starts the visitor's session; without a password every session is signed in. */
export function sessionMiddleware(deps: WebDeps): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    let session = deps.sessions.get(getCookie(c, SESSION_COOKIE));
    const renewed = session && deps.sessions.renewed(session);
    if (!session || renewed) {
      session = renewed || deps.sessions.create(deps.options.password === undefined);
      setSessionCookie(c, deps, session);
    }
    c.set('session', session);
    await next();
  };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function sentToken(c: WebContext): Promise<string | undefined> {
  const header = c.req.header(CSRF_HEADER);
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('multipart/form-data') && !type.startsWith('application/x-www-form-urlencoded')) {
    return undefined;
  }
  const body = await c.req.parseBody();
  const field = body[CSRF_FIELD];
  return typeof field === 'string' ? field : undefined;
}

/** Every state-changing request carries the session's token, in a header (htmx) or a form field. */
export function csrfCheck(deps: WebDeps): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const sent = await sentToken(c);
      if (!sent || !same(sent, c.get('session').csrf)) {
        return refusal(c, deps, 403, tr(c)('web.refused.csrf'));
      }
    }
    await next();
  };
}

/**
 * Everything but the login page and the assets needs a signed-in session. "Your session has ended"
 * only to a browser whose cookie is no longer honoured (expired, signed out, another key or page
 * password): a first visitor, who never signed in, just gets the sign-in form.
 */
export function requireSignIn(deps: WebDeps): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (!c.get('session').authenticated) {
      const sent = getCookie(c, SESSION_COOKIE);
      const ended = sent !== undefined && deps.sessions.get(sent) === undefined;
      return refusal(c, deps, 401, ended ? tr(c)('web.refused.session') : '', true);
    }
    await next();
  };
}
