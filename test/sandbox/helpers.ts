/** A bare fetch client for the sandbox contract tests: no code of ours between test and wire. */
import { PATHS, TEAM_TOKEN_PARAM } from '../../src/contract/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the body was not JSON. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

export async function call(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...init.headers };
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(url, { method: init.method ?? 'GET', headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // HTML or empty: keep the text
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

export async function bearerFor(sb: Sandbox, username = 'demo', password = 'demo'): Promise<string> {
  const answer = await call(sb.url + PATHS.token, { headers: { authorization: basic(username, password) } });
  if (answer.status !== 200) throw new Error(`login failed: ${answer.status}`);
  return answer.body.token as string;
}

export async function teamTokenFor(sb: Sandbox, bearer: string, dbId = 2981): Promise<string> {
  const answer = await call(`${sb.url}${PATHS.teamToken}?db_id=${dbId}`, {
    headers: { authorization: `Bearer ${bearer}` },
  });
  if (answer.status !== 200) throw new Error(`team token failed: ${answer.status}`);
  return answer.body.team_token as string;
}

/** A logged-in session on one database: `api.get(path, query)` etc. */
export interface Api {
  bearer: string;
  teamToken: string;
  get(path: string, query?: Record<string, string | number>): Promise<Answer>;
  post(path: string, body: unknown): Promise<Answer>;
  patch(path: string, body: unknown): Promise<Answer>;
  del(path: string): Promise<Answer>;
}

export async function session(sb: Sandbox, dbId = 2981, username = 'demo', password = 'demo'): Promise<Api> {
  const bearer = await bearerFor(sb, username, password);
  const teamToken = await teamTokenFor(sb, bearer, dbId);
  const headers = { authorization: `Bearer ${bearer}` };
  const url = (path: string, query: Record<string, string | number> = {}) => {
    const params = new URLSearchParams({ [TEAM_TOKEN_PARAM]: teamToken });
    for (const [k, v] of Object.entries(query)) params.set(k, String(v));
    return `${sb.url}${path}?${params}`;
  };
  return {
    bearer,
    teamToken,
    get: (path, query) => call(url(path, query), { headers }),
    post: (path, body) => call(url(path), { method: 'POST', headers, body }),
    patch: (path, body) => call(url(path), { method: 'PATCH', headers, body }),
    del: (path) => call(url(path), { method: 'DELETE', headers }),
  };
}

export const VALIDATION = 'The given data was invalid.';

/** A valid product body; override fields per test. */
export function productBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Teh Botol 350 ml',
    ext_product_code: 'P-9001',
    qty_on_hand: 100,
    product_units: [
      { name: 'PCS', price: 4500, ratio: 1 },
      { name: 'DUS', price: 100000, ratio: 24 },
    ],
    ...overrides,
  };
}
