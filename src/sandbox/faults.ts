/**
 * Faults, scripted and random. A scripted fault is consumed by the next matching requests (in
 * the order scripted); random faults are drawn from a seeded generator, so a given seed and
 * request sequence always fail the same way. Scripted faults replace random ones for the
 * request they hit.
 */
import type { CommitFailMode, ResolvedRuntimeOptions } from './options.js';
import { createRandom, type Random } from './rng.js';

interface FaultMatch {
  /** HTTP method, any case; every method when omitted. */
  method?: string;
  /** The path without query: a string matches exactly, a RegExp is tested. */
  path?: string | RegExp;
  /** How many matching requests it hits; default 1. */
  times?: number;
}

export type ScriptedFault = FaultMatch &
  (
    | {
        /** Answer this status without doing anything (e.g. 429 with Retry-After, 503). */
        action: 'status';
        status: number;
        retryAfterSec?: number;
        /** JSON body; default `{"message": ...}`. A string is sent as HTML. */
        body?: unknown;
      }
    /** Destroy the connection before the request is handled: nothing is applied. */
    | { action: 'drop-before' }
    /** Apply the request, then destroy the connection without an answer. */
    | { action: 'commit-then-drop' }
    /** Apply the request, then answer 502 with an HTML body, as a proxy would. */
    | { action: 'commit-then-502' }
    /** Hold the answer back `ms` milliseconds (applied normally). */
    | { action: 'delay'; ms: number }
  );

export type AfterCommit = 'drop' | '502';

/** What the random faults decided for one request. */
export interface RandomFaults {
  fail?: { status: 500 | 502 | 503; html: boolean };
  afterCommit?: AfterCommit;
  slowMs?: number;
  /** Random part of the latency (0 to jitterMs). */
  jitterMs: number;
}

interface Pending {
  fault: ScriptedFault;
  remaining: number;
}

export class Faults {
  private queue: Pending[] = [];
  private random: Random;

  constructor(seed: number) {
    this.random = createRandom(seed);
  }

  reseed(seed: number): void {
    this.random = createRandom(seed);
  }

  script(fault: ScriptedFault): void {
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new RangeError(`fault.times must be an integer >= 1`);
    this.queue.push({ fault, remaining: times });
  }

  get pending(): number {
    return this.queue.reduce((n, p) => n + p.remaining, 0);
  }

  clearScript(): void {
    this.queue = [];
  }

  /** The first scripted fault matching this request, consumed once. */
  take(method: string, path: string): ScriptedFault | undefined {
    const at = this.queue.findIndex(({ fault }) => matches(fault, method, path));
    if (at < 0) return undefined;
    const pending = this.queue[at];
    if (--pending.remaining === 0) this.queue.splice(at, 1);
    return pending.fault;
  }

  /** Draws the random faults of one request. Every request draws the same count of numbers. */
  draw(options: ResolvedRuntimeOptions, isWrite: boolean): RandomFaults {
    const [r1, r2, r3, r4, r5] = [this.random(), this.random(), this.random(), this.random(), this.random()];
    const out: RandomFaults = { jitterMs: Math.round(r5 * options.jitterMs) };
    if (r1 < options.failRate) {
      const status = ([500, 502, 503] as const)[Math.floor(r2 * 3)];
      out.fail = { status, html: status !== 500 && r3 < 0.5 };
      return out;
    }
    if (isWrite && r2 < options.commitFailRate) out.afterCommit = pickMode(options.commitFailMode, r3);
    if (r4 < options.slowRate) out.slowMs = options.slowMs;
    return out;
  }
}

function pickMode(mode: CommitFailMode, r: number): AfterCommit {
  if (mode === 'mixed') return r < 0.5 ? 'drop' : '502';
  return mode;
}

function matches(fault: FaultMatch, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  if (fault.path === undefined) return true;
  if (typeof fault.path === 'string') return fault.path === path;
  fault.path.lastIndex = 0; // a /g RegExp would otherwise remember the last match
  return fault.path.test(path);
}
