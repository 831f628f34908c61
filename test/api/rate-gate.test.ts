import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { createRateGate } from '../../src/api/rate-gate.js';

/**
 * Tests of when tasks start run on jest's fake clock (Date.now and timers, which the gate uses), so a
 * busy machine cannot make a start look early or late.
 */
function useFakeClock(): void {
  jest.useFakeTimers({ now: 1_000_000 });
}
/** Lets the fake clock run until `work` settles. */
async function settle<T>(work: Promise<T>): Promise<T> {
  let done = false;
  const watched = work.finally(() => (done = true));
  while (!done) await jest.advanceTimersByTimeAsync(1);
  return watched;
}

describe('createRateGate', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it.each([
    [{ ratePerSec: 'abc', concurrency: 1 }, 'expected `ratePerSec` to be a number > 0, got `abc`'],
    [{ ratePerSec: 0, concurrency: 1 }, 'expected `ratePerSec` to be a number > 0, got `0`'],
    [{ ratePerSec: 5, concurrency: 0 }, 'expected `concurrency` to be an integer >= 1, got `0`'],
    [{ ratePerSec: 5, concurrency: 1.5 }, 'expected `concurrency` to be an integer >= 1, got `1.5`'],
    [{ ratePerSec: 5, concurrency: 2, burst: 0 }, 'expected `burst` to be an integer >= 1, got `0`'],
  ])('rejects %p', (options, message) => {
    expect(() => createRateGate(options as never)).toThrow(message);
  });

  it('rejects a negative pause', () => {
    const gate = createRateGate({ ratePerSec: 10, concurrency: 1 });
    expect(() => gate.pauseFor(-5)).toThrow('expected `ms` to be a number >= 0, got `-5`');
  });

  it('passes results and errors through', async () => {
    const gate = createRateGate({ ratePerSec: 100, concurrency: 2 });
    await expect(gate.run(async () => 42)).resolves.toBe(42);
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(gate.stats()).toMatchObject({ started: 2, settled: 2, failed: 1 });
  });

  it('never runs more than `concurrency` tasks at once', async () => {
    useFakeClock();
    const gate = createRateGate({ ratePerSec: 1000, concurrency: 3, burst: 100 });
    let running = 0;
    let peak = 0;
    const task = async (): Promise<void> => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 20)); // on the fake clock
      running -= 1;
    };
    await settle(Promise.all(Array.from({ length: 12 }, () => gate.run(task))));
    expect(peak).toBe(3);
    expect(gate.stats()).toMatchObject({ started: 12, settled: 12, size: 0, pending: 0 });
  });

  it('spaces starts by the rate (burst 1: one start per 1/ratePerSec)', async () => {
    useFakeClock();
    const gate = createRateGate({ ratePerSec: 20, concurrency: 10 });
    const starts: number[] = [];
    await settle(Promise.all(Array.from({ length: 5 }, () => gate.run(async () => starts.push(Date.now())))));
    // 5 starts at 20/s need at least 4 gaps of 50 ms (minus timer slack).
    expect(starts[4] - starts[0]).toBeGreaterThanOrEqual(4 * 50 - 10);
  });

  it('after the process stalls, the tasks that waited are spread out again, not sent at once', async () => {
    useFakeClock();
    const gate = createRateGate({ ratePerSec: 100, concurrency: 8 });
    const starts: number[] = [];
    // A stall (a long GC, a busy writer) as the gate sees it: 100 ms pass on the clock while no
    // timer fires; the timers already set fire late, as after a blocked event loop.
    const stall = (ms: number) => jest.setSystemTime(Date.now() + ms);
    await settle(
      Promise.all(
        Array.from({ length: 16 }, (_v, i) =>
          gate.run(async () => {
            starts.push(Date.now());
            if (i === 2) stall(100);
          }),
        ),
      ),
    );
    // The 7 tasks that had planned their starts during the stall: 10 ms apart again after it.
    const after = starts.slice(3, 10);
    expect(after[after.length - 1] - after[0]).toBeGreaterThanOrEqual(6 * 10);
  });

  it('allows `burst` starts back to back, then applies the rate', async () => {
    useFakeClock();
    const gate = createRateGate({ ratePerSec: 10, concurrency: 10, burst: 3 });
    const starts: number[] = [];
    await settle(Promise.all(Array.from({ length: 4 }, () => gate.run(async () => starts.push(Date.now())))));
    expect(starts[2] - starts[0]).toBeLessThan(250); // the burst: no wait for the window
    expect(starts[3] - starts[0]).toBeGreaterThanOrEqual(300 - 10); // the window: 3 / 10 per s
  });

  it('pauseFor holds back tasks added later, then resumes', async () => {
    useFakeClock();
    const gate = createRateGate({ ratePerSec: 1000, concurrency: 4, burst: 10 });
    await settle(gate.run(async () => undefined));
    const t0 = Date.now();
    gate.pauseFor(300);
    expect(gate.stats().paused).toBe(true);
    const started: number[] = [];
    const later = Promise.all([1, 2, 3].map(() => gate.run(async () => started.push(Date.now() - t0))));
    await jest.advanceTimersByTimeAsync(50);
    expect(started).toHaveLength(0);
    expect(gate.size).toBe(3);
    await settle(later);
    for (const at of started) expect(at).toBeGreaterThanOrEqual(290);
    const stats = gate.stats();
    expect(stats.paused).toBe(false);
    expect(stats.pauses).toBe(1);
    expect(stats.pausedMs).toBeGreaterThanOrEqual(290);
  });

  it('a longer pause extends a running one; a shorter one does not shorten it', async () => {
    useFakeClock();
    const gate = createRateGate({ ratePerSec: 1000, concurrency: 1, burst: 10 });
    const t0 = Date.now();
    gate.pauseFor(100);
    gate.pauseFor(250);
    gate.pauseFor(10);
    let at = 0;
    await settle(
      gate.run(async () => {
        at = Date.now() - t0;
      }),
    );
    expect(at).toBeGreaterThanOrEqual(240);
    expect(gate.stats().pauses).toBe(2);
  });

  it('a pause does not interrupt a task already running', async () => {
    // The pause below ends with the test, not a minute later; p-queue's own bookkeeping (microtasks)
    // stays real.
    jest.useFakeTimers({ now: 1_000_000, doNotFake: ['nextTick', 'queueMicrotask'] });
    const gate = createRateGate({ ratePerSec: 1000, concurrency: 1, burst: 10 });
    let started!: () => void;
    let release!: () => void;
    const isRunning = new Promise<void>((resolve) => (started = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    let finished = false;
    const running = gate.run(async () => {
      started();
      await released;
      finished = true;
    });
    await isRunning;
    gate.pauseFor(60_000); // far longer than the test: the task must finish within the pause
    expect(gate.stats()).toMatchObject({ paused: true, pending: 1 });
    release();
    await running;
    expect(finished).toBe(true);
    expect(gate.stats()).toMatchObject({ paused: true, pending: 0, settled: 1 });
    gate.pauseFor(0); // no-op
    await gate.onIdle();
  });
});
