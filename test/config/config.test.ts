import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_BASE_URL,
  RUNTIME_DEFAULTS,
  requireCredentials,
  resolveConnection,
  resolveRuntime,
} from '../../src/config/index.js';
import { RunError } from '../../src/errors.js';
import { redact } from '../../src/secrets.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof RunError ? err.code : 'not a RunError';
  }
  return undefined;
}

describe('runtime options: flags > environment > defaults', () => {
  it('uses the documented defaults', () => {
    expect(resolveRuntime({}, {})).toEqual(RUNTIME_DEFAULTS);
  });

  it('takes the environment over defaults and flags over the environment', () => {
    const env = { SALESMANIA_RATE: '5', SALESMANIA_CONCURRENCY: '2', SALESMANIA_LOG_LEVEL: 'debug' };
    expect(resolveRuntime({}, env)).toMatchObject({ rate: 5, concurrency: 2, logLevel: 'debug' });
    expect(resolveRuntime({ rate: '3', logLevel: 'warn' }, env)).toMatchObject({
      rate: 3,
      concurrency: 2,
      logLevel: 'warn',
    });
  });

  it.each([
    [{ rate: 'abc' }, 'expected `rate` to be a number > 0, got `abc`'],
    [{ rate: '0' }, 'expected `rate` to be a number > 0, got `0`'],
    [{ concurrency: '1.5' }, 'expected `concurrency` to be a whole number > 0, got `1.5`'],
    [
      { logLevel: 'loud' },
      'expected `log-level` to be one of trace, debug, info, warn, error, fatal, silent, got `loud`',
    ],
    [{ logFormat: 'xml' }, 'expected `log-format` to be one of auto, json, pretty, got `xml`'],
  ])('rejects %j with a message that says what it got', (flags, message) => {
    expect(() => resolveRuntime(flags, {})).toThrow(message);
  });
});

describe('connection', () => {
  it('defaults to the real API and reads the environment', () => {
    expect(resolveConnection({}, {}).baseUrl).toBe(DEFAULT_BASE_URL);
    const c = resolveConnection(
      {},
      {
        SALESMANIA_BASE_URL: 'http://127.0.0.1:4010/',
        SALESMANIA_USERNAME: 'ops',
        SALESMANIA_PASSWORD: 'Rahasia#2026',
        SALESMANIA_DATABASE: '2981',
      },
    );
    expect(c).toMatchObject({
      baseUrl: 'http://127.0.0.1:4010',
      username: 'ops',
      password: 'Rahasia#2026',
      database: 2981,
    });
  });

  it('keeps a database name as text and lets the flag win', () => {
    const c = resolveConnection({ database: 'PT Maju Jaya' }, { SALESMANIA_DATABASE: '2981' });
    expect(c.database).toBe('PT Maju Jaya');
  });

  it('reads the password from a file without its trailing newline and registers it as a secret', () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesmania-config-'));
    const file = join(dir, 'pw');
    writeFileSync(file, 'Dari-File-9876\n');
    const c = resolveConnection(
      {},
      { SALESMANIA_USERNAME: 'ops', SALESMANIA_PASSWORD_FILE: file, SALESMANIA_PASSWORD: 'ignored' },
    );
    expect(c.password).toBe('Dari-File-9876');
    expect(redact('login with Dari-File-9876 failed')).toBe('login with *** failed');
  });

  it('names the file, not its content, when the password file cannot be read', () => {
    expect(() => resolveConnection({ passwordFile: '/nonexistent/pw' }, {})).toThrow(
      'cannot read the password from file /nonexistent/pw (ENOENT)',
    );
  });

  it.each([
    [{ SALESMANIA_BASE_URL: 'ftp://x' }, 'CONFIG_INVALID'],
    [{ SALESMANIA_BASE_URL: 'not a url' }, 'CONFIG_INVALID'],
    [{ SALESMANIA_BASE_URL: 'https://user:pw@api.salesmania.id' }, 'CONFIG_INVALID'],
  ])('rejects a bad base URL %j', (env, code) => {
    expect(codeOf(() => resolveConnection({}, env))).toBe(code);
  });

  it('requires a password with a username, or a token', () => {
    expect(codeOf(() => requireCredentials(resolveConnection({}, {})))).toBe('CONFIG_MISSING');
    expect(codeOf(() => requireCredentials(resolveConnection({}, { SALESMANIA_USERNAME: 'ops' })))).toBe(
      'CONFIG_MISSING',
    );
    expect(
      codeOf(() => requireCredentials(resolveConnection({}, { SALESMANIA_TOKEN: 'tok-123456' }))),
    ).toBeUndefined();
  });
});
