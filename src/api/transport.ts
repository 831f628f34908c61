/**
 * One HTTP attempt, nothing more: no retry, no auth logic, no status interpretation.
 * got's own retry is off (the loop in send.ts decides, from a table) and its errors never
 * leave this file: their message, `options` and `request` carry the full URL with the team
 * token and the Authorization header. Only the network code and the timeout phase survive.
 */

import type * as Got from 'got';

// Loaded on first use: `validate` and `template` go through api/'s door (for error types and the
// leave hook) without ever sending, and need not pay for loading got.
let gotLoaded: Promise<typeof Got> | undefined;
const loadGot = () => (gotLoaded ??= import('got'));

export interface Timeouts {
  /** TCP (and TLS) connection established. */
  connect: number;
  /** First byte of the answer after the request was sent. */
  response: number;
  /** The whole attempt. */
  request: number;
}

export const DEFAULT_TIMEOUTS: Readonly<Timeouts> = Object.freeze({
  connect: 10_000,
  response: 30_000,
  request: 30_000,
});

export interface AttemptRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: URL;
  headers: Record<string, string>;
  /** Already serialised JSON (serialising here could fail in a way that looks like a network error). */
  body?: string;
  timeouts: Timeouts;
}

export type AttemptResult =
  | { ok: true; status: number; headers: Record<string, string | string[] | undefined>; body: string }
  | { ok: false; code: string | undefined; timeoutEvent?: string };

export async function attempt(req: AttemptRequest): Promise<AttemptResult> {
  const { default: got } = await loadGot();
  try {
    const response = await got(req.url, {
      method: req.method,
      headers: req.headers,
      ...(req.body !== undefined ? { body: req.body } : {}),
      timeout: {
        connect: req.timeouts.connect,
        response: req.timeouts.response,
        request: req.timeouts.request,
      },
      retry: { limit: 0 },
      throwHttpErrors: false,
      followRedirect: false,
      responseType: 'text',
    });
    return { ok: true, status: response.statusCode, headers: response.headers, body: response.body };
  } catch (err) {
    const e = err as { code?: unknown; event?: unknown; name?: unknown };
    const code = typeof e.code === 'string' ? e.code : undefined;
    const timeoutEvent = e.name === 'TimeoutError' && typeof e.event === 'string' ? e.event : undefined;
    return { ok: false, code, ...(timeoutEvent !== undefined ? { timeoutEvent } : {}) };
  }
}
