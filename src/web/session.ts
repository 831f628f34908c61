/**
 * Sessions kept in the server's memory: a random id in an HttpOnly, SameSite=Strict cookie and, per
 * session, the CSRF token its forms carry. Every visitor gets one (the login form needs a CSRF token
 * too); signing in replaces it with a new id, so an id planted before login is worth nothing.
 */
import { randomBytes } from 'node:crypto';

export interface Session {
  id: string;
  csrf: string;
  authenticated: boolean;
  expiresAt: number;
}

export const SESSION_COOKIE = 'salesmania_session';
const IDLE_MS = 8 * 60 * 60 * 1000;
/** Unauthenticated visitors create sessions too: the oldest go first past this many. */
const MAX_SESSIONS = 10_000;

const token = () => randomBytes(32).toString('base64url');

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly now: () => number = Date.now) {}

  create(authenticated: boolean): Session {
    if (this.sessions.size >= MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.sessions.delete(oldest);
    }
    const session = { id: token(), csrf: token(), authenticated, expiresAt: this.now() + IDLE_MS };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session of this id, its idle time restarted; undefined when unknown or expired. */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    session.expiresAt = this.now() + IDLE_MS;
    return session;
  }

  /** Signing in: a fresh id and token (no session fixation). */
  signIn(old: Session): Session {
    this.sessions.delete(old.id);
    return this.create(true);
  }

  end(session: Session): void {
    this.sessions.delete(session.id);
  }
}
