/**
 * Keeps work for many rows in flight while releasing results strictly in input order.
 *
 * Each result is handed to `release` as soon as it and every earlier one are done — not when the
 * window overflows — so the result sheet, the counts and the progress follow the work closely.
 * `add` waits while more than `size` rows are unreleased, so the reader is paused while the window
 * is full and memory stays bounded however long the file is.
 *
 * A failing work or `release` stops the releasing; the error is thrown by the next `add` or by
 * `drain` (the run is over then: a row problem is an outcome, never an exception).
 */
export class OrderedWindow<T> {
  private readonly pending: Array<Promise<T>> = [];
  private pumping: Promise<void> | undefined;
  private failure: { error: unknown } | undefined;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly size: number,
    private readonly release: (result: T) => Promise<void> | void,
  ) {}

  async add(work: Promise<T>): Promise<void> {
    this.throwIfFailed();
    // Attach a no-op catch so a rejection is not "unhandled" while it waits its turn;
    // the real handling happens when it is released.
    work.catch(() => undefined);
    this.pending.push(work);
    this.pump();
    while (this.pending.length > this.size) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
      this.throwIfFailed();
    }
  }

  /** Releases everything still pending, in order. */
  async drain(): Promise<void> {
    while (this.pending.length > 0) {
      this.throwIfFailed();
      this.pump();
      await this.pumping;
    }
    this.throwIfFailed();
  }

  get inFlight(): number {
    return this.pending.length;
  }

  private pump(): void {
    if (this.pumping || this.failure || this.pending.length === 0) return;
    this.pumping = this.releaseInOrder().finally(() => {
      this.pumping = undefined;
      // Work added between the loop's last check and this callback.
      this.pump();
    });
  }

  private async releaseInOrder(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const result = await this.pending[0];
        this.pending.shift(); // only now: until released, a row counts against the window
        await this.release(result);
        this.wake();
      }
    } catch (error) {
      this.failure = { error };
      this.wake();
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
