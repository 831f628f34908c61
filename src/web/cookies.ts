/** The session cookie and the names the CSRF token travels under (docs/WEB.md, "Security model"). */
import { setCookie } from 'hono/cookie';
import type { WebContext, WebDeps } from './context.js';
import { SESSION_COOKIE, type Session } from './session.js';

export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_FIELD = '_csrf';

/** Behind a TLS-terminating proxy the request arrives as http; the proxy says so in X-Forwarded-Proto. */
export function behindTls(c: WebContext): boolean {
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' || new URL(c.req.url).protocol === 'https:';
}

export function setSessionCookie(c: WebContext, deps: WebDeps, session: Session): void {
  setCookie(c, SESSION_COOKIE, deps.sessions.cookieValue(session), {
    path: deps.options.basePath || '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: behindTls(c),
  });
}
