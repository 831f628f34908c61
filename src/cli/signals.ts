import { t } from '../i18n/index.js';
import type { Interruption } from './exit-codes.js';
import { stderrLine } from './live-line.js';

/**
 * The first SIGINT/SIGTERM asks the run to stop cleanly (finish or abandon in-flight requests,
 * flush the journal and sheets); a second one exits at once.
 */
export function watchSignals(onFirst: (signal: Interruption) => void): () => void {
  let received: Interruption | undefined;
  const handler = (signal: Interruption) => {
    if (received) {
      process.stderr.write(t('signal.again', { signal }) + '\n');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    received = signal;
    stderrLine.write(t('signal.received', { signal }) + '\n');
    onFirst(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
    // The run is over and its files are written: a signal now only ends the process, with
    // the exit code of an interruption rather than a death by signal.
    process.on('SIGINT', exitLate);
    process.on('SIGTERM', exitLate);
  };
}

function exitLate(signal: Interruption): void {
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
