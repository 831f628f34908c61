/**
 * Jest's fake clock for `Date` alone: timers, I/O and `performance` stay real, so a test can still
 * talk HTTP to the sandbox while the time every party reads (the client's token expiry, the
 * sandbox's) moves only when the test says. For tests of "after N ms" that must not wait N ms.
 */
import { jest } from '@jest/globals';

const REAL = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

/** From now on `Date.now()` stands still until `advance(ms)`; `useRealTimers()` ends it. */
export function fakeDate(): { advance(ms: number): void } {
  jest.useFakeTimers({ doNotFake: [...REAL], now: Date.now() });
  return { advance: (ms) => jest.setSystemTime(Date.now() + ms) };
}

export function realDate(): void {
  jest.useRealTimers();
}
