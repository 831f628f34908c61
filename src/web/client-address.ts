/**
 * The address a sign-in attempt is counted against (login-limit.ts). Behind a reverse proxy every
 * request comes from the proxy's address, so one person's typos would lock everyone out; with
 * `--trust-proxy` the address is the one the proxy appended to `X-Forwarded-For` — the right-most
 * entry. The entries left of it are whatever the client sent (anyone can write the header), so they
 * are never used: a client could otherwise pick a fresh address for every guess. See docs/WEB.md.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { WebContext } from './context.js';

/** The right-most non-empty address of an `X-Forwarded-For` value, or undefined. */
export function proxiedAddress(forwardedFor: string | undefined): string | undefined {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return entries.at(-1);
}

function socketAddress(c: WebContext): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function clientAddress(c: WebContext, trustProxy: boolean): string {
  const socket = socketAddress(c);
  if (!trustProxy) return socket;
  return proxiedAddress(c.req.header('x-forwarded-for')) ?? socket;
}
