/**
 * Issue 14, point 4, at the transport: a data request is announced (the journal's `sending`) only as
 * it leaves the rate gate, never while it waits; and once a run is stopped, requests still waiting
 * are dropped at once (even from a paused queue) while a request already started keeps its answer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { abortableGate, createRateGate, isInterrupted, whenLeaving } from '../../src/api/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { demoClient, rejectionOf } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof createSandbox>>;
let sb: Sandbox;

beforeAll(async () => {
  sb = await createSandbox({ seed: 'demo' });
});
afterAll(async () => {
  await sb.close();
});

/** A task that runs until `release()` is called. */
function held(): { task: () => Promise<string>; started: () => boolean; release: () => void } {
  let release = (): void => undefined;
  let started = false;
  const done = new Promise<void>((resolve) => (release = resolve));
  return {
    task: async () => {
      started = true;
      await done;
      return 'answered';
    },
    started: () => started,
    release: () => release(),
  };
}

describe('whenLeaving: the announcement comes as the request leaves', () => {
  it('not while it waits behind another request; once, before the server receives it', async () => {
    const gate = createRateGate({ ratePerSec: 1000, concurrency: 1 });
    const client = demoClient(sb.url, { gate });
    await client.customers.list({ per_page: 1 }); // logged in: the create below is one request
    const blocker = held();
    const blocking = gate.run(blocker.task);
    const announced: number[] = [];
    const creating = whenLeaving(
      () => announced.push(sb.requests.length),
      () => client.customers.create({ name: 'Toko Hook', ext_cust_no: 'HOOK-1' } as never),
    );
    // Once the create waits in the gate (checked every turn of the event loop), behind the blocker.
    while (gate.size === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(announced).toEqual([]); // still waiting for the gate: not sent, not announced
    const before = sb.requests.length;
    blocker.release();
    await blocking;
    await creating;
    expect(announced).toEqual([before]); // announced once, before the server logged it
    expect(sb.requests.slice(before).map((r) => r.method)).toEqual(['POST']);
  });

  it('a lookup inside the same call is not announced (only requests that change data are)', async () => {
    const client = demoClient(sb.url);
    const announced: string[] = [];
    await whenLeaving(
      () => announced.push('x'),
      () => client.customers.list({ per_page: 1 }),
    );
    expect(announced).toEqual([]);
  });
});

describe('abortableGate: a stop drops what waits, keeps what runs', () => {
  it('the started request keeps its answer; the waiting ones fail INTERRUPTED at once, never started', async () => {
    const controller = new AbortController();
    const gate = abortableGate(createRateGate({ ratePerSec: 1000, concurrency: 1 }), controller.signal);
    const running = held();
    const first = gate.run(running.task);
    const calls: number[] = [];
    const waiting = [1, 2, 3].map((n) => gate.run(async () => void calls.push(n)));
    while (!running.started()) await new Promise((resolve) => setImmediate(resolve));
    expect(gate.size).toBe(3); // the other three wait behind it
    controller.abort();
    const errors = await Promise.all(waiting.map((w) => rejectionOf(w)));
    expect(errors.every(isInterrupted)).toBe(true);
    // They failed while the first was still running: nobody waited for it.
    running.release();
    await expect(first).resolves.toBe('answered');
    expect(calls).toEqual([]);
  });

  it('a queue paused by a 429 is emptied at once too', async () => {
    const controller = new AbortController();
    const base = createRateGate({ ratePerSec: 1000, concurrency: 2 });
    const gate = abortableGate(base, controller.signal);
    base.pauseFor(1_000);
    let called = false;
    const waiting = gate.run(async () => void (called = true));
    controller.abort();
    expect(isInterrupted(await rejectionOf(waiting))).toBe(true);
    expect(base.stats().paused).toBe(true); // rejected during the pause, not after it
    expect(called).toBe(false);
    expect(base.stats().started).toBe(0);
    await base.onIdle();
  });
});
