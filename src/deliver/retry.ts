import { isRunError } from '../errors.js';

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait before the second try; doubled before each further one. */
  backoffMs: number;
  /** Injected so tests do not wait for real. */
  sleep?: (ms: number) => Promise<void>;
  /** Told before each wait: which try failed and why. */
  onRetry?: (attempt: number, err: unknown, delayMs: number) => void;
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A refused login or a wrong host key will be refused again a minute later: those fail at once.
 * Everything else (a server down, a 5xx, a timeout, a dropped connection) is worth another try.
 */
function isPermanent(err: unknown): boolean {
  return (
    isRunError(err) &&
    (err.code === 'DELIVER_AUTH' ||
      err.code === 'DELIVER_HOST_KEY' ||
      err.code === 'CONFIG_INVALID' ||
      err.code === 'CONFIG_MISSING')
  );
}

/** Runs `task` until it succeeds or `attempts` are used up, with exponential backoff between tries. */
export async function withRetries<T>(task: (attempt: number) => Promise<T>, o: RetryOptions): Promise<T> {
  const sleep = o.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await task(attempt);
    } catch (err) {
      if (attempt >= o.attempts || isPermanent(err)) throw err;
      const delay = o.backoffMs * 2 ** (attempt - 1);
      o.onRetry?.(attempt, err, delay);
      await sleep(delay);
    }
  }
}
