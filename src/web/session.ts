/**
 * Sessions in signed cookies, so a restart of `serve` signs nobody out (docs/WEB.md, "Security model").
 * The cookie holds a random id, whether it is signed in and when it expires, with an HMAC of the three
 * under the key of session-key.ts; the CSRF token is an HMAC of the id, so nothing per session is kept
 * in memory. Every visitor gets one (the login form needs a CSRF token too); signing in makes a new id,
 * so an id planted before login is worth nothing. Signing out lists the id as ended until it expires,
 * in the data folder, so a copy of the cookie taken before does not come back with a restart.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EndedSessions } from './sessions-ended.js';

export interface Session {
  id: string;
  csrf: string;
  authenticated: boolean;
  expiresAt: number;
}

export const SESSION_COOKIE = 'salesmania_session';
const IDLE_MS = 8 * 60 * 60 * 1000;
/** A cookie in use is signed again with a later expiry once it is this old, not on every request. */
const RENEW_AFTER_MS = 60 * 1000;

const VERSION = 's1';

export class SessionStore {
  constructor(
    private readonly key: Buffer,
    private readonly ended: EndedSessions,
    private readonly now: () => number = Date.now,
  ) {}

  private mac(text: string): string {
    return createHmac('sha256', this.key).update(text, 'utf8').digest('base64url');
  }

  private session(id: string, authenticated: boolean, expiresAt: number): Session {
    return { id, csrf: this.mac(`csrf.${id}`), authenticated, expiresAt };
  }

  create(authenticated: boolean): Session {
    return this.session(randomBytes(32).toString('base64url'), authenticated, this.now() + IDLE_MS);
  }

  /** The cookie's value: what it holds and its signature. */
  cookieValue(session: Session): string {
    const body = `${VERSION}.${session.id}.${session.authenticated ? 1 : 0}.${session.expiresAt}`;
    return `${body}.${this.mac(body)}`;
  }

  /** The live session of a cookie; undefined when it is unsigned, forged, signed with another key, expired or ended. */
  get(value: string | undefined): Session | undefined {
    const parts = value?.split('.');
    if (!parts || parts.length !== 5 || parts[0] !== VERSION) return undefined;
    const [, id, auth, expires, signature] = parts;
    const expected = Buffer.from(this.mac(parts.slice(0, 4).join('.')));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const expiresAt = Number(expires);
    if (!(expiresAt > this.now()) || this.ended.has(id)) return undefined;
    return this.session(id, auth === '1', expiresAt);
  }

  /** The session with its idle time restarted when its cookie is due for renewal, else undefined. */
  renewed(session: Session): Session | undefined {
    const fresh = this.now() + IDLE_MS;
    if (fresh - session.expiresAt < RENEW_AFTER_MS) return undefined;
    return { ...session, expiresAt: fresh };
  }

  /** Signing in: a fresh id and token (no session fixation). */
  signIn(old: Session): Session {
    this.end(old);
    return this.create(true);
  }

  /** A signed-in session's cookie is worthless from now on; a visitor's never opened anything. */
  end(session: Session): void {
    if (session.authenticated) this.ended.add(session.id, session.expiresAt);
  }
}
