/** The Pacer plans starts on a clock the test gives it: no timers, no waiting. */
import { describe, expect, it } from '@jest/globals';
import { Pacer } from '../../src/api/pacer.js';

describe('Pacer: planned starts at a steady rate', () => {
  it('burst 1: one start per interval, counted from the plan, not from when a start was asked', () => {
    const pacer = new Pacer(100, 1);
    expect([0, 0, 0].map((now) => pacer.reserve(now))).toEqual([0, 10, 20]);
    // Asked late (a timer fired 5 ms after 20): the next start is still 30, not 35.
    expect(pacer.reserve(25)).toBe(30);
    expect(pacer.reserve(26)).toBe(40);
  });

  it('after an idle spell, starts at once: no credit saved up beyond the window', () => {
    const pacer = new Pacer(100, 1);
    pacer.reserve(0);
    expect(pacer.reserve(1000)).toBe(1000);
    expect(pacer.reserve(1000)).toBe(1010);
  });

  it('burst n: n starts back to back, then never more than n in any window of n / rate', () => {
    const pacer = new Pacer(10, 3);
    const starts = Array.from({ length: 7 }, () => pacer.reserve(0));
    expect(starts).toEqual([0, 0, 0, 300, 300, 300, 600]);
  });

  it('a start asked not before a time (a pause) comes then, and the plan goes on from it', () => {
    const pacer = new Pacer(100, 1);
    pacer.reserve(0);
    expect(pacer.reserve(5, 1000)).toBe(1000);
    expect(pacer.reserve(6)).toBe(1010);
  });

  it('over any long run the plan keeps to the rate exactly', () => {
    const pacer = new Pacer(100, 1);
    let now = 0;
    let last = 0;
    for (let i = 0; i < 1000; i++) {
      last = pacer.reserve(now);
      now = last + (i % 3); // each start happens 0–2 ms late
    }
    expect(last).toBe(999 * 10);
  });
});
