import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ApiError, PATHS, createClient, type SalesManiaClient } from '../../src/api/index.js';
import { createRateGate } from '../../src/api/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { DEMO_DB_ID, FAST_RETRY, captureLogger, closedPort, demoClient, rejectionOf } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof createSandbox>>;
let sb: Sandbox;
let client: SalesManiaClient;

beforeAll(async () => {
  sb = await createSandbox({ seed: 'demo' });
  client = demoClient(sb.url);
  await client.session();
});
afterAll(async () => {
  await sb.close();
});
beforeEach(() => {
  sb.resetLog();
});

const C = PATHS.customers;
const hits = (method: string, path: string) =>
  sb.requests.filter((r) => r.method === method && r.path === path);
const withKey = (key: string) => sb.state.customers(DEMO_DB_ID).filter((c) => c.ext_cust_no === key);

async function someCustomerId(): Promise<number> {
  const id = (await client.customers.list({ per_page: 1 })).data[0].id;
  sb.resetLog();
  return id;
}

describe('429 and Retry-After', () => {
  it('waits Retry-After before repeating a GET', async () => {
    const { logger, lines } = captureLogger();
    const patient = demoClient(sb.url, { logger });
    await patient.session();
    sb.resetLog();
    sb.script({ method: 'GET', path: C, times: 1, action: 'status', status: 429, retryAfterSec: 1 });
    // A timer as long as the Retry-After, armed as the 429 arrives: before the client's wait, which
    // starts only once the answer is back. Node fires timers in the order they end, so a retry that
    // waited the Retry-After arrives after it, one that waited its own backoff (5 ms) before it.
    const arrivals: string[] = [];
    const stop = sb.onRequest((r) => {
      if (r.path !== C) return;
      arrivals.push('GET');
      if (arrivals.length === 1) setTimeout(() => arrivals.push('Retry-After over'), 1000);
    });
    const page = await patient.customers.list({ per_page: 1 }).finally(stop);
    expect(page.data).toHaveLength(1);
    expect(hits('GET', C).map((r) => r.status)).toEqual([429, 200]);
    expect(arrivals).toEqual(['GET', 'Retry-After over', 'GET']);
    // What the client decided: the server's Retry-After, not its own (5 ms) backoff.
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.filter((l) => 'delayMs' in l)).toEqual([
      expect.objectContaining({ status: 429, retryAfterMs: 1000, delayMs: 1000 }),
    ]);
  });

  it('repeats a POST that met 429 (nothing was applied): created exactly once', async () => {
    sb.script({ method: 'POST', path: C, times: 2, action: 'status', status: 429, retryAfterSec: 0 });
    await client.customers.create({ name: 'Toko 429', ext_cust_no: 'F-429' });
    expect(hits('POST', C).map((r) => r.status)).toEqual([429, 429, 200]);
    expect(withKey('F-429')).toHaveLength(1);
  });

  it('gives up with API_RATE_LIMITED after maxRateLimitRetries, a budget apart from maxRetries', async () => {
    sb.script({ method: 'GET', path: C, times: 3, action: 'status', status: 429, retryAfterSec: 0 });
    const limited = demoClient(sb.url, { retry: { ...FAST_RETRY, maxRetries: 0, maxRateLimitRetries: 2 } });
    const err = await rejectionOf(limited.customers.list());
    expect(err).toMatchObject({ code: 'API_RATE_LIMITED', status: 429, attempts: 3 });
  });

  it('pauses the whole gate: a request queued meanwhile waits too', async () => {
    const gate = createRateGate({ ratePerSec: 50, concurrency: 4, burst: 5 });
    const gated = demoClient(sb.url, { gate });
    await gated.session();
    sb.resetLog();
    sb.script({ method: 'GET', path: C, times: 1, action: 'status', status: 429, retryAfterSec: 1 });
    // The gate as each request arrives (one that left during the pause would find it paused), and a
    // timer armed as the 429 arrives, before the gate's pause begins: a pause cut short lets the
    // queued GET arrive before it. (10 ms short of the Retry-After: the gate ends its pause by
    // `Date`, timers run on another clock, and the two round their milliseconds apart.)
    const seen: Array<{ path: string; paused?: boolean; pauses?: number }> = [];
    const stop = sb.onRequest((r) => {
      const { paused, pauses } = gate.stats();
      if (r.path === PATHS.token) return;
      seen.push({ path: r.path, paused, pauses });
      if (seen.length === 1) setTimeout(() => seen.push({ path: 'Retry-After over' }), 990);
    });
    let firstDone = false;
    const first = gated.customers.list({ per_page: 1 }).finally(() => {
      firstDone = true;
    });
    // Queued once the 429 has arrived and paused the gate (checked every turn of the event loop).
    while (!gate.stats().paused && !firstDone) await new Promise((resolve) => setImmediate(resolve));
    const queuedWhilePaused = gate.stats().paused;
    const other = gated.products.list({ per_page: 1 });
    await Promise.all([first, other]).finally(stop);
    expect(queuedWhilePaused).toBe(true);
    expect(hits('GET', C).map((r) => r.status)).toEqual([429, 200]);
    // Paused once, for the Retry-After (1 s); the queued GET and the retry both left after it ended
    // (in either order: the pause and the client's own wait end together).
    expect(gate.stats()).toMatchObject({ pauses: 1, lastPauseMs: 1000, paused: false });
    expect(seen.slice(0, 2)).toEqual([{ path: C, paused: false, pauses: 0 }, { path: 'Retry-After over' }]);
    expect(seen.slice(2)).toHaveLength(2);
    expect(seen.slice(2)).toEqual(
      expect.arrayContaining([
        { path: PATHS.products, paused: false, pauses: 1 },
        { path: C, paused: false, pauses: 1 },
      ]),
    );
    // Every HTTP attempt, the logins included, went through the gate.
    expect(gate.stats().started).toBe(3 + 3);
  });
});

