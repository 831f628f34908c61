/**
 * A bearer token that expires while requests wait in the rate gate: a big import queues hundreds of
 * requests, and a 429 pause or a slow server can hold them longer than a token lives. The token is
 * attached as each request leaves the gate, logins jump the queue, and a 401 for a token that
 * expired meanwhile is answered with a new login, not with API_AUTH.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PATHS, type RequestGate } from '../../src/api/index.js';
import { createRateGate } from '../../src/api/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { fakeDate, realDate } from '../fake-date.js';
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
    // 40 requests queue in the gate at once, and the clock (the client's and the sandbox's) moves
    // 50 ms as each turn comes, as at 20 starts a second: the last leaves 2 s after it joined, more
    // than three token lifetimes, without the test waiting for them. One at a time, so the clock
    // never moves while a request is on its way.
    const clock = fakeDate();
    try {
      const gate = createRateGate({ ratePerSec: Infinity, concurrency: 1 });
      const twentyPerSec: RequestGate = {
        run: (fn, options) =>
          gate.run(() => {
            clock.advance(50);
            return fn();
          }, options),
        pauseFor: (ms) => gate.pauseFor(ms),
      };
      const client = demoClient(sb.url, { gate: twentyPerSec });
      const pages = await Promise.all(
        Array.from({ length: 40 }, (_, i) => client.customers.list({ page: (i % 3) + 1, per_page: 2 })),
      );
      expect(pages.every((p) => p.data.length > 0)).toBe(true);
    } finally {
      realDate();
    }
    const logins = sb.requests.filter((r) => r.path === PATHS.token).length;
    expect(logins).toBeGreaterThanOrEqual(4);
    // Renewed as the token nears its end: 6 requests meet an expired token on this clock (a request
    // leaving just before the new login lands), 10 when a token is only renewed after its 401 (seen
    // with the renewal ahead of expiry removed).
    expect(sb.requests.filter((r) => r.status === 401).length).toBeLessThanOrEqual(7);
  });

  it('resends after a 401 for a token revoked while the request waited', async () => {
    // Tokens that live an hour: only the revocations below end them, not a slow machine.
    sb.configure({ tokenLifetimeSec: 3600 });
    const gate = createRateGate({ ratePerSec: 50, concurrency: 1 });
    const client = demoClient(sb.url, { gate });
    await client.customers.list({ per_page: 1 });
    try {
      // Twice: six requests queue, and every token is revoked as the one for page 2 arrives. Each
      // request the revocation meets must be resent with a new token, not fail with API_AUTH. (A
      // request met by two revocations in a row would be API_AUTH by design: hence two rounds.)
      for (const round of [1, 2]) {
        sb.resetLog();
        let revoked = false;
        const stop = sb.onRequest((r) => {
          if (!revoked && r.path === PATHS.customers && r.query.page === '2') {
            revoked = true;
            sb.expireTokens();
          }
        });
        const pages = [1, 2, 3, 4, 5, 6];
        const done = await Promise.all(pages.map((page) => client.customers.list({ page, per_page: 1 })));
        stop();
        expect({ round, pages: done.map((d) => d.meta.page) }).toEqual({ round, pages });
        // The refused request (and any that left the gate before the new login), then one new login
        // however many requests met the revocation, then nothing refused.
        const order = sb.requests.map((r) => (r.path === PATHS.token ? 'login' : r.status));
        expect(order.filter((r) => r === 'login')).toHaveLength(1);
        expect(order.slice(0, 2)).toEqual([200, 401]);
        expect(new Set(order.slice(order.indexOf('login') + 1))).toEqual(new Set([200]));
      }
    } finally {
      sb.configure({ tokenLifetimeSec: 0.6 });
    }
  });
});
