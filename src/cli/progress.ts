import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';
import type { Logger } from '../log/index.js';
import type { ProgressSink } from '../run/index.js';

const LOG_EVERY_MS = 5000;

/** A bar (rows, rows/s, ETA when the total is known) on a terminal, a log line every few seconds otherwise. */
export function createProgress(logger: Logger, label: string, enabled: boolean): ProgressSink {
  if (!enabled) return { start: () => undefined, update: () => undefined, stop: () => undefined };
  return process.stderr.isTTY ? barProgress(label) : logProgress(logger, label);
}

/** Loaded only for a bar on a terminal: `--help` and runs without a terminal never need it (CommonJS). */
function loadCliProgress(): typeof CliProgress {
  return createRequire(import.meta.url)('cli-progress') as typeof CliProgress;
}

function barProgress(label: string): ProgressSink {
  const cliProgress = loadCliProgress();
  let bar: CliProgress.SingleBar | undefined;
  const startedAt = Date.now();
  let processed = 0;
  const rate = () => (processed / Math.max(0.001, (Date.now() - startedAt) / 1000)).toFixed(0);
  return {
    start(total) {
      const format = total
        ? `${label} [{bar}] {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}`
        : `${label} {value} rows | {rate} rows/s`;
      bar = new cliProgress.SingleBar(
        { format, stream: process.stderr, hideCursor: true, clearOnComplete: false, etaBuffer: 200 },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0, { rate: '0' });
    },
    update(n) {
      processed = n;
      bar?.update(n, { rate: rate() });
    },
    stop() {
      bar?.stop();
    },
  };
}

function logProgress(logger: Logger, label: string): ProgressSink {
  let timer: NodeJS.Timeout | undefined;
  let processed = 0;
  let total: number | undefined;
  const startedAt = Date.now();
  return {
    start(t) {
      total = t;
      timer = setInterval(() => {
        const seconds = (Date.now() - startedAt) / 1000;
        logger.info(
          { processed, total, rowsPerSec: Math.round(processed / Math.max(seconds, 0.001)) },
          `${label}: progress`,
        );
      }, LOG_EVERY_MS);
      timer.unref();
    },
    update(n) {
      processed = n;
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
