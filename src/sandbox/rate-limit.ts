/**
 * A token bucket per bearer token: `burst` requests at once, refilled at `rate` per second.
 * An empty bucket answers how many whole seconds until the next request may pass, which is
 * what the server puts in `Retry-After`.
 */
interface Bucket {
  tokens: number;
  last: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  /** 0 when the request may pass (and is counted), else the wait in whole seconds (≥ 1). */
  take(key: string, rate: number, burst: number, now = Date.now()): number {
    if (!(rate > 0)) return 0;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= 10_000) this.prune(rate, burst, now);
      bucket = { tokens: burst, last: now };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.last) / 1000) * rate);
    bucket.last = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate));
  }

  reset(): void {
    this.buckets.clear();
  }

  /** Full buckets carry no information: drop them. */
  private prune(rate: number, burst: number, now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.last) / 1000) * rate >= burst) this.buckets.delete(key);
    }
  }
}
