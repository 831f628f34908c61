import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { PATHS } from '../../src/contract/index.js';
import { RunError } from '../../src/errors.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { call, session, type Answer, type Api } from './helpers.js';

let sb: Sandbox;
let api: Api;
const C = PATHS.customers;

beforeAll(async () => {
  sb = await createSandbox({ seed: 'demo' });
  api = await session(sb);
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.configure({ failRate: 0, commitFailRate: 0, slowRate: 0, rateLimit: 0, burst: undefined });
  sb.clearScript();
});

/** The answer, or 'dropped' when the connection died without one. */
async function attempt(send: () => Promise<Answer>): Promise<Answer | 'dropped'> {
  try {
    return await send();
  } catch {
    return 'dropped';
  }
}

const withKey = (key: string) => sb.state.customers().filter((c) => c.ext_cust_no === key);

describe('rate limit', () => {
  it('answers 429 with Retry-After once a bearer token exceeds its burst', async () => {
    sb.configure({ rateLimit: 0.5, burst: 3 }); // one request per 2 s after a burst of 3
    const answers = await Promise.all(Array.from({ length: 6 }, () => api.get(PATHS.teams)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    const limited = answers.find((a) => a.status === 429)!;
    expect(limited.body).toEqual({ message: 'Too Many Requests' });
    expect(Number(limited.headers.get('retry-after'))).toBe(2);
    // The limit is per bearer token: another token still has its burst.
    const other = await session(sb);
    expect((await other.get(PATHS.teams)).status).toBe(200);
  });

  it('is off with rateLimit 0', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => api.get(PATHS.teams)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
  });
});

describe('scripted faults', () => {
  it('status: answers the scripted status (with Retry-After) for the matching requests only, `times` times', async () => {
    sb.script({ method: 'GET', path: C, times: 2, action: 'status', status: 429, retryAfterSec: 1 });
    expect(sb.pendingFaults).toBe(2);
    expect((await api.get(PATHS.teams)).status).toBe(200); // other path: untouched
    const first = await api.get(C);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('1');
    expect((await api.get(C)).status).toBe(429);
    expect((await api.get(C)).status).toBe(200);
    expect(sb.pendingFaults).toBe(0);
  });

  it('status with a string body answers HTML and applies nothing', async () => {
    sb.script({
      method: 'POST',
      path: /customers$/,
      action: 'status',
      status: 502,
      body: '<html>Bad Gateway</html>',
    });
    const answer = await api.post(C, { name: 'Toko Tidak Jadi', ext_cust_no: 'F-001' });
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toMatch(/text\/html/);
    expect(answer.body).toBe('<html>Bad Gateway</html>');
    expect(withKey('F-001')).toHaveLength(0);
  });

  it('drop-before: the connection dies and nothing is applied', async () => {
    sb.script({ method: 'POST', path: C, action: 'drop-before' });
    expect(await attempt(() => api.post(C, { name: 'Toko Hilang', ext_cust_no: 'F-002' }))).toBe('dropped');
    expect(withKey('F-002')).toHaveLength(0);
    expect(sb.requests.at(-1)).toMatchObject({ method: 'POST', status: 0, fault: 'drop-before' });
  });

  it('commit-then-drop: the connection dies but the write really committed', async () => {
    sb.script({ method: 'POST', path: C, action: 'commit-then-drop' });
    expect(await attempt(() => api.post(C, { name: 'Toko Ambigu', ext_cust_no: 'F-003' }))).toBe('dropped');
    expect(withKey('F-003')).toHaveLength(1);
    // ... and it is visible over the API, which is how a client reconciles.
    expect((await api.get(C, { ext_cust_no: 'F-003' })).body.meta.total).toBe(1);
  });

  it('commit-then-502: a proxy-style HTML 502, with the write applied', async () => {
    const id = sb.state.customers()[0].id;
    sb.script({ method: 'PATCH', action: 'commit-then-502' });
    const answer = await api.patch(`${C}/${id}`, { city: 'Kudus' });
    expect(answer.status).toBe(502);
    expect(String(answer.body)).toContain('502 Bad Gateway');
    expect(sb.state.customers()[0].city).toBe('Kudus');
  });

  it('delay: holds the answer back and applies the request normally', async () => {
    sb.script({ method: 'POST', path: C, action: 'delay', ms: 50 });
    expect((await api.post(C, { name: 'Toko Lambat', ext_cust_no: 'F-004' })).status).toBe(200);
    expect(withKey('F-004')).toHaveLength(1);
    expect(sb.requests.at(-1)?.fault).toBe('delay');
  });
});

describe('random faults with a fixed seed', () => {
  async function statuses(n: number): Promise<Array<number | 'dropped'>> {
    const out: Array<number | 'dropped'> = [];
    for (let i = 0; i < n; i++) {
      const answer = await attempt(() => api.get(PATHS.teams));
      out.push(answer === 'dropped' ? answer : answer.status);
    }
    return out;
  }

  it('failRate: about that share of 500/502/503 (some HTML), the same sequence for the same seed', async () => {
    sb.configure({ failRate: 0.3, randomSeed: 7 });
    const htmlSeen: boolean[] = [];
    const first: number[] = [];
    for (let i = 0; i < 120; i++) {
      const answer = await api.get(PATHS.teams);
      first.push(answer.status);
      if (answer.status >= 500) htmlSeen.push(/text\/html/.test(answer.headers.get('content-type') ?? ''));
    }
    const failed = first.filter((s) => s >= 500);
    expect(failed.length).toBeGreaterThan(120 * 0.15);
    expect(failed.length).toBeLessThan(120 * 0.45);
    expect(new Set(failed)).toEqual(new Set([500, 502, 503]));
    expect(htmlSeen).toContain(true);
    expect(htmlSeen).toContain(false);
    expect(first.filter((s) => s < 500).every((s) => s === 200)).toBe(true);
    sb.configure({ randomSeed: 7 });
    expect(await statuses(120)).toEqual(first);
  });

  it('failRate applies nothing: only the answered creates exist', async () => {
    sb.configure({ failRate: 0.5, randomSeed: 11 });
    let ok = 0;
    for (let i = 0; i < 40; i++) {
      const answer = await api.post(C, { name: `Toko Acak ${i}`, ext_cust_no: 'F-FAIL' });
      if (answer.status === 200) ok++;
    }
    expect(ok).toBeGreaterThan(5);
    expect(ok).toBeLessThan(35);
    expect(withKey('F-FAIL')).toHaveLength(ok);
  });

  it('commitFailRate: every write is applied, though many answers are lost (mixed: drops and 502s)', async () => {
    sb.configure({ commitFailRate: 0.5, commitFailMode: 'mixed', randomSeed: 3 });
    const outcomes: Array<number | 'dropped'> = [];
    for (let i = 0; i < 40; i++) {
      const answer = await attempt(() => api.post(C, { name: `Toko Commit ${i}`, ext_cust_no: 'F-COMMIT' }));
      outcomes.push(answer === 'dropped' ? answer : answer.status);
    }
    const lost = outcomes.filter((o) => o !== 200);
    expect(lost.length).toBeGreaterThan(8);
    expect(lost.length).toBeLessThan(32);
    expect(lost).toContain('dropped');
    expect(lost).toContain(502);
    expect(withKey('F-COMMIT')).toHaveLength(40);
    // Reads are never hit by commit failures.
    expect((await statuses(20)).every((s) => s === 200)).toBe(true);
  });

  it("commitFailMode 'drop' only drops", async () => {
    sb.configure({ commitFailRate: 1, commitFailMode: 'drop' });
    const id = sb.state.customers()[1].id;
    expect(await attempt(() => api.patch(`${C}/${id}`, { phone: '0800' }))).toBe('dropped');
    expect(sb.state.customers()[1].phone).toBe('0800');
    // A rejected write commits nothing, so no commit failure either.
    expect((await api.patch(`${C}/${id}`, { name: '' })).status).toBe(422);
  });

  it('slowRate: the answer comes too late for the client, the write is applied anyway', async () => {
    sb.configure({ slowRate: 1, slowMs: 400 });
    const headers = { authorization: `Bearer ${api.bearer}` };
    const url = `${sb.url}${C}?team_token=${api.teamToken}`;
    const send = fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Toko Timeout', ext_cust_no: 'F-SLOW' }),
      signal: AbortSignal.timeout(100),
    });
    await expect(send).rejects.toThrow();
    expect(withKey('F-SLOW')).toHaveLength(1);
    expect(sb.requests.at(-1)?.fault).toBe('random-slow');
  });
});

