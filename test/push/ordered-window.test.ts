import { describe, expect, it } from '@jest/globals';
import { OrderedWindow } from '../../src/push/index.js';

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('OrderedWindow', () => {
  it('releases each result as soon as it and all earlier ones are done, in input order', async () => {
    const released: number[] = [];
    const window = new OrderedWindow<number>(10, (n) => void released.push(n));
    const work = [deferred<number>(), deferred<number>(), deferred<number>()];
    for (const w of work) await window.add(w.promise);
    work[1].resolve(2);
    await tick();
    expect(released).toEqual([]); // 1 is not done: 2 waits for it
    work[0].resolve(1);
    await tick();
    expect(released).toEqual([1, 2]); // without waiting for the window to fill or drain
    expect(window.inFlight).toBe(1);
    work[2].resolve(3);
    await window.drain();
    expect(released).toEqual([1, 2, 3]);
    expect(window.inFlight).toBe(0);
  });

  it('makes add wait while more than `size` results are unreleased', async () => {
    const released: number[] = [];
    const window = new OrderedWindow<number>(2, (n) => void released.push(n));
    const first = deferred<number>();
    await window.add(first.promise);
    await window.add(Promise.resolve(2));
    let third = false;
    const adding = window.add(Promise.resolve(3)).then(() => (third = true));
    await tick();
    expect(third).toBe(false);
    first.resolve(1);
    await adding;
    await window.drain();
    expect(released).toEqual([1, 2, 3]);
  });

  it('keeps releasing work added after it went idle', async () => {
    const released: string[] = [];
    const window = new OrderedWindow<string>(5, (s) => void released.push(s));
    await window.add(Promise.resolve('a'));
    await tick();
    expect(released).toEqual(['a']);
    await window.add(Promise.resolve('b'));
    await window.drain();
    expect(released).toEqual(['a', 'b']);
  });

  it('throws a failed work or release from the next add or from drain', async () => {
    const window = new OrderedWindow<number>(5, (n) => {
      if (n === 2) throw new Error('disk full');
    });
    await window.add(Promise.resolve(1));
    await window.add(Promise.resolve(2));
    await tick();
    await expect(window.add(Promise.resolve(3))).rejects.toThrow('disk full');
    const other = new OrderedWindow<number>(5, () => undefined);
    await other.add(Promise.reject(new Error('bug')));
    await expect(other.drain()).rejects.toThrow('bug');
  });
});