describe('transient failures of idempotent requests are retried', () => {
  it('GET through 503 and 502 (HTML)', async () => {
    sb.script({ method: 'GET', path: C, times: 1, action: 'status', status: 503 });
    sb.script({
      method: 'GET',
      path: C,
      times: 1,
      action: 'status',
      status: 502,
      body: '<html>Bad Gateway</html>',
    });
    const page = await client.customers.list({ per_page: 2 });
    expect(page.data).toHaveLength(2);
    expect(hits('GET', C).map((r) => r.status)).toEqual([503, 502, 200]);
  });

  it('PATCH through 500 and a dropped connection', async () => {
    const id = await someCustomerId();
    sb.script({ method: 'PATCH', path: `${C}/${id}`, times: 1, action: 'status', status: 500 });
    sb.script({ method: 'PATCH', path: `${C}/${id}`, times: 1, action: 'commit-then-drop' });
    await client.customers.update(id, { city: 'Kudus' });
    expect(hits('PATCH', `${C}/${id}`).map((r) => r.status)).toEqual([500, 0, 200]);
    expect((await client.customers.get(id)).city).toBe('Kudus');
  });

  it('DELETE through 504', async () => {
    await client.customers.create({ name: 'Toko Hapus', ext_cust_no: 'F-DEL' });
    const [{ id }] = withKey('F-DEL');
    sb.script({ method: 'DELETE', path: `${C}/${id}`, times: 2, action: 'status', status: 504 });
    await client.customers.delete(id);
    expect(hits('DELETE', `${C}/${id}`).map((r) => r.status)).toEqual([504, 504, 200]);
    expect(withKey('F-DEL')).toHaveLength(0);
  });

  it('gives up with API_SERVER after maxRetries', async () => {
    sb.script({ method: 'GET', path: C, times: 6, action: 'status', status: 503 });
    const err = await rejectionOf(client.customers.list());
    expect(err).toMatchObject({ code: 'API_SERVER', status: 503, attempts: 6, method: 'GET', path: C });
    expect(hits('GET', C)).toHaveLength(6);
  });
});

describe('a create is never resent once it may have reached the server', () => {
  it.each([
    ['commit-then-drop', 'F-DROP', 1],
    ['commit-then-502', 'F-502', 1],
    ['drop-before', 'F-DROPB', 0],
  ] as const)('%s → API_AMBIGUOUS, one POST, %i record(s)', async (action, key, records) => {
    sb.script({ method: 'POST', path: C, times: 1, action });
    const err = await rejectionOf(client.customers.create({ name: `Toko ${key}`, ext_cust_no: key }));
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'API_AMBIGUOUS', method: 'POST', path: C, attempts: 1 });
    expect(hits('POST', C)).toHaveLength(1);
    expect(withKey(key)).toHaveLength(records);
  });

  it('a 503 on POST is ambiguous too (never resent)', async () => {
    sb.script({ method: 'POST', path: C, times: 1, action: 'status', status: 503 });
    const err = await rejectionOf(client.customers.create({ name: 'Toko 503', ext_cust_no: 'F-503' }));
    expect(err).toMatchObject({ code: 'API_AMBIGUOUS', status: 503 });
    expect(hits('POST', C)).toHaveLength(1);
  });

  it('a response timeout on POST is ambiguous; the record was created', async () => {
    sb.script({ method: 'POST', path: C, times: 1, action: 'delay', ms: 600 });
    const impatient = demoClient(sb.url, { timeoutMs: 200 });
    const err = await rejectionOf(impatient.customers.create({ name: 'Toko Lambat', ext_cust_no: 'F-SLOW' }));
    expect(err).toMatchObject({ code: 'API_AMBIGUOUS', attempts: 1 });
    // The server commits once its delay is over: wait for that, not for a fixed time.
    for (let waited = 0; withKey('F-SLOW').length === 0 && waited < 5_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(hits('POST', C)).toHaveLength(1);
    expect(withKey('F-SLOW')).toHaveLength(1);
  });

  it('connection refused is retried (nothing was sent), then API_NETWORK', async () => {
    const port = await closedPort();
    const nowhere = createClient({
      baseUrl: `http://127.0.0.1:${port}`,
      token: 'bearer-for-nowhere',
      teamToken: 'team-token-for-nowhere',
      retry: { ...FAST_RETRY, maxRetries: 3 },
    });
    const err = await rejectionOf(nowhere.customers.create({ name: 'Toko' }));
    expect(err).toMatchObject({
      code: 'API_NETWORK',
      networkCode: 'ECONNREFUSED',
      attempts: 4,
      method: 'POST',
    });
    const get = await rejectionOf(nowhere.customers.list());
    expect(get).toMatchObject({ code: 'API_NETWORK', attempts: 4 });
  });
});
