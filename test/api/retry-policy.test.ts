import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_RETRY_POLICY,
  classifyNetworkError,
  classifyStatus,
  decide,
  parseRetryAfter,
  resolveRetryPolicy,
  retryDelay,
  type FailureKind,
} from '../../src/api/index.js';

const policy = { baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };

describe('retryDelay (pure)', () => {
  it.each([
    // retry, random, retryAfterMs, expected
    [1, 0.999999, undefined, 99], // ceiling 100
    [2, 0.5, undefined, 100], // ceiling 200
    [3, 0.5, undefined, 200], // ceiling 400
    [4, 1, undefined, 800],
    [5, 1, undefined, 1000], // capped at maxDelayMs (1600 → 1000)
    [10, 1, undefined, 1000],
    [1, 0, undefined, 0], // full jitter can be zero
    [1, 0.5, 2000, 2000], // Retry-After honoured exactly, no jitter
    [3, 0.1, 0, 0],
    [1, 0.5, 60_000, 5000], // Retry-After capped at maxRetryAfterMs
  ])('retry %i, random %f, Retry-After %p ms → %i ms', (retry, r, retryAfter, expected) => {
    expect(retryDelay(retry, { ...policy, random: () => r }, retryAfter)).toBe(expected);
  });

  it('stays within [0, ceiling) for many random draws', () => {
    for (let retry = 1; retry <= 8; retry += 1) {
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
      for (let i = 0; i < 50; i += 1) {
        const d = retryDelay(retry, { ...policy, random: Math.random });
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(ceiling);
      }
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    ['1', 1000],
    ['0', 0],
    [' 2 ', 2000],
    ['0.5', 500],
    [['3', '9'], 3000],
    ['Thu, 01 Jan 2026 00:00:10 GMT', 10_000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0], // in the past
    ['soon', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%p → %p', (value, expected) => {
    expect(parseRetryAfter(value as string | string[] | undefined, now)).toBe(expected);
  });
});

describe('the retry table', () => {
  it.each<[string, number | string, FailureKind | undefined, string, string]>([
    // what, status or network code, kind, GET decision, POST decision
    ['rate limited', 429, 'rate-limited', 'retry', 'retry'],
    ['request timeout', 408, 'transient-status', 'retry', 'ambiguous'],
    ['server error', 500, 'transient-status', 'retry', 'ambiguous'],
    ['bad gateway', 502, 'transient-status', 'retry', 'ambiguous'],
    ['unavailable', 503, 'transient-status', 'retry', 'ambiguous'],
    ['gateway timeout', 504, 'transient-status', 'retry', 'ambiguous'],
    ['not implemented', 501, 'server-error', 'fail', 'ambiguous'],
    ['connection refused', 'ECONNREFUSED', 'not-sent', 'retry', 'retry'],
    ['DNS failure', 'ENOTFOUND', 'not-sent', 'retry', 'retry'],
    ['DNS try again', 'EAI_AGAIN', 'not-sent', 'retry', 'retry'],
    ['reset / socket hang up', 'ECONNRESET', 'lost-after-send', 'retry', 'ambiguous'],
    ['OS timeout', 'ETIMEDOUT', 'lost-after-send', 'retry', 'ambiguous'],
    ['broken pipe', 'EPIPE', 'lost-after-send', 'retry', 'ambiguous'],
    ['bad certificate', 'CERT_HAS_EXPIRED', 'unsendable', 'fail', 'fail'],
    ['unknown failure', 'HPE_INVALID_CHUNK_SIZE', 'unknown', 'fail', 'ambiguous'],
  ])('%s (%p): %s → GET %s, POST %s', (_what, input, kind, get, post) => {
    const actual = typeof input === 'number' ? classifyStatus(input) : classifyNetworkError(input);
    expect(actual).toBe(kind);
    for (const method of ['GET', 'PATCH', 'DELETE']) expect(decide(method, actual as FailureKind)).toBe(get);
    expect(decide('POST', actual as FailureKind)).toBe(post);
  });

  it.each([
    ['lookup', 'not-sent'],
    ['connect', 'not-sent'],
    ['secureConnect', 'not-sent'],
    ['send', 'lost-after-send'],
    ['response', 'lost-after-send'],
    ['request', 'lost-after-send'],
  ])('a timeout in phase %s is %s', (event, kind) => {
    expect(classifyNetworkError('ETIMEDOUT', event)).toBe(kind);
  });

  it.each([200, 201, 204, 301, 400, 401, 403, 404, 422])(
    'status %i is final, not a retry matter',
    (status) => {
      expect(classifyStatus(status)).toBeUndefined();
    },
  );
});

describe('resolveRetryPolicy', () => {
  it('spreads defaults first', () => {
    const p = resolveRetryPolicy({ maxRetries: 2 });
    expect(p.maxRetries).toBe(2);
    expect(p.baseDelayMs).toBe(DEFAULT_RETRY_POLICY.baseDelayMs);
    expect(DEFAULT_RETRY_POLICY.maxRetries).toBe(5);
  });

  it('says what it received', () => {
    expect(() => resolveRetryPolicy({ maxRetries: 'abc' as unknown as number })).toThrow(
      'expected `retry.maxRetries` to be a number >= 0, got `abc`',
    );
    expect(() => resolveRetryPolicy({ maxRetries: 1.5 })).toThrow('integer');
    expect(() => resolveRetryPolicy({ baseDelayMs: -1 })).toThrow('got `-1`');
  });
});
