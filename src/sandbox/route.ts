/**
 * What a route handler sees and returns. The pipeline (server.ts) has already checked the
 * access a route declares, so a handler only does its endpoint's own work.
 */
import type { Auth } from './auth.js';
import { HttpError, notFound, type Reply } from './http.js';
import type { ResolvedRuntimeOptions } from './options.js';
import type { Query } from './query.js';
import type { DatabaseState, Store } from './store.js';
import { isObject, type Json } from './validate.js';

/**
 * - basic: the handler reads the Basic credentials itself (GET token);
 * - bearer: a live bearer token;
 * - team: a bearer token and a valid team token for a database the user can reach;
 * - team-optional: as team when a team token is sent, as bearer otherwise (PATCH order).
 */
export type Access = 'basic' | 'bearer' | 'team' | 'team-optional';
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface App {
  store: Store;
  auth: Auth;
  options: () => ResolvedRuntimeOptions;
}

export interface Ctx {
  app: App;
  params: Record<string, string | undefined>;
  query: Query;
  authorization: string | undefined;
  /** The bearer token's user ('' on the basic route). */
  username: string;
  /** The team token's database and team member (absent only on bearer and team-optional routes). */
  db?: DatabaseState;
  teamId?: number;
  /** The request body as a JSON object; throws 400 when it is not one. */
  json(): Json;
}

export interface Route {
  method: Method;
  path: string;
  access: Access;
  handle(ctx: Ctx): Reply;
}

/** The team token's database (present on every `team` route). */
export function dbOf(ctx: Ctx): DatabaseState {
  if (!ctx.db) throw new Error('route needs a team token'); // a routing table mistake, not a client error
  return ctx.db;
}

/** Integer path ids; anything else is simply not found, as with a route constraint. */
export function idParam(ctx: Ctx, name = 'id'): number {
  const raw = ctx.params[name] ?? '';
  if (!/^\d{1,15}$/.test(raw)) throw notFound();
  return Number(raw);
}

export function parseJsonBody(raw: Buffer): Json {
  if (raw.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch (err) {
    throw new HttpError(400, { message: `Malformed JSON body: ${(err as Error).message}` });
  }
  if (!isObject(value)) throw new HttpError(400, { message: 'The request body must be a JSON object.' });
  return value;
}
