/**
 * At most `size` calls at once; the others wait their turn in order.
 *
 * Why the push stage needs this besides the rate gate: every row of the ordered window starts its
 * work at once, so without a bound a thousand requests would queue in the gate, and a request
 * queued later — the batched lookup of created ids, a reconciliation — would wait behind all of
 * them (minutes at 8 requests/s), holding back the result sheet, the journal's `done` lines and
 * the progress. With rows' requests bounded to a few per gate slot, those lookups get through in
 * a fraction of a second.
 */
export class CallSlots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) {
      throw new TypeError(`expected \`size\` to be an integer >= 1, got \`${String(size)}\``);
    }
    this.free = size;
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next)
        next(); // the slot passes straight on
      else this.free += 1;
    }
  }
}
