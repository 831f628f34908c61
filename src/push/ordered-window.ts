/**
 * Keeps work for many rows in flight while releasing results strictly in input order.
 *
 * `add` starts a row's work and, when more than `size` rows are waiting, waits for the oldest
 * to finish and hands it to `release` — so the reader is paused while the window is full and
 * memory stays bounded however long the file is.
 */
export class OrderedWindow<T> {
  private readonly pending: Array<Promise<T>> = [];

  constructor(
    private readonly size: number,
    private readonly release: (result: T) => Promise<void> | void,
  ) {}

  async add(work: Promise<T>): Promise<void> {
    // Attach a no-op catch so a rejection is not "unhandled" while it waits its turn;
    // the real handling happens when it is released.
    work.catch(() => undefined);
    this.pending.push(work);
    while (this.pending.length > this.size) await this.releaseOldest();
  }

  /** Releases everything still pending, in order. */
  async drain(): Promise<void> {
    while (this.pending.length > 0) await this.releaseOldest();
  }

  get inFlight(): number {
    return this.pending.length;
  }

  private async releaseOldest(): Promise<void> {
    const oldest = this.pending.shift();
    if (oldest) await this.release(await oldest);
  }
}
