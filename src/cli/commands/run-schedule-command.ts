import { runLimits } from '../../config/index.js';
import type { ScheduledJob } from '../../schedule/index.js';
import type { CommandContext } from '../context.js';
import { EXIT, exitCodeForInterruption, type Interruption } from '../exit-codes.js';
import { watchSignals } from '../signals.js';
import { printSummary } from '../summary.js';

/**
 * The long-running mode shared by `export --cron` and `schedule`: runs until every job reached its
 * `maxRuns` or a signal stops it. One rate gate serves every job: the API limit is per account.
 */
export async function runScheduleCommand(ctx: CommandContext, jobs: ScheduledJob[]): Promise<void> {
  const [{ runScheduler }, { runExport, noProgress }, { createRateGate }] = await Promise.all([
    import('../../schedule/index.js'),
    import('../../run/index.js'),
    import('../../api/index.js'),
  ]);
  const gate = createRateGate(runLimits(ctx.runtime).scheduleGate);
  const stop = new AbortController();
  const stopWatching = watchSignals((signal) => stop.abort(signal));
  try {
    const result = await runScheduler({
      jobs,
      logger: ctx.logger,
      stop: stop.signal,
      run: (entry, signal) =>
        runExport({
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
    ctx.logger.info(result, 'schedule ended');
    if (result.stoppedBy === 'SIGINT' || result.stoppedBy === 'SIGTERM') {
      process.exitCode = exitCodeForInterruption(result.stoppedBy as Interruption);
    } else {
      process.exitCode = result.failures > 0 ? EXIT.runFailed : EXIT.ok;
    }
  } finally {
    stopWatching();
  }
}
