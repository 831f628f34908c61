import { createRequire } from 'node:module';
import type CliProgress from 'cli-progress';
import type { Logger } from '../log/index.js';
import type { ProgressSink } from '../run/index.js';
import { formatNumber, t } from '../i18n/index.js';
import { stderrLine, type LiveLine } from './live-line.js';

const LOG_EVERY_MS = 5000;

/**
 * A bar (rows, rows/s, ETA when the total is known) on a terminal, a log line every few seconds
 * otherwise. `line`: where the bar is drawn; the logger writes through it too (live-line.ts).
 */
export function createProgress(
  logger: Logger,
  label: string,
  enabled: boolean,
  line: LiveLine = stderrLine,
): ProgressSink {
  if (!enabled) return { start: () => undefined, update: () => undefined, stop: () => undefined };
  return line.target.isTTY ? barProgress(label, line) : logProgress(logger, label);
}

/** Loaded only for a bar on a terminal: `--help` and runs without a terminal never need it (CommonJS). */
function loadCliProgress(): typeof CliProgress {
  return createRequire(import.meta.url)('cli-progress') as typeof CliProgress;
}

function barProgress(label: string, line: LiveLine): ProgressSink {
  const cliProgress = loadCliProgress();
  let bar: CliProgress.SingleBar | undefined;
  const startedAt = Date.now();
  let processed = 0;
  const rate = () => (processed / Math.max(0.001, (Date.now() - startedAt) / 1000)).toFixed(0);
  return {
    start(total) {
      // i18next fills {{label}}; cli-progress fills its own {value}, {total}, {rate} on every redraw.
      const format = total ? t('progress.bar', { label }) : t('progress.barNoTotal', { label });
      bar = new cliProgress.SingleBar(
        {
          format,
          formatValue: (value, _options, type) =>
            type === 'value' || type === 'total' ? formatNumber(value) : String(value),
          stream: line.target,
          // Drawn again after every log line written above it, even when its numbers did not change.
          forceRedraw: true,
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 200,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0, { rate: '0' });
      const drawn = bar;
      line.own({ redraw: () => drawn.render() });
    },
    update(n) {
      processed = n;
      bar?.update(n, { rate: rate() });
    },
    stop() {
      line.own(undefined);
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
    start(expected) {
      total = expected;
      timer = setInterval(() => {
        const seconds = (Date.now() - startedAt) / 1000;
        const rowsPerSec = Math.round(processed / Math.max(seconds, 0.001));
        const params = { label, processed, total, rate: rowsPerSec };
        logger.info(
          { processed, total, rowsPerSec },
          total === undefined ? t('progress.logNoTotal', params) : t('progress.log', params),
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
