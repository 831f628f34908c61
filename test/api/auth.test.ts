import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import got from 'got';
import { ApiError, PATHS, createClient } from '../../src/api/index.js';
import { RunError } from '../../src/errors.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { fakeDate, realDate } from '../fake-date.js';
import { DEMO_DB_ID, DEMO_DB_NAME, FAST_RETRY, collect, demoClient, rejectionOf } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof createSandbox>>;
let sb: Sandbox;

beforeAll(async () => {
  sb = await createSandbox({ seed: 'demo' });
});
afterAll(async () => {
  await sb.close();
});
beforeEach(() => {
  sb.resetLog();
  sb.configure({ tokenLifetimeSec: 3600 });
});

const count = (method: string, path: string, status?: number): number =>
  sb.requests.filter(
    (r) => r.method === method && r.path === path && (status === undefined || r.status === status),
  ).length;

describe('login and database selection', () => {
  it('logs in, picks the database by id and decodes the team token', async () => {
    const client = demoClient(sb.url, { database: DEMO_DB_ID });
    const info = await client.session();
    expect(info).toMatchObject({ databaseId: DEMO_DB_ID, databaseName: DEMO_DB_NAME });
    expect(info.teamId).toEqual(expect.any(Number));
    expect(info.tokenExpiresAt?.getTime()).toBeGreaterThan(Date.now());
    // Basic → bearer, databases, team token: once each, in that order.
    expect(sb.requests.map((r) => r.path)).toEqual([PATHS.token, PATHS.databases, PATHS.teamToken]);
    expect(sb.requests[2].query.db_id).toBe(String(DEMO_DB_ID));
  });

  it('picks the database by exact name, case-insensitively, and by id given as text', async () => {
    const byName = await demoClient(sb.url, { database: '  pt maju JAYA ' }).whoami();
    expect(byName).toMatchObject({ databaseId: DEMO_DB_ID, databaseName: DEMO_DB_NAME });
    const byText = await demoClient(sb.url, { database: String(DEMO_DB_ID) }).whoami();
    expect(byText.databaseId).toBe(DEMO_DB_ID);
  });

  it('logs in once for many concurrent first calls', async () => {
    const client = demoClient(sb.url);
    await Promise.all([client.teams.list(), client.customers.list(), client.products.list()]);
    expect(count('GET', PATHS.token)).toBe(1);
    expect(count('GET', PATHS.teamToken)).toBe(1);
  });

  it('an unknown database is DATABASE_NOT_FOUND naming the databases available', async () => {
    const err = await rejectionOf(demoClient(sb.url, { database: 'PT Tidak Ada' }).customers.list());
    expect(err).toBeInstanceOf(RunError);
    expect((err as RunError).code).toBe('DATABASE_NOT_FOUND');
    expect((err as RunError).message).toContain('PT Tidak Ada');
    expect((err as RunError).message).toContain(`${DEMO_DB_ID} "${DEMO_DB_NAME}"`);
    const databases = await demoClient(sb.url).listDatabases();
    expect(databases.length).toBeGreaterThanOrEqual(2);
    for (const db of databases) expect((err as RunError).message).toContain(db.name);
  });

  it('a wrong password is API_AUTH, without retrying the login', async () => {
    const client = createClient({
      baseUrl: sb.url,
      username: 'demo',
      password: 'not-the-password',
      retry: FAST_RETRY,
    });
    const err = await rejectionOf(client.customers.list());
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'API_AUTH', status: 401, attempts: 1, path: PATHS.token });
    expect(count('GET', PATHS.token)).toBe(1);
    expect(count('GET', PATHS.customers)).toBe(0);
  });

  it('no credentials and no token is CONFIG_MISSING before anything is sent', () => {
    expect(() => createClient({ baseUrl: sb.url })).toThrow(
      expect.objectContaining({ code: 'CONFIG_MISSING' }),
    );
    expect(() => createClient({ baseUrl: sb.url, username: 'demo' })).toThrow(
      expect.objectContaining({ code: 'CONFIG_MISSING' }),
    );
    expect(() => createClient({ baseUrl: 'not a url', token: 'abcd' })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID' }),
    );
    expect(sb.requests).toHaveLength(0);
  });

  it('a given bearer and team token skip the login and the database selection', async () => {
    const { token } = await got(new URL(PATHS.token, sb.url), {
      headers: { authorization: `Basic ${Buffer.from('demo:demo').toString('base64')}` },
    }).json<{ token: string }>();
    const { team_token: teamToken } = await got(new URL(`${PATHS.teamToken}?db_id=${DEMO_DB_ID}`, sb.url), {
      headers: { authorization: `Bearer ${token}` },
    }).json<{ team_token: string }>();
    sb.resetLog();
    const client = createClient({ baseUrl: sb.url, token, teamToken });
    const page = await client.customers.list({ per_page: 5 });
    expect(page.data.length).toBeGreaterThan(0);
    expect(sb.requests.map((r) => r.path)).toEqual([PATHS.customers]);
    // Without credentials an expired bearer cannot be renewed: API_AUTH, no login attempt.
    sb.expireTokens();
    const err = await rejectionOf(client.customers.list());
    expect(err).toMatchObject({ code: 'API_AUTH', status: 401 });
    expect(count('GET', PATHS.token)).toBe(0);
    // The session still tells the database (from the team token) — its name needs a bearer.
    const info = await createClient({
      baseUrl: sb.url,
      username: 'demo',
      password: 'demo',
      teamToken,
    }).session();
    expect(info).toMatchObject({ databaseId: DEMO_DB_ID, databaseName: DEMO_DB_NAME });
  });
});

