/** A run's progress for the page: rate and ETA from an injected clock, events thinned, the last always sent. */
import { describe, expect, it } from '@jest/globals';
import { watchProgress } from '../../src/workspace/run-progress.js';
import type { Progress } from '../../src/workspace/index.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('watchProgress', () => {
  it('gives rows done, rows per second and the seconds left from the clock', () => {
    const c = clock();
    const sent: Progress[] = [];
    const watch = watchProgress(c.now, 0, (p) => sent.push(p));
    watch.start(100);
    c.advance(2000);
    watch.update(20);
    expect(watch.current()).toEqual({ done: 20, total: 100, rate: 10, etaSeconds: 8 });
    expect(sent.map((p) => p.done)).toEqual([0, 20]);
  });

  it('sends at most one event per interval, and the last figures when the run stops', () => {
    const c = clock();
    const sent: Progress[] = [];
    const watch = watchProgress(c.now, 250, (p) => sent.push(p));
    watch.start(undefined);
    for (let row = 1; row <= 10; row++) {
      c.advance(100);
      watch.update(row);
    }
    watch.stop();
    // Sent at start (0), then at 300 ms (row 3), 600 ms (row 6), 900 ms (row 9); row 10 at the stop.
    expect(sent.map((p) => p.done)).toEqual([0, 3, 6, 9, 10]);
    expect(sent.every((p) => p.total === undefined && p.etaSeconds === undefined)).toBe(true);
  });

  it('sends nothing more at the stop when the last figures were sent', () => {
    const c = clock();
    const sent: Progress[] = [];
    const watch = watchProgress(c.now, 0, (p) => sent.push(p));
    watch.start(2);
    watch.update(1);
    watch.update(2);
    watch.stop();
    expect(sent.map((p) => p.done)).toEqual([0, 1, 2]);
    expect(sent[2].etaSeconds).toBe(0);
  });

  it('sends figures held back by the interval once it has passed, though no row follows', () => {
    const c = clock();
    const sent: Progress[] = [];
    const timers: Array<{ fn: () => void; ms: number }> = [];
    const later = (fn: () => void, ms: number) => {
      const timer = { fn, ms };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    };
    const watch = watchProgress(c.now, 250, (p) => sent.push(p), later);
    watch.start(10);
    c.advance(100);
    watch.update(3); // held back: 100 ms after the last event
    expect(sent.map((p) => p.done)).toEqual([0]);
    expect(timers.map((t) => t.ms)).toEqual([150]);
    c.advance(150);
    timers.shift()?.fn(); // the interval has passed; the run waits on row 4
    expect(sent.map((p) => p.done)).toEqual([0, 3]);
    expect(timers).toEqual([]);
    watch.update(4); // 0 ms after the last event: held back again
    watch.stop(); // the stop sends the last figures and cancels the timer
    expect(sent.map((p) => p.done)).toEqual([0, 3, 4]);
    expect(timers).toEqual([]);
  });
});