describe('request log, limits and options', () => {
  it('records method, path, masked query, status, bearer flag and body', async () => {
    sb.resetLog();
    expect(sb.requests).toHaveLength(0);
    await api.get(C, { per_page: 2 });
    await api.post(C, { name: 'Toko Log', ext_cust_no: 'F-LOG' });
    await call(`${sb.url}${C}/123?team_token=${api.teamToken}`);
    expect(sb.requests).toEqual([
      {
        at: expect.any(Number),
        method: 'GET',
        path: C,
        query: { team_token: '***', per_page: '2' },
        status: 200,
        bearer: true,
      },
      {
        at: expect.any(Number),
        method: 'POST',
        path: C,
        query: { team_token: '***' },
        status: 200,
        bearer: true,
        body: { name: 'Toko Log', ext_cust_no: 'F-LOG' },
      },
      {
        at: expect.any(Number),
        method: 'GET',
        path: `${C}/123`,
        query: { team_token: '***' },
        status: 401,
        bearer: false,
      },
    ]);
    expect(JSON.stringify(sb.requests)).not.toContain(api.teamToken);
  });

  it('keeps at most requestLogLimit entries', async () => {
    sb.configure({ requestLogLimit: 10 });
    for (let i = 0; i < 15; i++) await api.get(PATHS.teams);
    expect(sb.requests.length).toBeLessThanOrEqual(10);
    expect(sb.requests.at(-1)?.path).toBe(PATHS.teams);
    sb.configure({ requestLogLimit: undefined });
  });

  it('answers 413 for a body over maxBodyBytes and applies nothing', async () => {
    sb.configure({ maxBodyBytes: 1000 });
    try {
      const answer = await api.post(C, {
        name: 'Toko Besar',
        ext_cust_no: 'F-BIG',
        address: 'x'.repeat(2000),
      });
      expect(answer.status).toBe(413);
      expect(answer.body.message).toEqual(expect.any(String));
      expect(withKey('F-BIG')).toHaveLength(0);
    } finally {
      sb.configure({ maxBodyBytes: undefined });
    }
  });

  it('rejects bad options with CONFIG_INVALID, saying what it got', async () => {
    expect(() => sb.configure({ failRate: 2 })).toThrow(RunError);
    expect(() => sb.configure({ failRate: 2 })).toThrow(/failRate.*got `2`/);
    expect(() => sb.configure({ commitFailMode: 'sometimes' as never })).toThrow(/commitFailMode/);
    expect(() => sb.configure({ nonsense: 1 } as never)).toThrow(/unknown sandbox option/);
    await expect(createSandbox({ port: -1 })).rejects.toThrow(/port/);
    expect(sb.options.failRate).toBe(0);
  });

  it('close() ends promptly even with an answer held back', async () => {
    const slow = await createSandbox({ seed: 'empty', slowRate: 1, slowMs: 60_000 });
    const pending = attempt(() => call(`${slow.url}${PATHS.token}`));
    while (slow.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    await slow.close();
    expect(await pending).toBe('dropped');
  });
});
