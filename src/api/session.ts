/**
 * Authentication on top of `send`: Basic → bearer, database → team token, both attached to
 * every data call; a proactive re-login shortly before the bearer expires, and one transparent
 * re-login when a request meets 401. Every secret is registered the moment it is known.
 */
import { localizedRunError, messageRef, type MessageKey } from '../i18n/index.js';
import { registerSecret } from '../secrets.js';
import {
  AUTH_SCHEME_BASIC,
  AUTH_SCHEME_BEARER,
  PATHS,
  TEAM_TOKEN_DB_PARAM,
  TEAM_TOKEN_PARAM,
  type Database,
  type TeamTokenClaims,
  parseDatabaseList,
  parseTeamTokenAnswer,
  parseTokenAnswer,
} from '../contract/index.js';
import { ApiError, isApiError } from './errors.js';
import { send, type SendContext, type SendRequest, type SendResult } from './send.js';
import { decodeTeamToken } from './team-token.js';

export interface Credentials {
  username: string;
  password: string;
}

export interface SessionConfig {
  credentials?: Credentials;
  token?: string;
  teamToken?: string;
  database?: string | number;
}

/** What `client.session()` tells: never a secret. */
export interface SessionInfo {
  databaseId?: number;
  databaseName?: string;
  teamId?: number;
  /** When the bearer token is expected to expire (unknown for a given token). */
  tokenExpiresAt?: Date;
}

/** Rate gate priority of logins: before the data requests that wait for the token. */
const LOGIN_PRIORITY = 1;
/** Resends of one request whose token expired while it waited (each one follows a new login). */
const MAX_EXPIRED_RESENDS = 5;

/** Re-login this long before expiry: a tenth of the lifetime, at most a minute. */
export function refreshMarginMs(lifetimeMs: number): number {
  return Math.min(60_000, lifetimeMs / 10);
}

export interface Session {
  /** Sends with bearer (and, unless `teamToken: false`, the team token), re-login once on 401. */
  request(req: Omit<SendRequest, 'authorization'>, opts?: { teamToken?: boolean }): Promise<SendResult>;
  listDatabases(): Promise<Database[]>;
  info(): Promise<SessionInfo>;
}

