/**
 * A bearer token that expires while requests wait in the rate gate: a big import queues hundreds of
 * requests, and a 429 pause or a slow server can hold them longer than a token lives. The token is
 * attached as each request leaves the gate, logins jump the queue, and a 401 for a token that
 * expired meanwhile is answered with a new login, not with API_AUTH.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PATHS } from '../../src/api/index.js';
import { createRateGate } from '../../src/api/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { demoClient } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof createSandbox>>;
let sb: Sandbox;

beforeAll(async () => {
  sb = await createSandbox({ seed: 'demo', tokenLifetimeSec: 0.6 });
});
afterAll(async () => {
  await sb.close();
});

describe('tokens expiring while requests queue', () => {
  it('every queued request succeeds, with the newest token', async () => {
    // 20 requests at 10/s: the last leaves the gate 2 s after it joined, three token lifetimes.
    const client = demoClient(sb.url, { gate: createRateGate({ ratePerSec: 10, concurrency: 2 }) });
    const pages = await Promise.all(
      Array.from({ length: 20 }, (_, i) => client.customers.list({ page: (i % 3) + 1, per_page: 2 })),
    );
    expect(pages.every((p) => p.data.length > 0)).toBe(true);
    const logins = sb.requests.filter((r) => r.path === PATHS.token).length;
    expect(logins).toBeGreaterThan(1);
    // Renewed ahead of expiry: at most half the requests met an expired token, where all 20 would
    // without renewing. (How many do depends on how late the timers fire on a busy machine: a tighter
    // bound made this test fail one run in six there, with the renewal working.)
    expect(sb.requests.filter((r) => r.status === 401).length).toBeLessThanOrEqual(10);
  });

  it('resends after a 401 for a token revoked while the request waited', async () => {
    // Tokens that live an hour: only the revocations below end them, not a slow machine.
    sb.configure({ tokenLifetimeSec: 3600 });
    const gate = createRateGate({ ratePerSec: 50, concurrency: 1 });
    const client = demoClient(sb.url, { gate });
    await client.customers.list({ per_page: 1 });
    sb.resetLog();
    // Every token revoked as the 2nd and the 5th list request arrive, while the others wait in the
    // gate: each must be resent with a new token, not fail with API_AUTH.
    let lists = 0;
    const stop = sb.onRequest((r) => {
      if (r.path === PATHS.customers && [2, 5].includes(++lists)) sb.expireTokens();
    });
    try {
      const done = await Promise.all(Array.from({ length: 6 }, () => client.customers.list({ per_page: 1 })));
      expect(done.every((page) => page.data.length === 1)).toBe(true);
    } finally {
      stop();
      sb.configure({ tokenLifetimeSec: 0.6 });
    }
    // Each revocation met (the refused request, and any that left the gate before the new login),
    // one new login per revocation however many requests met it, and none refused after the last.
    const order = sb.requests.map((r) => (r.path === PATHS.token ? 'login' : r.status));
    expect(order.filter((r) => r === 401).length).toBeGreaterThanOrEqual(2);
    expect(order.filter((r) => r === 'login')).toHaveLength(2);
    expect(order.indexOf(401)).toBeLessThan(order.indexOf('login'));
    expect(new Set(order.slice(order.lastIndexOf('login') + 1))).toEqual(new Set([200]));
  });
});
