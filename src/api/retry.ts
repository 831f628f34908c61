/**
 * Retry policy as data, delay as a pure function (docs/ARCHITECTURE.md, "Safety model for writes").
 *
 * A failed attempt is first *classified* (what kind of failure, did the request reach the
 * server?), then the table says what to do for an idempotent request (GET, PATCH, DELETE) and
 * for a create (POST). The API has no idempotency key, so a POST is only resent when it
 * provably never reached the server, or the server said 429 (a refusal, nothing applied).
 */
import type { ApiErrorCode } from './errors.js';

export interface RetryPolicy {
  /** Retries after the first attempt (so at most maxRetries + 1 attempts). */
  maxRetries: number;
  /** Retries after a 429, counted apart from `maxRetries` (a 429 applied nothing; it says when to come back). */
  maxRateLimitRetries: number;
  /** Backoff base: the first retry waits up to this, then twice as much, ... */
  baseDelayMs: number;
  /** Cap on one backoff delay. */
  maxDelayMs: number;
  /** Cap on a server's `Retry-After` (a longer one is waited for this long only). */
  maxRetryAfterMs: number;
  /** Uniform [0, 1) source for the jitter; injectable so tests can pin it. */
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  maxRetries: 5,
  maxRateLimitRetries: 10,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  random: Math.random,
});

/** What kind of failure one attempt met. */
export type FailureKind =
  /** No TCP connection was made (refused, DNS failure, connect timeout): nothing was sent. */
  | 'not-sent'
  /** 429: the server refused the request without applying it. */
  | 'rate-limited'
  /** 408, 500, 502, 503, 504: transient trouble; a write may have been applied. */
  | 'transient-status'
  /** Any other 5xx: not worth repeating, but a write may have been applied. */
  | 'server-error'
  /** Reset, hang up, response timeout: the request left, the answer did not arrive. */
  | 'lost-after-send'
  /** Fails before sending and retrying will not cure it (TLS certificate, bad URL, ...). */
  | 'unsendable'
  /** Any other network failure: it may have happened after the request was written. */
  | 'unknown';

export type Decision = 'retry' | 'ambiguous' | 'fail';

/** THE TABLE. Rows: failure kinds; columns: idempotent methods vs POST (create). */
export const RETRY_TABLE: Readonly<Record<FailureKind, { idempotent: Decision; create: Decision }>> = {
  'not-sent': { idempotent: 'retry', create: 'retry' },
  'rate-limited': { idempotent: 'retry', create: 'retry' },
  'transient-status': { idempotent: 'retry', create: 'ambiguous' },
  'server-error': { idempotent: 'fail', create: 'ambiguous' },
  'lost-after-send': { idempotent: 'retry', create: 'ambiguous' },
  unsendable: { idempotent: 'fail', create: 'fail' },
  unknown: { idempotent: 'fail', create: 'ambiguous' },
};

/** The error code when a kind runs out of retries (or is not retried). */
export const EXHAUSTED_CODE: Readonly<Record<FailureKind, ApiErrorCode>> = {
  'not-sent': 'API_NETWORK',
  'rate-limited': 'API_RATE_LIMITED',
  'transient-status': 'API_SERVER',
  'server-error': 'API_SERVER',
  'lost-after-send': 'API_NETWORK',
  unsendable: 'API_NETWORK',
  unknown: 'API_NETWORK',
};

export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
export const RATE_LIMIT_STATUS = 429;

/** Connection refused and DNS failures: the request never left this machine. */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** got timeout phases that end before any byte of the request is written. */
export const NOT_SENT_TIMEOUT_EVENTS: ReadonlySet<string> = new Set(['lookup', 'connect', 'secureConnect']);
/** Transient failures after the connection was made ("socket hang up" is ECONNRESET). */
export const LOST_AFTER_SEND_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ERR_READING_RESPONSE_STREAM',
]);
/** Failures before sending that a retry cannot cure. */
const UNSENDABLE_CODE =
  /^(CERT_|ERR_TLS_|ERR_SSL_|ERR_INVALID_URL|ERR_INVALID_PROTOCOL)|SELF_SIGNED|UNABLE_TO_VERIFY/;

export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']);

/** Classifies an HTTP status; undefined for answers that are final (2xx, 3xx, most 4xx). */
export function classifyStatus(status: number): FailureKind | undefined {
  if (status === RATE_LIMIT_STATUS) return 'rate-limited';
  if (RETRY_STATUSES.has(status)) return 'transient-status';
  if (status >= 500 && status <= 599) return 'server-error';
  return undefined;
}

/** Classifies a network error by its code and, for timeouts, the phase that timed out. */
export function classifyNetworkError(code: string | undefined, timeoutEvent?: string): FailureKind {
  if (timeoutEvent !== undefined) {
    return NOT_SENT_TIMEOUT_EVENTS.has(timeoutEvent) ? 'not-sent' : 'lost-after-send';
  }
  if (code && NOT_SENT_CODES.has(code)) return 'not-sent';
  if (code && LOST_AFTER_SEND_CODES.has(code)) return 'lost-after-send';
  if (code && UNSENDABLE_CODE.test(code)) return 'unsendable';
  // Unknown codes may have happened after the request was written (e.g. a malformed answer).
  return 'unknown';
}

/** What to do with a failure of this kind for this method. */
export function decide(method: string, kind: FailureKind): Decision {
  const row = RETRY_TABLE[kind];
  return IDEMPOTENT_METHODS.has(method.toUpperCase()) ? row.idempotent : row.create;
}

/**
 * The wait before retry number `retry` (1 = first retry). Pure.
 * - With a server `Retry-After`: exactly that, capped at `maxRetryAfterMs`.
 * - Otherwise exponential backoff with full jitter: uniform in [0, min(cap, base · 2^(retry-1))).
 */
export function retryDelay(
  retry: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'maxRetryAfterMs' | 'random'>,
  retryAfterMs?: number,
): number {
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) {
    return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  }
  const exponent = Math.max(0, retry - 1);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  const r = Math.min(Math.max(policy.random(), 0), 1);
  return Math.floor(r * ceiling);
}

/**
 * Parses a `Retry-After` header: delta seconds (`"2"`, `"0.5"`) or an HTTP date. Pure.
 * Returns milliseconds, or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Spreads defaults first, then checks every number (messages say what was received). */
export function resolveRetryPolicy(partial: Partial<RetryPolicy> | undefined): RetryPolicy {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...stripUndefined(partial ?? {}) };
  for (const key of [
    'maxRetries',
    'maxRateLimitRetries',
    'baseDelayMs',
    'maxDelayMs',
    'maxRetryAfterMs',
  ] as const) {
    const value = policy[key];
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      throw new TypeError(`expected \`retry.${key}\` to be a number >= 0, got \`${String(value)}\``);
    }
  }
  for (const key of ['maxRetries', 'maxRateLimitRetries'] as const) {
    if (!Number.isInteger(policy[key])) {
      throw new TypeError(`expected \`retry.${key}\` to be an integer >= 0, got \`${policy[key]}\``);
    }
  }
  if (typeof policy.random !== 'function') {
    throw new TypeError(`expected \`retry.random\` to be a function, got \`${typeof policy.random}\``);
  }
  return policy;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
