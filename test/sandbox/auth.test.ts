import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PATHS } from '../../src/contract/index.js';
import {
  createSandbox,
  DEFAULT_CREDENTIALS,
  DEMO_DATABASE_ID,
  type Sandbox,
} from '../../src/sandbox/index.js';
import { fakeDate, realDate } from '../fake-date.js';
import { basic, bearerFor, call, session, teamTokenFor } from './helpers.js';

let sb: Sandbox;

beforeAll(async () => {
  sb = await createSandbox({
    users: [
      { username: 'demo', password: 'demo' },
      { username: 'cabang', password: 'rahasia-3317', databases: [3317] },
    ],
  });
});
afterAll(() => sb.close());

const auth = (bearer: string) => ({ authorization: `Bearer ${bearer}` });

describe('bearer token', () => {
  it('is issued for Basic credentials with expires_in', async () => {
    const answer = await call(sb.url + PATHS.token, { headers: { authorization: basic('demo', 'demo') } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ token: expect.any(String), expires_in: 3600 });
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(sb.credentials).toEqual({ username: 'demo', password: 'demo' });
    expect(DEFAULT_CREDENTIALS).toEqual({ username: 'demo', password: 'demo' });
  });

  it.each([
    ['a wrong password', { authorization: basic('demo', 'nope') }],
    ['an unknown user', { authorization: basic('siapa', 'demo') }],
    ['no Authorization header', {}],
    ['a bearer instead of Basic', { authorization: 'Bearer abc' }],
  ])('is refused with 401 for %s', async (_label, headers) => {
    const answer = await call(sb.url + PATHS.token, { headers });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ message: 'Unauthenticated' });
  });

  it('is required on data calls: missing or unknown bearer → 401', async () => {
    const api = await session(sb);
    const q = `?team_token=${api.teamToken}`;
    expect(await call(sb.url + PATHS.customers + q)).toMatchObject({
      status: 401,
      body: { message: 'Unauthenticated' },
    });
    const unknown = await call(sb.url + PATHS.customers + q, { headers: auth('not-a-token') });
    expect(unknown.status).toBe(401);
    expect((await call(sb.url + PATHS.databases)).status).toBe(401);
  });

  it('expires after tokenLifetimeSec and answers 401 with the documented body', async () => {
    sb.configure({ tokenLifetimeSec: 0.3 });
    const clock = fakeDate(); // the sandbox's clock: time passes when the test says, not meanwhile
    try {
      const login = await call(sb.url + PATHS.token, { headers: { authorization: basic('demo', 'demo') } });
      expect(login.body.expires_in).toBe(0.3);
      const api = await session(sb);
      clock.advance(299);
      expect((await api.get(PATHS.customers)).status).toBe(200);
      clock.advance(1);
      expect(await api.get(PATHS.customers)).toMatchObject({
        status: 401,
        body: { message: 'Unauthenticated' },
      });
    } finally {
      realDate();
      sb.configure({ tokenLifetimeSec: undefined });
    }
    expect(sb.options.tokenLifetimeSec).toBe(3600);
  });

  it('expireTokens() expires every bearer at once; a new login works again', async () => {
    const api = await session(sb);
    expect((await api.get(PATHS.teams)).status).toBe(200);
    sb.expireTokens();
    expect((await api.get(PATHS.teams)).status).toBe(401);
    const again = await session(sb);
    expect((await again.get(PATHS.teams)).status).toBe(200);
  });
});

