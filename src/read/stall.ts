/**
 * A guard against a reader that neither yields nor fails. exceljs (through unzipper) can leave its
 * iteration pending forever on input that ends too early — no error, no end — and a Node process with
 * nothing left to do then exits with status 0 in the middle of an import. This watches the writing of
 * the input: an I/O error rejects the pending step at once, and a step still pending `stallMs` after
 * all input was handed over rejects with `onStall()`. The timer also keeps the process alive until then.
 */
export class InputWatch {
  private ended = false;
  private error: unknown;
  private failed = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    written: Promise<void>,
    private readonly stallMs: number,
    private readonly onStall: () => Error,
  ) {
    written.then(
      () => this.finish(),
      (err: unknown) => this.finish(err, true),
    );
  }

  private finish(err?: unknown, failed = false): void {
    this.ended = true;
    if (failed && !this.failed) {
      this.failed = true;
      this.error = err;
    }
    for (const listener of [...this.listeners]) listener();
  }

  /** `iterator.next()`, rejected when the input failed or stalled. */
  next<T>(iterator: AsyncIterator<T>): Promise<IteratorResult<T>> {
    const step = iterator.next();
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      const check = () => {
        if (this.failed) {
          done();
          reject(this.error);
        } else if (this.ended && timer === undefined) {
          timer = setTimeout(() => {
            done();
            reject(this.onStall());
          }, this.stallMs);
        }
      };
      step.then(
        (value) => {
          done();
          resolve(value);
        },
        (err: unknown) => {
          done();
          reject(err);
        },
      );
      this.listeners.add(check);
      check();
    });
  }
}
