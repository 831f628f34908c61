/**
 * createClient: options (defaults first, then checked) → a session over `send` → the resources.
 * Nothing is sent until the first call: login and database selection happen lazily, once.
 */
import type { Logger } from 'pino';
import { RunError } from '../errors.js';
import { localizedRunError } from '../i18n/index.js';
import { silentLogger } from '../log/index.js';
import { registerBasicCredentials, registerSecret } from '../secrets.js';
import { PATHS, type Database } from '../contract/index.js';
import { resolveRetryPolicy, type RetryPolicy } from './retry.js';
import {
  crud,
  listing,
  orders,
  visits,
  type CustomersResource,
  type OrdersResource,
  type ProductsResource,
  type TeamsResource,
  type VisitsResource,
} from './resources.js';
import type { RequestGate, SendContext } from './send.js';
import { createSession, type SessionInfo } from './session.js';
import { DEFAULT_TIMEOUTS, type Timeouts } from './transport.js';

export const DEFAULT_USER_AGENT = 'salesmania-bulk';

export interface ClientOptions {
  /** e.g. `https://api.salesmania.id` (a path prefix is kept; credentials in the URL are refused). */
  baseUrl: string;
  username?: string;
  password?: string;
  /** Database id or exact name (case-insensitive). Optional when the user reaches one database. */
  database?: string | number;
  /** A bearer token to use instead of logging in (re-login on 401 needs username/password). */
  token?: string;
  /** A team token to use instead of selecting the database. */
  teamToken?: string;
  /** A number sets the response and whole-request timeouts (connect: at most 10 s). Default 30 s. */
  timeoutMs?: number | Partial<Timeouts>;
  retry?: Partial<RetryPolicy>;
  /** pino logger; default silent. */
  logger?: Logger;
  /** Shared rate gate; every HTTP attempt passes through it. Default: none (send directly). */
  gate?: RequestGate;
  userAgent?: string;
}

export interface SalesManiaClient {
  /** Logs in and selects the database if not done yet; tells db id, name and team id (no secrets). */
  session(): Promise<SessionInfo>;
  /** Same as session(). */
  whoami(): Promise<SessionInfo>;
  listDatabases(): Promise<Database[]>;
  teams: TeamsResource;
  customers: CustomersResource;
  products: ProductsResource;
  visits: VisitsResource;
  orders: OrdersResource;
}

export function createClient(options: ClientOptions): SalesManiaClient {
  if (typeof options !== 'object' || options === null) {
    throw localizedRunError('CONFIG_INVALID', 'client.notObject');
  }
  // Registered before anything can fail or log.
  if (options.username !== undefined && options.password !== undefined) {
    registerBasicCredentials(options.username, options.password);
  }
  registerSecret(options.password);
  registerSecret(options.token);
  registerSecret(options.teamToken);

  const ctx: SendContext = {
    baseUrl: parseBaseUrl(options.baseUrl),
    timeouts: resolveTimeouts(options.timeoutMs),
    policy: wrapTypeError(() => resolveRetryPolicy(options.retry)),
    logger: options.logger ?? silentLogger(),
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    ...(options.gate ? { gate: options.gate } : {}),
  };
  const hasUser = Boolean(options.username);
  const hasPassword = options.password !== undefined && options.password !== '';
  if (hasUser !== hasPassword) {
    throw localizedRunError('CONFIG_MISSING', hasUser ? 'client.needsPassword' : 'client.needsUsername');
  }
  if (!hasUser && !options.token) {
    throw localizedRunError('CONFIG_MISSING', 'client.noCredentials');
  }

  const session = createSession(ctx, {
    ...(hasUser
      ? { credentials: { username: options.username as string, password: options.password as string } }
      : {}),
    token: options.token || undefined,
    teamToken: options.teamToken || undefined,
    database: options.database,
  });

  return {
    session: () => session.info(),
    whoami: () => session.info(),
    listDatabases: () => session.listDatabases(),
    teams: listing(session, PATHS.teams),
    customers: crud(session, PATHS.customers),
    products: crud(session, PATHS.products),
    visits: visits(session),
    orders: orders(session),
  };
}

function parseBaseUrl(value: unknown): URL {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    // The value itself is not echoed: a mistyped option could hold anything.
    throw localizedRunError('CONFIG_INVALID', 'client.badUrl');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw localizedRunError('CONFIG_INVALID', 'client.badProtocol', { protocol: url.protocol });
  }
  if (url.username || url.password) {
    throw localizedRunError('CONFIG_INVALID', 'client.urlCredentials');
  }
  if (url.search || url.hash) {
    throw localizedRunError('CONFIG_INVALID', 'client.urlQuery');
  }
  return url;
}

export function resolveTimeouts(value: ClientOptions['timeoutMs']): Timeouts {
  if (value === undefined) return { ...DEFAULT_TIMEOUTS };
  const check = (n: unknown, name: string): number => {
    if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) {
      throw localizedRunError('CONFIG_INVALID', 'client.notPositive', { name, value: String(n) });
    }
    return n;
  };
  if (typeof value === 'number' || typeof value !== 'object' || value === null) {
    const ms = check(value, 'timeoutMs');
    return { connect: Math.min(DEFAULT_TIMEOUTS.connect, ms), response: ms, request: ms };
  }
  const merged = { ...DEFAULT_TIMEOUTS, ...value };
  return {
    connect: check(merged.connect, 'timeoutMs.connect'),
    response: check(merged.response, 'timeoutMs.response'),
    request: check(merged.request, 'timeoutMs.request'),
  };
}

function wrapTypeError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof TypeError) throw new RunError('CONFIG_INVALID', err.message);
    throw err;
  }
}
