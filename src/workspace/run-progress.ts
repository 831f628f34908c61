/**
 * A run's progress for the page: the run layer's ProgressSink (the one the CLI's bar implements)
 * turned into rows done, rate and ETA, sent at most every `everyMs` so a fast run does not flood
 * the page; the last figures are always sent when the run stops. The clock is injected.
 */
import type { ProgressSink } from '../run/index.js';
import type { Progress } from './types.js';

export interface ProgressWatch extends ProgressSink {
  current(): Progress;
}

export function watchProgress(
  now: () => number,
  everyMs: number,
  emit: (p: Progress) => void,
): ProgressWatch {
  let startedAt = now();
  let done = 0;
  let total: number | undefined;
  let sentAt = -Infinity;
  let sentDone = -1;
  const current = (): Progress => {
    const seconds = Math.max((now() - startedAt) / 1000, 0.001);
    const rate = done / seconds;
    const etaSeconds = total !== undefined && rate > 0 ? Math.max(0, (total - done) / rate) : undefined;
    return { done, total, rate: Math.round(rate * 10) / 10, etaSeconds: etaSeconds && Math.ceil(etaSeconds) };
  };
  const send = () => {
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
      if (now() - sentAt >= everyMs) send();
    },
    stop() {
      if (done !== sentDone) send();
    },
  };
}
