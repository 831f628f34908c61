/**
 * Authentication as docs/ARCHITECTURE.md, API section 1 describes it: Basic credentials buy an opaque
 * bearer token that expires; a team token names one database and one team member, shaped like
 * the documented example: base64url(JSON {"db_id","team_id"}) + "." + a signature (HMAC here).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { TeamTokenClaims } from '../contract/index.js';
import type { SandboxUser } from './options.js';

interface BearerSession {
  username: string;
  expiresAt: number;
}

/** Team token signatures have the length of the documented example's (27 characters). */
const SIGNATURE_LENGTH = 27;

/** Tokens remembered for `issuedTokens()`; the oldest are forgotten first. */
const ISSUED_LIMIT = 10_000;

export class Auth {
  private readonly sessions = new Map<string, BearerSession>();
  private readonly key: Buffer;
  private readonly issued = { bearer: new Set<string>(), team: new Set<string>() };

  constructor(
    private readonly settings: () => { users: SandboxUser[]; tokenLifetimeSec: number },
    secret?: string,
  ) {
    this.key = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  private user(username: string): SandboxUser | undefined {
    return this.settings().users.find((u) => u.username === username);
  }

  /** `Authorization: Basic ...` → a new bearer token, or undefined for bad credentials. */
  login(header: string | undefined, now = Date.now()): { token: string; expires_in: number } | undefined {
    const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
    if (!match) return undefined;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const username = decoded.slice(0, colon);
    const user = this.user(username);
    if (!user || !same(user.password, decoded.slice(colon + 1))) return undefined;
    this.prune(now);
    const lifetime = this.settings().tokenLifetimeSec;
    const token = randomBytes(24).toString('base64url');
    this.sessions.set(token, { username, expiresAt: now + lifetime * 1000 });
    remember(this.issued.bearer, token);
    return { token, expires_in: lifetime };
  }

  /** `Authorization: Bearer ...` → the user name, or undefined if unknown or expired. */
  bearer(header: string | undefined, now = Date.now()): { username: string; token: string } | undefined {
    if (!header || !/^Bearer\s/i.test(header)) return undefined;
    const token = header.slice(7).trim();
    const session = this.sessions.get(token);
    if (!session || session.expiresAt <= now || !this.user(session.username)) return undefined;
    return { username: session.username, token };
  }

  expireAll(): void {
    for (const session of this.sessions.values()) session.expiresAt = 0;
  }

  canReach(username: string, dbId: number): boolean {
    const user = this.user(username);
    return Boolean(user && (!user.databases || user.databases.includes(dbId)));
  }

  issueTeamToken(claims: TeamTokenClaims): string {
    const payload = Buffer.from(JSON.stringify({ db_id: claims.db_id, team_id: claims.team_id })).toString(
      'base64url',
    );
    const token = `${payload}.${this.sign(payload)}`;
    remember(this.issued.team, token);
    return token;
  }

  /** Every bearer and team token handed out so far (for tests that look for leaked secrets). */
  issuedTokens(): { bearer: string[]; team: string[] } {
    return { bearer: [...this.issued.bearer], team: [...this.issued.team] };
  }

  /** The claims of a well-formed token with a good signature; undefined otherwise. */
  verifyTeamToken(token: string | undefined): TeamTokenClaims | undefined {
    if (!token) return undefined;
    const dot = token.indexOf('.');
    if (dot <= 0 || dot !== token.lastIndexOf('.')) return undefined;
    const payload = token.slice(0, dot);
    if (!same(this.sign(payload), token.slice(dot + 1))) return undefined;
    try {
      const claims = JSON.parse(
        Buffer.from(payload, 'base64url').toString('utf8'),
      ) as Partial<TeamTokenClaims>;
      if (Number.isInteger(claims.db_id) && Number.isInteger(claims.team_id))
        return claims as TeamTokenClaims;
    } catch {
      // not JSON: invalid token
    }
    return undefined;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url').slice(0, SIGNATURE_LENGTH);
  }

  /** Forget expired sessions now and then, so a long-running sandbox does not grow. */
  private prune(now: number): void {
    if (this.sessions.size < 1000) return;
    for (const [token, session] of this.sessions) if (session.expiresAt <= now) this.sessions.delete(token);
  }
}

function remember(set: Set<string>, token: string): void {
  set.add(token);
  if (set.size > ISSUED_LIMIT) set.delete(set.values().next().value as string);
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
