import { localizedRunError } from '../i18n/index.js';
import type { RateGate } from './rate-gate.js';

/**
 * Wraps the rate gate so that, once the run is asked to stop, no request that is still waiting
 * for its turn goes out: it fails with INTERRUPTED at once, without waiting for a turn (the
 * rate gate drops it), and nothing recorded it as sent (api/leave-hook.ts). Requests already on
 * the wire get the stop's grace period (push/stop-grace.ts), so a clean stop is quick.
 */
export function abortableGate(gate: RateGate, signal: AbortSignal): RateGate {
  const interrupted = () => localizedRunError('INTERRUPTED', 'net.stoppedBeforeSent');
  return {
    run: (fn, options) =>
      gate
        .run(() => (signal.aborted ? Promise.reject(interrupted()) : fn()), { ...options, signal })
        .catch((err: unknown) => {
          // The gate dropped the task unstarted: it rejects with the signal's own reason.
          throw signal.aborted && err === signal.reason ? interrupted() : err;
        }),
    pauseFor: (ms) => gate.pauseFor(ms),
    onIdle: () => gate.onIdle(),
    stats: () => gate.stats(),
    get size() {
      return gate.size;
    },
    get pending() {
      return gate.pending;
    },
  };
}
