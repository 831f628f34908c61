/**
 * One request, start to end: read the body (bounded), route, scripted or random faults,
 * latency, authentication, rate limit, team token, the handler, then the faults that strike
 * after a commit (dropped connection, proxy 502) or hold the answer back. Everything here is
 * cheap per request: no copying of stored data, one HMAC for the team token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import Router from 'find-my-way';
import { MESSAGES, RETRY_AFTER_HEADER, TEAM_TOKEN_PARAM } from '../contract/index.js';
import type { Faults, RandomFaults, ScriptedFault } from './faults.js';
import { HttpError, proxyPage, readBody, send, serverError, type Reply } from './http.js';
import { maskQuery, type RequestLog, type RequestLogEntry } from './log.js';
import { effectiveBurst } from './options.js';
import type { RateLimiter } from './rate-limit.js';
import { parseJsonBody, type App, type Ctx, type Route } from './route.js';
import type { Json } from './validate.js';

export interface PipelineDeps {
  app: App;
  routes: Route[];
  faults: Faults;
  limiter: RateLimiter;
  log: RequestLog;
  /** A sleep that `close()` can cut short. */
  sleep(ms: number): Promise<void>;
}

const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

export function createPipeline(deps: PipelineDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const router = Router({ ignoreTrailingSlash: true });
  for (const route of deps.routes) router.on(route.method, route.path, () => undefined, route);
  const methods = [...new Set(deps.routes.map((r) => r.method))];

  function lookup(method: string, path: string): { route: Route; params: Ctx['params'] } | Reply {
    const found = router.find(method as Router.HTTPMethod, path);
    if (found) return { route: found.store as Route, params: found.params };
    const other = methods.some((m) => m !== method && router.find(m, path));
    return other
      ? { status: 405, body: { message: 'Method Not Allowed' } }
      : { status: 404, body: { message: MESSAGES.notFound } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const query = q < 0 ? {} : Object.fromEntries(new URLSearchParams(url.slice(q + 1)));
    const authorization = req.headers.authorization;
    const entry: RequestLogEntry = {
      at: Date.now(),
      method,
      path,
      query: maskQuery(query),
      status: 0,
      bearer: /^Bearer\s/i.test(authorization ?? ''),
    };
    deps.log.add(entry);
    const options = deps.app.options();
    const raw = await readBody(req, options.maxBodyBytes);

    let body: Json | HttpError = {};
    if (raw === undefined) {
      body = new HttpError(413, { message: 'Payload Too Large' });
    } else if (raw.length > 0) {
      try {
        body = parseJsonBody(raw);
        entry.body = body;
      } catch (err) {
        body = err as HttpError;
        entry.body = raw.toString('utf8').slice(0, 2000);
      }
    }

    const scripted = deps.faults.take(method, path);
    const random: RandomFaults = scripted ? { jitterMs: 0 } : deps.faults.draw(options, WRITES.has(method));
    if (scripted) entry.fault = scripted.action;

    const finish = (reply: Reply) => {
      entry.status = reply.status;
      send(res, reply);
    };
    const drop = () => {
      entry.status = 0;
      res.socket?.destroy();
      res.destroy();
    };

    if (scripted?.action === 'drop-before') return drop();
    const latency = options.latencyMs + random.jitterMs;
    if (latency > 0) await deps.sleep(latency);
    if (scripted?.action === 'status') return finish(scriptedReply(scripted));
    if (random.fail) {
      entry.fault = 'random-fail';
      return finish(serverError(random.fail.status, random.fail.html));
    }
    if (body instanceof HttpError && body.status === 413) return finish(errorReply(body));

    const target = lookup(method, path);
    let reply: Reply;
    if ('route' in target) {
      const ctx: Ctx = {
        app: deps.app,
        params: target.params,
        query,
        authorization,
        username: '',
        json: () => {
          if (body instanceof HttpError) throw body;
          return body;
        },
      };
      reply = run(target.route, ctx, entry);
    } else {
      reply = target;
    }

    let after: 'drop' | '502' | undefined;
    if (scripted?.action === 'commit-then-drop') after = 'drop';
    else if (scripted?.action === 'commit-then-502') after = '502';
    else if (random.afterCommit && reply.status < 300 && 'route' in target) {
      // Random commit failures strike only where something was committed.
      after = random.afterCommit;
      entry.fault = `random-commit-${after}`;
    }
    let hold = scripted?.action === 'delay' ? scripted.ms : 0;
    if (random.slowMs) {
      hold += random.slowMs;
      entry.fault ??= 'random-slow';
    }
    if (hold > 0) await deps.sleep(hold);
    if (after === 'drop') return drop();
    finish(after === '502' ? proxyPage(502) : reply);
  }

  function run(route: Route, ctx: Ctx, entry: RequestLogEntry): Reply {
    try {
      authorize(route, ctx);
      return route.handle(ctx);
    } catch (err) {
      if (err instanceof HttpError) return errorReply(err);
      entry.error = (err as Error).message;
      return serverError(500, false);
    }
  }

  /** 401, then 429, then 403, in that order, as the route's access asks. */
  function authorize(route: Route, ctx: Ctx): void {
    if (route.access === 'basic') return;
    const { auth, store } = deps.app;
    const session = auth.bearer(ctx.authorization);
    if (!session) throw new HttpError(401, { message: MESSAGES.unauthenticated });
    ctx.username = session.username;
    const options = deps.app.options();
    const wait = deps.limiter.take(session.token, options.rateLimit, effectiveBurst(options));
    if (wait > 0)
      throw new HttpError(429, { message: MESSAGES.rateLimited }, { [RETRY_AFTER_HEADER]: String(wait) });
    if (route.access === 'bearer') return;
    const token = ctx.query[TEAM_TOKEN_PARAM];
    if (route.access === 'team-optional' && token === undefined) return;
    const claims = auth.verifyTeamToken(token);
    const db = claims && store.database(claims.db_id);
    if (!claims || !db || !db.teams.get(claims.team_id) || !auth.canReach(session.username, db.id)) {
      throw new HttpError(403, { message: MESSAGES.invalidTeamToken });
    }
    ctx.db = db;
    ctx.teamId = claims.team_id;
  }

  return (req, res) => {
    handle(req, res).catch(() => {
      // Typically a request stream that broke off: answer if anybody is still listening.
      if (!res.headersSent && !res.destroyed) send(res, serverError(500, false));
    });
  };
}

function errorReply(err: HttpError): Reply {
  return { status: err.status, body: err.body, headers: err.headers };
}

function scriptedReply(fault: Extract<ScriptedFault, { action: 'status' }>): Reply {
  const headers: Record<string, string> = {};
  if (fault.retryAfterSec !== undefined) headers[RETRY_AFTER_HEADER] = String(fault.retryAfterSec);
  if (typeof fault.body === 'string') return { status: fault.status, body: fault.body, html: true, headers };
  const message =
    fault.status === 429 ? MESSAGES.rateLimited : fault.status >= 500 ? 'Server Error' : 'Error';
  return { status: fault.status, body: fault.body ?? { message }, headers };
}
