/** serve's options: a reachable address needs a page password; the base path and upload limit are checked. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { isRunError } from '../../src/errors.js';
import { redact } from '../../src/secrets.js';
import { resolveWebOptions } from '../../src/web/index.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return isRunError(err) ? err.code : 'not a RunError';
  }
  return undefined;
}

describe('resolveWebOptions', () => {
  it('listens on the loopback without a password, trusting only loopback Host names', () => {
    const o = resolveWebOptions({}, {});
    expect(o).toMatchObject({ host: '127.0.0.1', port: 8080, basePath: '', loopbackOnly: true });
    expect(o.password).toBeUndefined();
    expect(o.maxUploadBytes).toBe(100 * 1024 * 1024);
  });

  it('refuses any other address without a page password', () => {
    expect(codeOf(() => resolveWebOptions({ host: '0.0.0.0' }, {}))).toBe('WEB_PASSWORD_REQUIRED');
    expect(codeOf(() => resolveWebOptions({ host: '192.168.1.20' }, {}))).toBe('WEB_PASSWORD_REQUIRED');
    expect(codeOf(() => resolveWebOptions({ host: '::1' }, {}))).toBeUndefined();
  });

  it('takes the password from the environment or a file, registered as a secret', () => {
    const dir = mkdtempSync(join(tmpdir(), 'web-options-'));
    try {
      const file = join(dir, 'ui');
      writeFileSync(file, 'dari-file-rahasia\n');
      const o = resolveWebOptions({ host: '0.0.0.0' }, { SALESMANIA_UI_PASSWORD_FILE: file });
      expect(o.password).toBe('dari-file-rahasia');
      expect(o.loopbackOnly).toBe(false);
      expect(redact('login dari-file-rahasia')).toBe('login ***');
      expect(resolveWebOptions({ host: '0.0.0.0' }, { SALESMANIA_UI_PASSWORD: 'lain-lagi-9' }).password).toBe(
        'lain-lagi-9',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a short password, a bad base path and a bad upload limit', () => {
    expect(codeOf(() => resolveWebOptions({}, { SALESMANIA_UI_PASSWORD: 'abc' }))).toBe('CONFIG_INVALID');
    expect(codeOf(() => resolveWebOptions({ basePath: 'bulk/../x' }, {}))).toBe('CONFIG_INVALID');
    expect(codeOf(() => resolveWebOptions({}, { SALESMANIA_MAX_FILE_MB: 'lots' }))).toBe('CONFIG_INVALID');
    expect(resolveWebOptions({ basePath: '/bulk/' }, {}).basePath).toBe('/bulk');
    expect(resolveWebOptions({}, { SALESMANIA_MAX_FILE_MB: '2' }).maxUploadBytes).toBe(2 * 1024 * 1024);
  });
});