export function createSession(ctx: SendContext, config: SessionConfig): Session {
  const { credentials } = config;
  const state: {
    bearer?: string;
    expiresAt?: number;
    lifetimeMs?: number;
    teamToken?: string;
    claims?: TeamTokenClaims;
    database?: Database;
  } = { bearer: config.token, teamToken: config.teamToken };
  if (state.teamToken) state.claims = decodeTeamToken(state.teamToken);

  let loginFlight: Promise<void> | undefined;
  let teamFlight: Promise<void> | undefined;

  async function login(): Promise<void> {
    if (!credentials) {
      throw localizedRunError('CONFIG_MISSING', 'api.noCredentials');
    }
    const basic = Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64');
    let result: SendResult;
    try {
      result = await send(ctx, {
        method: 'GET',
        path: PATHS.token,
        authorization: `${AUTH_SCHEME_BASIC} ${basic}`,
        // Ahead of the data requests in the rate gate: they are waiting for this token.
        priority: LOGIN_PRIORITY,
      });
    } catch (err) {
      if (isApiError(err) && err.code === 'API_AUTH') {
        throw new ApiError({
          code: 'API_AUTH',
          method: 'GET',
          path: PATHS.token,
          status: err.status,
          attempts: err.attempts,
          reason: 'login failed: the username or password was rejected (401)',
          localized: messageRef('api.loginRejected'),
        });
      }
      throw err;
    }
    const answer = parseTokenAnswer(result.body);
    if (!answer.ok) throw unexpected(PATHS.token, result.attempts, answer.reason);
    registerSecret(answer.value.token);
    const lifetimeSec = answer.value.expires_in;
    state.bearer = answer.value.token;
    state.lifetimeMs = lifetimeSec * 1000;
    state.expiresAt = Date.now() + state.lifetimeMs;
    ctx.logger.debug({ expiresInSec: lifetimeSec }, 'api login: bearer token received');
  }

  /** One login at a time; callers that saw `stale` rejected reuse a login already done. */
  async function relogin(stale: string | undefined): Promise<void> {
    if (state.bearer !== stale) return;
    loginFlight ??= login().finally(() => {
      loginFlight = undefined;
    });
    await loginFlight;
  }

  /** By our clock, the bearer expires within the refresh margin (false when its lifetime is unknown). */
  function nearExpiry(): boolean {
    return (
      state.expiresAt !== undefined &&
      state.lifetimeMs !== undefined &&
      Date.now() >= state.expiresAt - refreshMarginMs(state.lifetimeMs)
    );
  }

  async function ensureBearer(): Promise<string> {
    if (loginFlight) await loginFlight;
    if (!state.bearer) await relogin(undefined);
    if (nearExpiry() && credentials) {
      ctx.logger.debug('api login: bearer token about to expire, logging in again');
      await relogin(state.bearer);
    }
    return state.bearer as string;
  }

  async function ensureTeamToken(): Promise<string> {
    if (!state.teamToken) {
      teamFlight ??= selectDatabase().finally(() => {
        teamFlight = undefined;
      });
      await teamFlight;
    }
    return state.teamToken as string;
  }

  async function selectDatabase(): Promise<void> {
    const databases = await listDatabases();
    const database = pickDatabase(databases, config.database);
    const result = await request(
      { method: 'GET', path: PATHS.teamToken, query: { [TEAM_TOKEN_DB_PARAM]: database.id } },
      { teamToken: false },
    );
    const answer = parseTeamTokenAnswer(result.body);
    if (!answer.ok) throw unexpected(PATHS.teamToken, result.attempts, answer.reason);
    const teamToken = answer.value;
    registerSecret(teamToken);
    state.teamToken = teamToken;
    state.claims = decodeTeamToken(teamToken);
    state.database = database;
    ctx.logger.debug(
      { databaseId: database.id, teamId: state.claims?.team_id },
      'api login: database selected',
    );
  }

  /**
   * A data request. The bearer is attached as each attempt leaves the rate gate, not when the
   * request joins its queue: behind a long queue (a big import, a 429 pause) a token taken at
   * queueing time can expire before it is sent. A 401 for a token our clock already saw as
   * expiring is expected: log in again and resend (a few times at most). A 401 for a token that
   * should have been valid gets one new login; a second such 401 is API_AUTH.
   */
  async function request(
    req: Omit<SendRequest, 'authorization'>,
    opts: { teamToken?: boolean } = {},
  ): Promise<SendResult> {
    const withTeam = opts.teamToken !== false;
    let used: { bearer: string; expiring: boolean } | undefined;
    const authorization = (): string => {
      const bearer = state.bearer as string;
      const expiring = nearExpiry();
      used = { bearer, expiring };
      // Renew ahead of the queue, without holding this request (or its gate slot) for it.
      if (expiring && credentials) relogin(bearer).catch(() => undefined);
      return `${AUTH_SCHEME_BEARER} ${bearer}`;
    };
    let priorAttempts = 0;
    let rejectedValid = 0;
    let rejectedExpiring = 0;
    for (;;) {
      const teamToken = withTeam ? await ensureTeamToken() : undefined;
      await ensureBearer();
      try {
        return await send(ctx, {
          ...req,
          authorization,
          query: withTeam ? { ...req.query, [TEAM_TOKEN_PARAM]: teamToken } : req.query,
          priorAttempts,
        });
      } catch (err) {
        if (!isApiError(err) || err.status !== 401) throw err;
        if (!credentials) {
          throw authError(
            err,
            'the bearer token was rejected (401) and no username/password is set to log in again',
            'api.tokenRejected',
          );
        }
        if (used?.expiring) rejectedExpiring += 1;
        else rejectedValid += 1;
        if (rejectedValid > 1 || rejectedExpiring > MAX_EXPIRED_RESENDS) {
          throw authError(err, 'still rejected (401) after logging in again', 'api.stillRejected');
        }
        ctx.logger.info(
          { method: req.method, path: err.path },
          'api: bearer token rejected (401), logging in again',
        );
        priorAttempts = err.attempts;
        await relogin(used?.bearer);
      }
    }
  }

  async function listDatabases(): Promise<Database[]> {
    const result = await request({ method: 'GET', path: PATHS.databases }, { teamToken: false });
    const answer = parseDatabaseList(result.body);
    if (!answer.ok) throw unexpected(PATHS.databases, result.attempts, answer.reason);
    return answer.value;
  }

  async function info(): Promise<SessionInfo> {
    await ensureTeamToken();
    await ensureBearer();
    if (!state.database && state.claims && (state.bearer || credentials)) {
      // A given team token names its database by id only; the name is worth one call.
      try {
        const dbId = state.claims.db_id;
        state.database = (await listDatabases()).find((d) => d.id === dbId);
      } catch (err) {
        if (!isApiError(err)) throw err;
        ctx.logger.debug({ code: err.code }, 'api: could not look up the database name');
      }
    }
    return {
      databaseId: state.claims?.db_id ?? state.database?.id,
      databaseName: state.database?.name,
      teamId: state.claims?.team_id,
      ...(state.expiresAt !== undefined ? { tokenExpiresAt: new Date(state.expiresAt) } : {}),
    };
  }

  return { request, listDatabases, info };
}

/** Picks a database by id or exact, case-insensitive name; the error lists what exists. */
export function pickDatabase(databases: Database[], wanted: string | number | undefined): Database {
  const available = databases.map((d) => `${d.id} "${d.name}"`).join(', ');
  if (wanted === undefined || wanted === '') {
    if (databases.length === 1) return databases[0];
    if (databases.length === 0) {
      throw localizedRunError('DATABASE_NOT_FOUND', 'api.noDatabase', {}, { available: [] });
    }
    throw localizedRunError(
      'CONFIG_MISSING',
      'api.severalDatabases',
      { available },
      { available: databases },
    );
  }
  const text = String(wanted).trim();
  const byId = /^\d+$/.test(text) ? databases.find((d) => d.id === Number(text)) : undefined;
  if (byId) return byId;
  const key = text.normalize('NFC').toLowerCase();
  const byName = databases.filter((d) => d.name.trim().normalize('NFC').toLowerCase() === key);
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) {
    const ids = byName.map((d) => d.id).join(', ');
    throw localizedRunError(
      'CONFIG_INVALID',
      'api.severalNamed',
      { name: text, ids },
      { available: databases },
    );
  }
  const details = { available: databases };
  if (databases.length === 0)
    throw localizedRunError('DATABASE_NOT_FOUND', 'api.databaseNotFoundNone', { name: text }, details);
  throw localizedRunError('DATABASE_NOT_FOUND', 'api.databaseNotFound', { name: text, available }, details);
}

function authError(err: ApiError, reason: string, key: MessageKey): ApiError {
  return new ApiError({
    code: 'API_AUTH',
    method: err.method,
    path: err.path,
    status: err.status,
    attempts: err.attempts,
    reason,
    localized: messageRef(key),
  });
}

function unexpected(path: string, attempts: number, reason: string): ApiError {
  return new ApiError({
    code: 'API_UNEXPECTED',
    method: 'GET',
    path,
    attempts,
    reason,
    localized: messageRef('net.unexpectedAnswer', { reason }),
  });
}
