/** Sessions and the sign-in limit on an injected clock. */
import { describe, expect, it } from '@jest/globals';
import { LoginLimiter } from '../../src/web/login-limit.js';
import { SessionStore } from '../../src/web/session.js';

const MINUTE = 60_000;

describe('SessionStore', () => {
  it('ends a session after 8 idle hours, and use keeps it alive', () => {
    let now = 0;
    const store = new SessionStore(() => now);
    const kept = store.create(true);
    const idle = store.create(true);
    for (let hour = 1; hour <= 9; hour++) {
      now = hour * 60 * MINUTE;
      expect(store.get(kept.id)).toBe(kept);
    }
    expect(store.get(idle.id)).toBeUndefined();
  });

  it('gives a new id and token at sign-in; the old id is worth nothing', () => {
    const store = new SessionStore(() => 0);
    const visitor = store.create(false);
    const signedIn = store.signIn(visitor);
    expect(signedIn.authenticated).toBe(true);
    expect(signedIn.id).not.toBe(visitor.id);
    expect(signedIn.csrf).not.toBe(visitor.csrf);
    expect(store.get(visitor.id)).toBeUndefined();
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
