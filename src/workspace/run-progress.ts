/**
 * A run's progress for the page: the run layer's ProgressSink (the one the CLI's bar implements)
 * turned into rows done, rate and ETA, sent at most every `everyMs` so a fast run does not flood
 * the page; the last figures are always sent when the run stops. Figures held back by the interval
 * are sent when it has passed, even if no row follows (a row waiting on a slow request must not
 * leave the page showing older figures). The clock and the timer are injected.
 */
import type { ProgressSink } from '../run/index.js';
import type { Progress } from './types.js';

export interface ProgressWatch extends ProgressSink {
  current(): Progress;
}

/** Runs `fn` after `ms` milliseconds; returns what cancels it. */
export type Later = (fn: () => void, ms: number) => () => void;

const realTimer: Later = (fn, ms) => {
  const timer = setTimeout(fn, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

export function watchProgress(
  now: () => number,
  everyMs: number,
  emit: (p: Progress) => void,
  later: Later = realTimer,
): ProgressWatch {
  let startedAt = now();
  let done = 0;
  let total: number | undefined;
  let sentAt = -Infinity;
  let sentDone = -1;
  let pending: (() => void) | undefined;
  const current = (): Progress => {
    const seconds = Math.max((now() - startedAt) / 1000, 0.001);
    const rate = done / seconds;
    const etaSeconds = total !== undefined && rate > 0 ? Math.max(0, (total - done) / rate) : undefined;
    return { done, total, rate: Math.round(rate * 10) / 10, etaSeconds: etaSeconds && Math.ceil(etaSeconds) };
  };
  const send = () => {
    pending?.();
    pending = undefined;
    sentAt = now();
    sentDone = done;
    emit(current());
  };
  return {
    current,
    start(expected) {
      startedAt = now();
      total = expected;
      send();
    },
    update(processed) {
      done = processed;
      const wait = everyMs - (now() - sentAt);
      if (wait <= 0) send();
      else
        pending ??= later(() => {
          pending = undefined;
          if (done !== sentDone) send();
        }, wait);
    },
    stop() {
      if (done !== sentDone) send();
      pending?.();
      pending = undefined;
    },
  };
}
