import { runLimits } from '../../config/index.js';
import type { ScheduledJob } from '../../schedule/index.js';
import type { CommandContext } from '../context.js';
import { EXIT, exitCodeForInterruption, type Interruption } from '../exit-codes.js';
import { watchSignals } from '../signals.js';
import { printSummary } from '../summary.js';
import { t } from '../../i18n/index.js';

/**
 * The long-running mode shared by `export --cron` and `schedule`: runs until every job reached its
 * `maxRuns` or a signal stops it. One rate gate serves every job: the API limit is per account.
 */
export async function runScheduleCommand(ctx: CommandContext, jobs: ScheduledJob[]): Promise<void> {
  const [{ runScheduler }, { runExport, noProgress, withDelivery }, { createRateGate }] = await Promise.all([
    import('../../schedule/index.js'),
    import('../../run/index.js'),
    import('../../api/index.js'),
  ]);
  const { resolveDelivery } = await import('../../config/index.js');
  // Read once, at start: a missing SMTP password fails now, not after the first export.
  const deliveryConfig = jobs.some((j) => j.delivery) ? resolveDelivery(process.env) : undefined;
  const { checkDeliveryReady } = await import('../../notify/index.js');
  for (const j of jobs) if (j.delivery && deliveryConfig) checkDeliveryReady(j.delivery, deliveryConfig);
  let deliveryFailures = 0;
  const gate = createRateGate(runLimits(ctx.runtime).scheduleGate);
  const stop = new AbortController();
  const stopWatching = watchSignals((signal) => stop.abort(signal));
  try {
    const result = await runScheduler({
      jobs,
      logger: ctx.logger,
      stop: stop.signal,
      run: (entry, signal) =>
        withDelivery(
          entry.delivery && deliveryConfig
            ? {
                plan: entry.delivery,
                config: deliveryConfig,
                logger: ctx.logger.child({ job: entry.name }),
                timeoutMs: ctx.runtime.timeoutMs,
                jobName: entry.name,
              }
            : undefined,
          entry.job,
          runExport,
          (failed) => (deliveryFailures += failed ? 1 : 0),
        )({
          job: entry.job,
          connection: ctx.connection,
          runtime: ctx.runtime,
          logger: ctx.logger.child({ job: entry.name }),
          progress: noProgress,
          signal,
          gate,
        }),
      onSummary: (summary) => {
        if (ctx.json) printSummary(summary, true);
      },
    });
    ctx.logger.info(result, t('schedule.ended'));
    if (result.stoppedBy === 'SIGINT' || result.stoppedBy === 'SIGTERM') {
      process.exitCode = exitCodeForInterruption(result.stoppedBy as Interruption);
    } else {
      process.exitCode =
        result.failures > 0 ? EXIT.runFailed : deliveryFailures > 0 ? EXIT.deliveryFailed : EXIT.ok;
    }
  } finally {
    stopWatching();
  }
}