describe('databases and team token', () => {
  it('lists the databases the user can reach', async () => {
    const demo = await bearerFor(sb);
    expect((await call(sb.url + PATHS.databases, { headers: auth(demo) })).body).toEqual({
      data: [
        { id: 2981, name: 'PT Maju Jaya' },
        { id: 3317, name: 'CV Sumber Rejeki' },
      ],
    });
    const cabang = await bearerFor(sb, 'cabang', 'rahasia-3317');
    expect((await call(sb.url + PATHS.databases, { headers: auth(cabang) })).body).toEqual({
      data: [{ id: 3317, name: 'CV Sumber Rejeki' }],
    });
  });

  it('issues a team token shaped like the documented example', async () => {
    const token = await teamTokenFor(sb, await bearerFor(sb), DEMO_DATABASE_ID);
    const [payload, signature, ...rest] = token.split('.');
    expect(rest).toEqual([]);
    expect(payload).toBe('eyJkYl9pZCI6Mjk4MSwidGVhbV9pZCI6MjQ3Mjh9');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({ db_id: 2981, team_id: 24728 });
    expect(signature).toMatch(/^[A-Za-z0-9_-]{27}$/);
  });

  it('answers 422 without db_id and 404 for a database that is unknown or out of reach', async () => {
    const demo = auth(await bearerFor(sb));
    const missing = await call(sb.url + PATHS.teamToken, { headers: demo });
    expect(missing.status).toBe(422);
    expect(Object.keys(missing.body.errors)).toEqual(['db_id']);
    const unknown = await call(`${sb.url}${PATHS.teamToken}?db_id=1234`, { headers: demo });
    expect(unknown).toMatchObject({ status: 404, body: { message: 'Not found' } });
    const cabang = auth(await bearerFor(sb, 'cabang', 'rahasia-3317'));
    expect((await call(`${sb.url}${PATHS.teamToken}?db_id=2981`, { headers: cabang })).status).toBe(404);
  });

  it('is required on data calls: missing, malformed, tampered or foreign → 403', async () => {
    const bearer = await bearerFor(sb);
    const good = await teamTokenFor(sb, bearer);
    const [payload, signature] = good.split('.');
    const forged = Buffer.from(JSON.stringify({ db_id: 3317, team_id: 31207 })).toString('base64url');
    const cases = [
      '', // missing
      '?team_token=',
      '?team_token=garbage',
      `?team_token=${payload}`, // no signature
      `?team_token=${payload}.${signature.slice(0, -1)}${signature.endsWith('x') ? 'y' : 'x'}`, // bad signature (its last character changed)
      `?team_token=${forged}.${signature}`, // payload swapped
    ];
    for (const query of cases) {
      const answer = await call(sb.url + PATHS.customers + query, { headers: auth(bearer) });
      expect({ query, status: answer.status, body: answer.body }).toEqual({
        query,
        status: 403,
        body: { message: 'Invalid team token' },
      });
    }
  });

  it('refuses a valid team token of a database the bearer user cannot reach (403)', async () => {
    const demoToken = await teamTokenFor(sb, await bearerFor(sb), 2981);
    const cabang = await bearerFor(sb, 'cabang', 'rahasia-3317');
    const answer = await call(`${sb.url}${PATHS.customers}?team_token=${demoToken}`, {
      headers: auth(cabang),
    });
    expect(answer).toMatchObject({ status: 403, body: { message: 'Invalid team token' } });
  });

  it('refuses a team token signed by another sandbox (403)', async () => {
    const other = await createSandbox({ seed: 'empty' });
    try {
      const foreign = await teamTokenFor(other, await bearerFor(other));
      const answer = await call(`${sb.url}${PATHS.teams}?team_token=${foreign}`, {
        headers: auth(await bearerFor(sb)),
      });
      expect(answer.status).toBe(403);
    } finally {
      await other.close();
    }
  });

  it('scopes data to the team token database', async () => {
    const main = await session(sb, 2981);
    const branch = await session(sb, 3317, 'cabang', 'rahasia-3317');
    const mainCustomer = sb.state.customers(2981)[0];
    expect((await main.get(`${PATHS.customers}/${mainCustomer.id}`)).status).toBe(200);
    expect((await branch.get(`${PATHS.customers}/${mainCustomer.id}`)).status).toBe(404);
    const teams = (await branch.get(PATHS.teams)).body;
    expect(teams.data.map((t: { id: number }) => t.id)).toEqual(sb.state.teams(3317).map((t) => t.id));
  });

  it('lets PATCH order go without a team token, but not without a bearer', async () => {
    const order = sb.state.orders(2981)[0];
    const bearer = await bearerFor(sb);
    const path = `${sb.url}${PATHS.orders}/${order.id}`;
    const body = { ext_order_status_name: 'Diproses' };
    expect(await call(path, { method: 'PATCH', headers: auth(bearer), body })).toMatchObject({
      status: 200,
      body: {},
    });
    expect(sb.state.extOrder(order.id)?.ext_order_status_name).toBe('Diproses');
    expect((await call(path, { method: 'PATCH', body })).status).toBe(401);
    const badTeam = await call(`${path}?team_token=garbage`, {
      method: 'PATCH',
      headers: auth(bearer),
      body,
    });
    expect(badTeam.status).toBe(403);
    // A user who cannot reach the order's database does not find it.
    const cabang = await bearerFor(sb, 'cabang', 'rahasia-3317');
    expect((await call(path, { method: 'PATCH', headers: auth(cabang), body })).status).toBe(404);
  });
});
