/** Signed session cookies, their key and the sign-in limit, on an injected clock. */
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { LoginLimiter } from '../../src/web/login-limit.js';
import { SessionStore } from '../../src/web/session.js';
import { SESSION_KEY_FILE, sessionKey } from '../../src/web/session-key.js';
import { EndedSessions } from '../../src/web/sessions-ended.js';

const MINUTE = 60_000;

/** A store as serve makes one: the key of a data folder and page password, the ended list in the folder. */
function storeIn(dir: string, password: string | undefined, now: () => number) {
  return new SessionStore(sessionKey(dir, password), new EndedSessions(dir, now), now);
}

describe('SessionStore', () => {
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'web-session-'));
    folders.push(dir);
    return dir;
  };
  afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('ends a session after 8 idle hours; use renews its cookie and keeps it alive', () => {
    let now = 0;
    const store = storeIn(folder(), 'kata-sandi-1', () => now);
    let kept = store.cookieValue(store.create(true));
    const idle = store.cookieValue(store.create(true));
    expect(store.renewed(store.get(kept)!)).toBeUndefined(); // just made: no new cookie yet
    for (let hour = 1; hour <= 9; hour++) {
      now = hour * 60 * MINUTE;
      const session = store.get(kept);
      expect(session?.authenticated).toBe(true);
      kept = store.cookieValue(store.renewed(session!)!);
    }
    expect(store.get(idle)).toBeUndefined();
  });

  it('gives a new id and token at sign-in; the cookie before it opens nothing', () => {
    const store = storeIn(folder(), 'kata-sandi-1', () => 0);
    const visitor = store.create(false);
    const before = store.cookieValue(visitor);
    const signedIn = store.signIn(visitor);
    expect(signedIn.authenticated).toBe(true);
    expect(signedIn.id).not.toBe(visitor.id);
    expect(signedIn.csrf).not.toBe(visitor.csrf);
    expect(store.get(before)?.authenticated).toBe(false);
  });

  it('refuses a cookie changed by hand, or made up', () => {
    const store = storeIn(folder(), 'kata-sandi-1', () => 0);
    const visitor = store.cookieValue(store.create(false));
    const [version, id, , expires, signature] = visitor.split('.');
    expect(store.get([version, id, '1', expires, signature].join('.'))).toBeUndefined();
    expect(store.get([version, id, '0', String(Number(expires) * 2), signature].join('.'))).toBeUndefined();
    expect(store.get('x'.repeat(43))).toBeUndefined();
    expect(store.get(undefined)).toBeUndefined();
  });

  it('keeps a sign-in across a restart on the same folder and password, not across a new password', () => {
    const dir = folder();
    const first = storeIn(dir, 'kata-sandi-1', () => 0);
    const signedIn = first.signIn(first.create(false));
    const cookie = first.cookieValue(signedIn);
    const restarted = storeIn(dir, 'kata-sandi-1', () => MINUTE);
    expect(restarted.get(cookie)).toEqual(signedIn);
    expect(storeIn(dir, 'kata-sandi-2', () => MINUTE).get(cookie)).toBeUndefined();
    expect(storeIn(folder(), 'kata-sandi-1', () => MINUTE).get(cookie)).toBeUndefined();
  });

  it('keeps a signed-out cookie worthless across a restart', () => {
    const dir = folder();
    const first = storeIn(dir, 'kata-sandi-1', () => 0);
    const session = first.signIn(first.create(false));
    const copy = first.cookieValue(session);
    first.end(session);
    expect(first.get(copy)).toBeUndefined();
    expect(storeIn(dir, 'kata-sandi-1', () => MINUTE).get(copy)).toBeUndefined();
  });
});

describe('sessionKey', () => {
  it('makes the folder key once, readable by its owner only, and mixes in the password', () => {
    const dir = mkdtempSync(join(tmpdir(), 'web-key-'));
    try {
      const key = sessionKey(dir, 'kata-sandi-1');
      const file = join(dir, SESSION_KEY_FILE);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8')).not.toContain('kata-sandi-1');
      expect(sessionKey(dir, 'kata-sandi-1').equals(key)).toBe(true);
      expect(sessionKey(dir, 'kata-sandi-2').equals(key)).toBe(false);
      chmodSync(file, 0o644);
      expect(sessionKey(dir, 'kata-sandi-1').equals(key)).toBe(true);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      writeFileSync(file, 'damaged');
      expect(sessionKey(dir, 'kata-sandi-1').equals(key)).toBe(false);
      expect(readFileSync(file, 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('LoginLimiter', () => {
  it('lets an address fail five times in 15 minutes, then makes it wait until the first ages out', () => {
    let now = 0;
    const limiter = new LoginLimiter(() => now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.waitMs('10.0.0.1')).toBe(0);
      limiter.fail('10.0.0.1');
      now += MINUTE;
    }
    expect(limiter.waitMs('10.0.0.1')).toBe(10 * MINUTE);
    expect(limiter.waitMs('10.0.0.2')).toBe(0);
    now = 15 * MINUTE;
    expect(limiter.waitMs('10.0.0.1')).toBe(0);
  });

  it('forgets the failures of an address that signs in', () => {
    const limiter = new LoginLimiter(() => 0);
    for (let i = 0; i < 5; i++) limiter.fail('a');
    limiter.succeed('a');
    expect(limiter.waitMs('a')).toBe(0);
  });
});
