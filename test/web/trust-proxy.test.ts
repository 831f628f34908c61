/**
 * The sign-in limit behind a reverse proxy, over real HTTP: without `--trust-proxy` every request
 * counts against the socket's address (the proxy's); with it, against the right-most entry of
 * X-Forwarded-For — never the client-supplied entries left of it.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { resolveConnection, resolveRuntime } from '../../src/config/index.js';
import { isRunError } from '../../src/errors.js';
import { createLogger } from '../../src/log/index.js';
import { resolveWebOptions, startWebServer, type WebServer } from '../../src/web/index.js';
import { proxiedAddress } from '../../src/web/client-address.js';
import { tempDir } from '../e2e/helpers.js';

const tmp = tempDir('trust-proxy');
const servers: WebServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  tmp.cleanup();
});

async function serve(trustProxy: boolean): Promise<WebServer> {
  const env = { SALESMANIA_UI_PASSWORD: 'kata-sandi-halaman' };
  const options = resolveWebOptions(
    { port: '0', dataDir: tmp.path(`data-${servers.length}`), trustProxy },
    env,
  );
  const server = await startWebServer({
    options,
    connection: resolveConnection({}, {}),
    runtime: resolveRuntime({}, {}),
    logger: createLogger({ level: 'silent' }),
    env,
  });
  servers.push(server);
  return server;
}

/** A visitor's session: its cookie and CSRF token, from the sign-in page. */
async function visitor(server: WebServer): Promise<(forwardedFor: string) => Promise<number>> {
  const page = await fetch(`${server.url}login`);
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  return async (forwardedFor) => {
    const response = await fetch(`${server.url}login`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        cookie,
        'x-forwarded-for': forwardedFor,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ _csrf: csrf, password: 'salah-ketik' }).toString(),
    });
    await response.text();
    return response.status;
  };
}

describe('proxiedAddress', () => {
  it('takes the right-most non-empty entry', () => {
    expect(proxiedAddress('1.2.3.4, 10.0.0.5')).toBe('10.0.0.5');
    expect(proxiedAddress(' 10.0.0.5 ')).toBe('10.0.0.5');
    expect(proxiedAddress('1.2.3.4, ')).toBe('1.2.3.4');
    expect(proxiedAddress('')).toBeUndefined();
    expect(proxiedAddress(undefined)).toBeUndefined();
  });
});

describe('--trust-proxy / SALESMANIA_TRUST_PROXY', () => {
  it('is off by default, on from the flag or the variable, and a bad value is refused', () => {
    expect(resolveWebOptions({}, {}).trustProxy).toBe(false);
    expect(resolveWebOptions({ trustProxy: true }, {}).trustProxy).toBe(true);
    expect(resolveWebOptions({}, { SALESMANIA_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(resolveWebOptions({}, { SALESMANIA_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    let code: string | undefined;
    try {
      resolveWebOptions({}, { SALESMANIA_TRUST_PROXY: 'kadang' });
    } catch (err) {
      code = isRunError(err) ? err.code : 'not a RunError';
    }
    expect(code).toBe('CONFIG_INVALID');
  });

  it('off: five typos from one person lock out another behind the same proxy', async () => {
    const attempt = await visitor(await serve(false));
    for (let i = 0; i < 5; i++) expect(await attempt('10.0.0.5')).toBe(401);
    expect(await attempt('10.0.0.6')).toBe(429);
  });

  it('on: the limit holds per forwarded address, and a forged left-most entry does not escape it', async () => {
    const attempt = await visitor(await serve(true));
    for (let i = 0; i < 5; i++) expect(await attempt(`192.0.2.${i}, 10.0.0.5`)).toBe(401);
    // The same person, a new address made up at the left of the header: still the proxy's entry.
    expect(await attempt('198.51.100.7, 10.0.0.5')).toBe(429);
    // Another person behind the same proxy may still sign in.
    expect(await attempt('10.0.0.6')).toBe(401);
  });
});
