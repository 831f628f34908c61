/**
 * Runs tasks with the same key one after another (tasks with different keys run side by side).
 * Visits and orders use it so that two rows for the same customer and day never race: what one
 * created is known before the next looks, and a lost answer can be matched to one request only.
 */
export class KeyedChain {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.tails.set(key, next);
    const forget = () => {
      if (this.tails.get(key) === next) this.tails.delete(key);
    };
    next.then(forget, forget);
    return next;
  }
}
