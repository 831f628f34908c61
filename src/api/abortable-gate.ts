import { isRunError } from '../errors.js';
import { localizedRunError } from '../i18n/index.js';
import type { RateGate } from './rate-gate.js';

/**
 * Wraps the rate gate so that, once the run is asked to stop, no request that is still waiting
 * for its turn goes out: it fails with INTERRUPTED instead. Requests already on the wire finish,
 * so the journal knows their fate and a clean stop takes at most one request timeout.
 */
export function abortableGate(gate: RateGate, signal: AbortSignal): RateGate {
  return {
    run: (fn, options) =>
      gate.run(() => {
        if (signal.aborted) {
          return Promise.reject(localizedRunError('INTERRUPTED', 'net.stoppedBeforeSent'));
        }
        return fn();
      }, options),
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

export function isInterrupted(err: unknown): boolean {
  return isRunError(err) && err.code === 'INTERRUPTED';
}
