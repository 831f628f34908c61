/**
 * A clean stop in bounded time. Once the run is asked to stop, no new request goes out (see
 * abortable-gate.ts), and the rows still in flight get `graceMs` to finish — a request on the wire,
 * a retry's back-off, an id lookup. Whatever is not done by then is let go with `fallback`: its
 * journal line still says `sending`, so `--resume` reconciles it, and the run can flush its files
 * and exit instead of hanging on one slow request.
 */
export interface StopGrace {
  /** `work`'s result, or `fallback()` if the grace period after a stop ends first (a throw rejects). */
  bound<T>(work: Promise<T>, fallback: () => T): Promise<T>;
  /** Forgets the signal and the timer (call when the run is over). */
  dispose(): void;
}

export function createStopGrace(signal: AbortSignal, graceMs: number): StopGrace {
  // One entry per row in flight (never more than the ordered window), so memory stays bounded.
  const inFlight = new Set<() => void>();
  let timer: NodeJS.Timeout | undefined;
  let expired = false;
  const expire = () => {
    expired = true;
    for (const letGo of inFlight) letGo();
    inFlight.clear();
  };
  const onAbort = () => {
    // Not unref'd: the run is waiting on it, and nothing else may be keeping the process alive.
    timer ??= setTimeout(expire, graceMs);
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });

  return {
    bound<T>(work: Promise<T>, fallback: () => T): Promise<T> {
      if (expired) {
        work.catch(() => undefined);
        return new Promise<T>((resolve) => resolve(fallback()));
      }
      return new Promise<T>((resolve, reject) => {
        const letGo = () => {
          work.catch(() => undefined); // whatever it does later is no one's business now
          try {
            resolve(fallback());
          } catch (err) {
            reject(err);
          }
        };
        inFlight.add(letGo);
        work.then(
          (value) => {
            inFlight.delete(letGo);
            resolve(value);
          },
          (err: unknown) => {
            inFlight.delete(letGo);
            reject(err);
          },
        );
      });
    },
    dispose() {
      signal.removeEventListener('abort', onAbort);
      if (timer) clearTimeout(timer);
      inFlight.clear();
    },
  };
}
