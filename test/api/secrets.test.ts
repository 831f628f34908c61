import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import got from 'got';
import { PATHS, createClient } from '../../src/api/index.js';
import { redact } from '../../src/secrets.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { DEMO_DB_ID, DEMO_DB_NAME, FAST_RETRY, captureLogger, rejectionOf } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof createSandbox>>;
let sb: Sandbox;

// URL-special characters, so the URL-encoded form differs from the plain one.
const USERNAME = 'ops.user';
const PASSWORD = 'Rah4sia/Sekali+&=?%';
const WRONG_PASSWORD = 'Salah#Sandi/99&x=1';

beforeAll(async () => {
  sb = await createSandbox({ seed: 'demo', users: [{ username: USERNAME, password: PASSWORD }] });
});
afterAll(async () => {
  await sb.close();
});

/** Every text form of an error that could end up in a log, a sheet or a terminal. */
function textsOf(err: unknown): string[] {
  const e = err as Error & { details?: unknown };
  return [String(e), e.message, e.stack ?? '', JSON.stringify(e), JSON.stringify(e.details ?? {})];
}

function formsOf(secret: string): string[] {
  return [secret, encodeURIComponent(secret), encodeURI(secret), Buffer.from(secret).toString('base64')];
}

describe('no secret leaves the client', () => {
  it('in any log line or error of a flow with a failed login, a 401 re-login and failures', async () => {
    const { logger, lines } = captureLogger();
    const errors: unknown[] = [];

    // 1. A failing login.
    const wrong = createClient({ baseUrl: sb.url, username: USERNAME, password: WRONG_PASSWORD, logger });
    const authErr = await rejectionOf(wrong.customers.list());
    expect(authErr).toMatchObject({ code: 'API_AUTH' });
    errors.push(authErr);

    // 2. A good session that meets a 401 and logs in again, then a series of failures.
    const client = createClient({
      baseUrl: sb.url,
      username: USERNAME,
      password: PASSWORD,
      database: DEMO_DB_NAME,
      logger,
      retry: { ...FAST_RETRY, maxRetries: 2 },
    });
    await client.customers.list({ per_page: 1 });
    sb.expireTokens();
    await client.customers.list({ per_page: 1 });
    sb.script({
      method: 'GET',
      path: PATHS.customers,
      times: 1,
      action: 'status',
      status: 429,
      retryAfterSec: 0,
    });
    sb.script({
      method: 'GET',
      path: PATHS.customers,
      times: 3,
      action: 'status',
      status: 502,
      body: '<html>x</html>',
    });
    errors.push(await rejectionOf(client.customers.list()));
    sb.script({ method: 'POST', path: PATHS.customers, times: 1, action: 'commit-then-drop' });
    errors.push(await rejectionOf(client.customers.create({ name: 'Toko Rahasia', ext_cust_no: 'S-1' })));
    errors.push(await rejectionOf(client.customers.create({ name: '' })));
    errors.push(await rejectionOf(client.customers.get(999_999_999)));
    const timeoutClient = createClient({
      baseUrl: sb.url,
      username: USERNAME,
      password: PASSWORD,
      database: DEMO_DB_ID,
      logger,
      timeoutMs: 150,
      retry: { ...FAST_RETRY, maxRetries: 1 },
    });
    await timeoutClient.session();
    sb.script({ method: 'GET', path: PATHS.customers, times: 2, action: 'delay', ms: 300 });
    errors.push(await rejectionOf(timeoutClient.customers.list({ per_page: 1 })));
    sb.expireTokens();
    const expiredWithoutCredentials = createClient({
      baseUrl: sb.url,
      token: 'x'.repeat(32),
      teamToken: 'y.z',
      logger,
    });
    errors.push(await rejectionOf(expiredWithoutCredentials.customers.list()));

    // The secrets this flow knew: the passwords, the team token (deterministic per database),
    // and every bearer (registered by the client the moment it arrived).
    const { token: probeBearer } = await got(new URL(PATHS.token, sb.url), {
      headers: { authorization: `Basic ${Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64')}` },
    }).json<{ token: string }>();
    const { team_token: teamToken } = await got(new URL(`${PATHS.teamToken}?db_id=${DEMO_DB_ID}`, sb.url), {
      headers: { authorization: `Bearer ${probeBearer}` },
    }).json<{ team_token: string }>();
    const secrets = [PASSWORD, WRONG_PASSWORD, teamToken];

    const texts = [...lines, ...errors.flatMap(textsOf)];
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.some((l) => l.includes('"level":20'))).toBe(true); // debug lines were captured
    expect(lines.some((l) => l.includes('"level":40'))).toBe(true); // and retry warnings
    for (const text of texts) {
      for (const secret of secrets) for (const form of formsOf(secret)) expect(text).not.toContain(form);
      // Every bearer and team token the client saw is registered: nothing registered may appear.
      expect(redact(text)).toBe(text);
      expect(text).not.toMatch(/team_token=(?!\*\*\*)[^&\s"]/);
      expect(text).not.toMatch(/Bearer [A-Za-z0-9_-]{8,}/);
    }
    // The errors still say what happened, with the path and without the query.
    expect(errors.map((e) => (e as { code: string }).code)).toEqual([
      'API_AUTH',
      'API_SERVER',
      'API_AMBIGUOUS',
      'API_VALIDATION',
      'API_NOT_FOUND',
      'API_NETWORK',
      'API_AUTH',
    ]);
    expect((errors[1] as Error).message).toContain(`GET ${PATHS.customers}`);
    expect((errors[1] as Error).message).not.toContain('?');
  });
});