describe('re-login', () => {
  it('re-logs in once on 401 in the middle of a paged listing and carries on', async () => {
    const client = demoClient(sb.url);
    const pages = [];
    for await (const page of client.customers.pages({}, { perPage: 10 })) {
      pages.push(page);
      if (pages.length === 1) sb.expireTokens();
    }
    const total = pages[0].meta.total;
    expect(pages.length).toBeGreaterThan(1);
    const ids = pages.flatMap((p) => p.data.map((c) => c.id));
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(count('GET', PATHS.customers, 401)).toBe(1);
    expect(count('GET', PATHS.token)).toBe(2);
    // The team token is not asked for again: it does not depend on the bearer.
    expect(count('GET', PATHS.teamToken)).toBe(1);
  });

  it('re-logs in before the bearer expires when the lifetime is known (no 401 at all)', async () => {
    sb.configure({ tokenLifetimeSec: 0.5 });
    // The client and the sandbox read one fake clock: 470 ms pass at once, exactly.
    const clock = fakeDate();
    try {
      const client = demoClient(sb.url);
      await client.customers.list({ per_page: 1 });
      clock.advance(470); // within the last tenth of the 0.5 s lifetime: the token is still valid
      await client.customers.list({ per_page: 1 });
    } finally {
      realDate();
    }
    expect(count('GET', PATHS.token)).toBe(2);
    expect(sb.requests.filter((r) => r.status === 401)).toHaveLength(0);
  });

  it('one 401 during concurrent requests leads to a single new login', async () => {
    const client = demoClient(sb.url);
    await client.customers.list({ per_page: 1 });
    sb.expireTokens();
    const lists = await Promise.all([1, 2, 3, 4].map((page) => client.customers.list({ page, per_page: 2 })));
    expect(lists.every((l) => l.data.length === 2)).toBe(true);
    expect(count('GET', PATHS.token)).toBe(2);
  });

  it('iterates to the end after expiry every page (re-login each time)', async () => {
    const client = demoClient(sb.url);
    let n = 0;
    for await (const _item of client.teams.iterate({}, { perPage: 1, maxPages: 3 })) {
      n += 1;
      sb.expireTokens();
    }
    expect(n).toBe(Math.min(3, (await client.teams.list()).meta.total));
    expect(count('GET', PATHS.teams, 401)).toBeGreaterThanOrEqual(n - 1);
  });

  it('collects a bounded iterator lazily: limit stops fetching', async () => {
    const client = demoClient(sb.url);
    await client.session();
    sb.resetLog();
    const items = await collect(client.customers.iterate({}, { perPage: 3, limit: 5 }));
    expect(items).toHaveLength(5);
    expect(count('GET', PATHS.customers)).toBe(2);
  });
});
