/**
 * Planned start times for requests at a steady rate: never more than `burst` starts in any window
 * of `burst / ratePerSec` seconds (burst 1: starts `1 / ratePerSec` apart), handed out in turn.
 *
 * Why not p-queue's `interval`: it counts the window from each *actual* start, so every
 * millisecond a timer fires late is lost for good; at 100 requests/s (10 ms apart) Node's timers
 * lose ~1 ms each, and an import at the API's limit ran at ~0.9 of it (`npm run bench`, "import at
 * the limit"). Counted from the *planned* starts, a late start makes no later one late, and the
 * plan itself never exceeds the rate.
 */
export class Pacer {
  /** `burst / ratePerSec` seconds, in ms: the window no more than `burst` starts may share. */
  readonly windowMs: number;
  /** The last `burst` planned starts, oldest at `oldest` (ms, Date.now() clock). */
  private readonly planned: Float64Array;
  private oldest = 0;

  constructor(ratePerSec: number, burst: number) {
    this.windowMs = (burst / ratePerSec) * 1000;
    this.planned = new Float64Array(burst).fill(-Infinity);
  }

  /** Plans the next start, no earlier than `notBefore`; answers when it is. */
  reserve(now: number, notBefore = now): number {
    const at = Math.max(now, notBefore, this.planned[this.oldest] + this.windowMs);
    this.planned[this.oldest] = at;
    this.oldest = (this.oldest + 1) % this.planned.length;
    return at;
  }
}
