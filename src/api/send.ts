/**
 * The one `send` function: builds the URL, passes every attempt through the rate gate, retries
 * by the table in retry.ts, and turns the final answer into parsed JSON or an ApiError.
 * Authentication (and re-login on 401) is layered on top, in session.ts.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { RETRY_AFTER_HEADER, parseErrorBody } from '../contract/index.js';
import { ApiError, stripQuery, type ApiErrorCode } from './errors.js';
import {
  EXHAUSTED_CODE,
  RATE_LIMIT_STATUS,
  classifyNetworkError,
  classifyStatus,
  decide,
  parseRetryAfter,
  retryDelay,
  type FailureKind,
  type RetryPolicy,
} from './retry.js';
import { leaveHook } from './leave-hook.js';
import { attempt, type AttemptResult, type Timeouts } from './transport.js';
import type { MessageRef } from '../errors.js';
import { messageRef, t, type MessageKey } from '../i18n/index.js';

/** What the client needs of a rate gate (src/push's RateGate fits). */
export interface RequestGate {
  /** Runs `fn` when the rate allows; a higher `priority` goes before requests already waiting. */
  run<T>(fn: () => Promise<T>, options?: { priority?: number }): Promise<T>;
  pauseFor(ms: number): void;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | undefined | null;

export interface SendContext {
  baseUrl: URL;
  timeouts: Timeouts;
  policy: RetryPolicy;
  logger: Logger;
  userAgent: string;
  gate?: RequestGate;
}

export interface SendRequest {
  method: HttpMethod;
  /** Path relative to the base URL, without query. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /**
   * The Authorization header value, or undefined for none. A function is called as each attempt
   * leaves (after its wait in the rate gate), so a request that waited longer than a bearer
   * token lives still goes out with the newest token.
   */
  authorization?: string | (() => string | undefined);
  /** Rate gate priority (default 0): logins go before the data requests waiting for them. */
  priority?: number;
  /** Attempts already spent on this logical request (before a re-login). */
  priorAttempts?: number;
}

export interface SendResult {
  status: number;
  /** Parsed JSON body (`{}` for an empty 2xx body). */
  body: unknown;
  attempts: number;
}

export async function send(ctx: SendContext, req: SendRequest): Promise<SendResult> {
  const url = buildUrl(ctx.baseUrl, req.path, req.query);
  const path = stripQuery(req.path);
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': ctx.userAgent };
  let payload: string | undefined;
  if (req.body !== undefined) {
    payload = JSON.stringify(req.body);
    headers['content-type'] = 'application/json';
  }
  const prior = req.priorAttempts ?? 0;
  // Only a request that changes data is announced (a login or lookup inside the same row is not).
  const onLeave = req.method === 'GET' ? undefined : leaveHook();

  // 429s have a budget of their own: a refusal that the server times for us is no sign of
  // trouble, and a burst of them must not use up the retries meant for failures.
  for (let retry = 0, limited = 0; ;) {
    const attemptNo = prior + retry + limited + 1;
    const once = async (): Promise<{ result: AttemptResult; ms: number }> => {
      const authorization = typeof req.authorization === 'function' ? req.authorization() : req.authorization;
      // Past the gate (and its stop check): the journal records the request before it leaves.
      onLeave?.();
      const started = performance.now();
      const result = await attempt({
        method: req.method,
        url,
        headers: authorization ? { ...headers, authorization } : headers,
        body: payload,
        timeouts: ctx.timeouts,
      });
      return { result, ms: Math.round(performance.now() - started) };
    };
    const gateOptions = req.priority ? { priority: req.priority } : undefined;
    const { result, ms } = ctx.gate ? await ctx.gate.run(once, gateOptions) : await once();

    if (result.ok) {
      ctx.logger.debug(
        { method: req.method, path, status: result.status, ms, attempt: attemptNo },
        'api request',
      );
    } else {
      ctx.logger.debug(
        {
          method: req.method,
          path,
          networkCode: result.code,
          timeoutEvent: result.timeoutEvent,
          ms,
          attempt: attemptNo,
        },
        'api request failed',
      );
    }

    const kind = result.ok
      ? classifyStatus(result.status)
      : classifyNetworkError(result.code, result.timeoutEvent);
    if (kind === undefined && result.ok) return finish(req.method, path, result, attemptNo);

    const failure = kind as FailureKind;
    const decision = decide(req.method, failure);
    const status = result.ok ? result.status : undefined;
    const networkCode = result.ok ? undefined : result.code;
    if (decision === 'ambiguous') {
      throw new ApiError({
        code: 'API_AMBIGUOUS',
        method: req.method,
        path,
        status,
        networkCode,
        attempts: attemptNo,
        reason: `${describe(result)} after the request was sent; it may or may not have been applied (not resent)`,
        localized: failureRef(result, 'Ambiguous', attemptNo),
      });
    }
    const rateLimited = failure === 'rate-limited';
    const exhausted = rateLimited
      ? limited >= ctx.policy.maxRateLimitRetries
      : retry >= ctx.policy.maxRetries;
    if (decision === 'fail' || exhausted) {
      throw failureError(req.method, path, result, failure, attemptNo, decision === 'retry');
    }
    if (rateLimited) limited += 1;
    else retry += 1;

    const retryAfterMs = result.ok
      ? parseRetryAfter(result.headers[RETRY_AFTER_HEADER], Date.now())
      : undefined;
    const delayMs = retryDelay(rateLimited ? limited : retry, ctx.policy, retryAfterMs);
    // The limit is per token: every other request of the run would only meet the same 429.
    if (status === RATE_LIMIT_STATUS && ctx.gate) ctx.gate.pauseFor(delayMs);
    ctx.logger.warn(
      { method: req.method, path, status, networkCode, attempt: attemptNo, delayMs, retryAfterMs },
      retryLine(req.method, path, result, delayMs),
    );
    if (delayMs > 0) await sleep(delayMs);
  }
}

function finish(
  method: HttpMethod,
  path: string,
  result: Extract<AttemptResult, { ok: true }>,
  attempts: number,
): SendResult {
  const parsed = parseJson(result.body);
  if (result.status >= 200 && result.status < 300) {
    if (result.body.trim() === '') return { status: result.status, body: {}, attempts };
    if (parsed.ok) return { status: result.status, body: parsed.value, attempts };
    // A create answered 2xx was most likely applied; the caller must reconcile, not resend.
    throw new ApiError({
      code: method === 'POST' ? 'API_AMBIGUOUS' : 'API_UNEXPECTED',
      method,
      path,
      status: result.status,
      attempts,
      reason: `answered ${result.status} with a body that is not JSON`,
      localized: messageRef('net.notJson'),
    });
  }
  const body = parseErrorBody(parsed.ok ? parsed.value : undefined);
  const serverMessage = body.message;
  const fieldErrors = body.errors;
  const code = statusCode(result.status);
  const fields = Object.entries(fieldErrors)
    .map(([field, reasons]) => `${field}: ${reasons.join(', ')}`)
    .join('; ');
  const reason = [
    `${result.status}`,
    serverMessage ?? (parsed.ok ? undefined : 'non-JSON answer'),
    fields && `(${fields})`,
  ]
    .filter(Boolean)
    .join(' ');
  const detail = reason.slice(String(result.status).length).trim();
  const localized = detail ? messageRef('net.answered', { detail }) : messageRef('net.answeredBare');
  throw new ApiError({ code, method, path, status: result.status, attempts, fieldErrors, reason, localized });
}

function statusCode(status: number): ApiErrorCode {
  if (status === 401) return 'API_AUTH';
  if (status === 403) return 'API_FORBIDDEN';
  if (status === 404) return 'API_NOT_FOUND';
  if (status === 400 || status === 422) return 'API_VALIDATION';
  if (status >= 500) return 'API_SERVER';
  return 'API_UNEXPECTED';
}

function failureError(
  method: HttpMethod,
  path: string,
  result: AttemptResult,
  kind: FailureKind,
  attempts: number,
  exhausted: boolean,
): ApiError {
  return new ApiError({
    code: EXHAUSTED_CODE[kind],
    method,
    path,
    status: result.ok ? result.status : undefined,
    networkCode: result.ok ? undefined : result.code,
    attempts,
    reason: exhausted ? `${describe(result)}, gave up after ${attempts} attempts` : describe(result),
    localized: failureRef(result, exhausted ? 'GaveUp' : '', attempts),
  });
}

/** The catalog message of a failed attempt: one whole sentence per kind of failure and outcome. */
function failureRef(
  result: AttemptResult,
  outcome: '' | 'GaveUp' | 'Ambiguous',
  attempts: number,
): MessageRef {
  const kind = result.ok
    ? 'http'
    : result.timeoutEvent
      ? 'timeout'
      : result.code === 'ECONNREFUSED'
        ? 'refused'
        : result.code === 'ENOTFOUND' || result.code === 'EAI_AGAIN'
          ? 'hostNotFound'
          : result.code === 'ECONNRESET'
            ? 'reset'
            : 'other';
  return messageRef(`net.${kind}${outcome}` as MessageKey, {
    attempts,
    event: result.ok ? undefined : result.timeoutEvent,
    networkCode: result.ok ? undefined : (result.code ?? 'unknown'),
  });
}

/** A secret-free description of one failed attempt (never a got message: it holds the URL). */
function describe(result: AttemptResult): string {
  if (result.ok) return `HTTP ${result.status}`;
  if (result.timeoutEvent) return `timed out (${result.timeoutEvent})`;
  if (result.code === 'ECONNREFUSED') return 'connection refused (ECONNREFUSED)';
  if (result.code === 'ENOTFOUND' || result.code === 'EAI_AGAIN') return `host not found (${result.code})`;
  if (result.code === 'ECONNRESET') return 'connection reset (ECONNRESET)';
  return `network error (${result.code ?? 'unknown'})`;
}

/** The warn line of a retry, in the reader's language. */
function retryLine(method: HttpMethod, path: string, result: AttemptResult, delay: number): string {
  const p = { method, path, delay };
  if (result.ok) return t('log.retry.http', { ...p, status: result.status });
  if (result.timeoutEvent) return t('log.retry.timeout', { ...p, event: result.timeoutEvent });
  if (result.code === 'ECONNREFUSED') return t('log.retry.refused', p);
  if (result.code === 'ENOTFOUND' || result.code === 'EAI_AGAIN')
    return t('log.retry.hostNotFound', { ...p, networkCode: result.code });
  if (result.code === 'ECONNRESET') return t('log.retry.reset', p);
  return t('log.retry.other', { ...p, networkCode: result.code ?? 'unknown' });
}

export function buildUrl(base: URL, path: string, query?: Record<string, QueryValue>): URL {
  const url = new URL(base.href.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    url.searchParams.set(key, String(value));
  }
  return url;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
