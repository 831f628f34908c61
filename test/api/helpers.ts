import net from 'node:net';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { createClient, type ClientOptions, type SalesManiaClient } from '../../src/api/index.js';

/** Retries fast in tests: tiny backoff, a pinned jitter. */
export const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 20, random: () => 1 } as const;

export const DEMO_DB_ID = 2981;
export const DEMO_DB_NAME = 'PT Maju Jaya';

export function demoClient(url: string, extra: Partial<ClientOptions> = {}): SalesManiaClient {
  return createClient({
    baseUrl: url,
    username: 'demo',
    password: 'demo',
    database: DEMO_DB_ID,
    retry: FAST_RETRY,
    ...extra,
  });
}

/** A raw pino logger (no redaction hook: the client itself must not leak) that keeps every line. */
export function captureLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  return { logger: pino({ level: 'trace' }, destination), lines };
}

/** A port on 127.0.0.1 that nothing listens on (connection refused). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Awaits a promise that must reject; returns the rejection. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the promise to reject, it resolved');
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
