/**
 * One gate for every HTTP attempt of a run: the API's rate limit is per bearer token, so all
 * requests (first attempts, retries, re-logins) must share one budget. Built on p-queue (order,
 * priorities, at most `concurrency` requests in flight) and a Pacer (starts `1 / ratePerSec`
 * apart, `burst` back to back at most). On a 429 the client calls `pauseFor(Retry-After)` and the
 * whole queue waits: the other requests would only hit the same limit.
 */
import { setMaxListeners } from 'node:events';
import PQueue from 'p-queue';
import { Pacer } from './pacer.js';

/** Signals whose listener limit is already lifted (see `run`). */
const unlimited = new WeakSet<AbortSignal>();

export interface RateGateOptions {
  /** Sustained starts per second (> 0; Infinity = no rate limit). */
  ratePerSec: number;
  /** Requests in flight at once (integer >= 1, or Infinity). */
  concurrency: number;
  /** Starts allowed back to back before the rate applies (integer >= 1). Default 1: evenly spaced. */
  burst?: number;
}

export interface RunOptions {
  priority?: number;
  signal?: AbortSignal;
}

export interface RateGateStats {
  /** Tasks started so far. */
  started: number;
  /** Tasks settled so far (fulfilled or rejected). */
  settled: number;
  /** Tasks that rejected. */
  failed: number;
  /** How many times pauseFor() paused (or extended a pause of) the queue. */
  pauses: number;
  /** Total time the queue stood paused, in ms (a running pause counts up to now). */
  pausedMs: number;
  /**
   * The `ms` of the last pauseFor() that paused or extended (0 before any): what the gate was told
   * to wait, e.g. a server's Retry-After, where `pausedMs` is what the clock measured.
   */
  lastPauseMs: number;
  /** Waiting tasks. */
  size: number;
  /** Running tasks. */
  pending: number;
  paused: boolean;
}

export interface RateGate {
  /**
   * Runs `fn` in its turn; a higher `priority` (default 0) goes before tasks already waiting.
   * Once `signal` is aborted, a task not yet started rejects with its reason at once, without
   * waiting for (or using up) a turn: a stopped run's queue empties in no time.
   */
  run<T>(fn: () => Promise<T>, options?: RunOptions): Promise<T>;
  /** Starts no new task for `ms` (extends, never shortens, a pause already running). */
  pauseFor(ms: number): void;
  /** Resolves when nothing waits and nothing runs. */
  onIdle(): Promise<void>;
  readonly size: number;
  readonly pending: number;
  stats(): RateGateStats;
}

export function createRateGate(options: RateGateOptions): RateGate {
  const { ratePerSec, concurrency, burst } = validate(options);
  const queue = new PQueue({ concurrency });
  const pacer = Number.isFinite(ratePerSec) ? new Pacer(ratePerSec, burst) : undefined;

  const counts = { started: 0, settled: 0, failed: 0, pauses: 0, pausedMs: 0, lastPauseMs: 0 };
  let resumeAt = 0;
  let pausedSince: number | undefined;
  let timer: NodeJS.Timeout | undefined;

  /**
   * A started task's turn: it waits for its planned start. Tasks start (and plan) in queue order,
   * so plans follow the queue. It plans again when a pause began meanwhile, and when it woke more
   * than a window late: the process stalled (a long GC, a busy writer), and every task waiting
   * would otherwise go at once, up to `concurrency` back to back.
   */
  const waitTurn = async (): Promise<void> => {
    if (!pacer) return;
    for (;;) {
      const now = Date.now();
      const at = pacer.reserve(now, resumeAt);
      if (at <= now) return;
      await new Promise((resolve) => setTimeout(resolve, at - now));
      const woke = Date.now();
      if (resumeAt <= woke && woke - at <= pacer.windowMs) return;
    }
  };

  const resume = (): void => {
    timer = undefined;
    const wait = resumeAt - Date.now();
    if (wait > 0) {
      timer = setTimeout(resume, wait); // a later pauseFor() moved the end
      return;
    }
    if (pausedSince !== undefined) counts.pausedMs += Date.now() - pausedSince;
    pausedSince = undefined;
    queue.start();
  };

  return {
    run<T>(fn: () => Promise<T>, options?: RunOptions): Promise<T> {
      const signal = options?.signal;
      let started = false;
      const task = queue.add(
        async () => {
          // Dropped unstarted (below): p-queue still runs it when its turn comes, as a no-op.
          signal?.throwIfAborted();
          started = true;
          await waitTurn();
          counts.started += 1;
          try {
            return await fn();
          } catch (err) {
            counts.failed += 1;
            throw err;
          } finally {
            counts.settled += 1;
          }
        },
        options?.priority === undefined ? undefined : { priority: options.priority },
      );
      if (!signal) return task;
      // Not p-queue's own `signal`: it would also reject tasks already started, and a request on
      // the wire must keep its answer. Only a task still waiting (even in a paused queue) is dropped.
      // Every waiting request listens to the run's one signal: thousands may wait at once, which is
      // not a leak, so Node's warning at 11 listeners is switched off for it (once per signal).
      if (!unlimited.has(signal)) {
        setMaxListeners(0, signal);
        unlimited.add(signal);
      }
      return new Promise<T>((resolve, reject) => {
        const drop = () => {
          if (!started) reject(signal.reason);
        };
        signal.addEventListener('abort', drop, { once: true });
        if (signal.aborted) drop();
        task.then(resolve, reject).finally(() => signal.removeEventListener('abort', drop));
      });
    },
    pauseFor(ms: number): void {
      if (typeof ms !== 'number' || Number.isNaN(ms) || ms < 0) {
        throw new TypeError(`expected \`ms\` to be a number >= 0, got \`${String(ms)}\``);
      }
      if (ms === 0) return;
      const until = Date.now() + Math.min(ms, 2 ** 31 - 1);
      if (until <= resumeAt) return;
      resumeAt = until;
      counts.pauses += 1;
      counts.lastPauseMs = ms;
      if (pausedSince === undefined) pausedSince = Date.now();
      queue.pause();
      if (timer === undefined) timer = setTimeout(resume, until - Date.now());
    },
    onIdle: () => queue.onIdle(),
    get size() {
      return queue.size;
    },
    get pending() {
      return queue.pending;
    },
    stats(): RateGateStats {
      const running = pausedSince === undefined ? 0 : Date.now() - pausedSince;
      return {
        ...counts,
        pausedMs: counts.pausedMs + running,
        size: queue.size,
        pending: queue.pending,
        paused: queue.isPaused,
      };
    },
  };
}

function validate(options: RateGateOptions): Required<RateGateOptions> {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`expected rate gate options to be an object, got \`${String(options)}\``);
  }
  const { ratePerSec, concurrency } = options;
  const burst = options.burst ?? 1;
  if (typeof ratePerSec !== 'number' || Number.isNaN(ratePerSec) || ratePerSec <= 0) {
    throw new TypeError(`expected \`ratePerSec\` to be a number > 0, got \`${String(ratePerSec)}\``);
  }
  if (!isCount(concurrency)) {
    throw new TypeError(`expected \`concurrency\` to be an integer >= 1, got \`${String(concurrency)}\``);
  }
  if (!isCount(burst) || !Number.isFinite(burst)) {
    throw new TypeError(`expected \`burst\` to be an integer >= 1, got \`${String(burst)}\``);
  }
  return { ratePerSec, concurrency, burst };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && (value === Infinity || (Number.isInteger(value) && value >= 1));
}
