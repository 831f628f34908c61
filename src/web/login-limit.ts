/**
 * Failed sign-ins per client address: after MAX_FAILURES within WINDOW_MS the address waits until the
 * window has passed. Behind a reverse proxy every client shares the proxy's address, so the limit
 * then protects the password for everyone at once (docs/WEB.md).
 */
const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const since = this.now() - WINDOW_MS;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Milliseconds this address must still wait, 0 when it may try. */
  waitMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < MAX_FAILURES) return 0;
    return recent[recent.length - MAX_FAILURES] + WINDOW_MS - this.now();
  }

  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
