/**
 * The long-running mode: jobs on cron expressions (croner; 5 fields, or 6 with seconds) in a time
 * zone. A job never overlaps itself — a tick that comes while its previous run is still going is
 * skipped and logged. A failed run is logged and the schedule goes on. A stop request (SIGINT,
 * SIGTERM) ends the schedule: no new run starts, running ones are interrupted (an export then
 * leaves no file and no state behind, so the next start simply does it again).
 */
import { Cron } from 'croner';
import { isRunError } from '../errors.js';
import { localizedRunError, t } from '../i18n/index.js';
import type { DeliveryPlan } from '../notify/index.js';
import type { ExportJob } from '../export/index.js';
import type { Logger } from '../log/index.js';
import type { RunSummary } from '../run/index.js';

export interface ScheduledJob<J = ExportJob> {
  name: string;
  cron: string;
  timezone: string;
  /** Stop the job after this many runs (the schedule ends when every job has stopped). */
  maxRuns?: number;
  job: J;
  /** Destinations, notifications and retention after each run. */
  delivery?: DeliveryPlan;
}

export interface SchedulerOptions<J> {
  jobs: readonly ScheduledJob<J>[];
  run(job: ScheduledJob<J>, signal: AbortSignal): Promise<RunSummary>;
  logger: Logger;
  /** Aborting it stops the schedule; its reason (`SIGINT`/`SIGTERM`) is passed to running jobs. */
  stop: AbortSignal;
  onSummary?(summary: RunSummary, job: ScheduledJob<J>): void;
}

export interface SchedulerResult {
  runs: number;
  failures: number;
  /** Ticks skipped because the job's previous run was still going. */
  skipped: number;
  /** Set when a stop request ended the schedule. */
  stoppedBy?: string;
}

/** Checks a cron expression (and zone) now, so a typo fails at start rather than never running. */
export function checkCron(name: string, pattern: string, timezone: string): void {
  try {
    new Cron(pattern, { timezone, paused: true }).stop();
  } catch (err) {
    throw localizedRunError('CONFIG_INVALID', 'schedule.notCron', {
      name,
      pattern,
      reason: (err as Error).message,
    });
  }
}

interface JobState {
  started: number;
  running?: Promise<void>;
  controller?: AbortController;
  cron?: Cron;
  finished: boolean;
}

export async function runScheduler<J>(o: SchedulerOptions<J>): Promise<SchedulerResult> {
  for (const j of o.jobs) checkCron(j.name, j.cron, j.timezone);
  const result: SchedulerResult = { runs: 0, failures: 0, skipped: 0 };
  const states: JobState[] = o.jobs.map(() => ({ started: 0, finished: false }));
  let stopping = false;

  return new Promise<SchedulerResult>((resolve) => {
    const settleIfDone = async (): Promise<void> => {
      if (!stopping && !states.every((s) => s.finished)) return;
      await Promise.all(states.map((s) => s.running));
      o.stop.removeEventListener('abort', onStop);
      resolve(result);
    };

    const runOnce = async (i: number): Promise<void> => {
      const entry = o.jobs[i];
      const state = states[i];
      const run = ++state.started;
      const controller = new AbortController();
      state.controller = controller;
      const startedAt = new Date();
      o.logger.info({ job: entry.name, run }, `${entry.name}: run ${run} started`);
      try {
        const summary = await o.run(entry, controller.signal);
        o.onSummary?.(summary, entry);
        const finishedAt = new Date();
        o.logger.info(
          {
            job: entry.name,
            run,
            entity: summary.entity,
            records: summary.total,
            sheets: summary.sheets,
            output: summary.files.output,
            interrupted: summary.interrupted,
            warnings: summary.warnings.length,
            startedAt: startedAt.toISOString(),
            finishedAt: finishedAt.toISOString(),
            durationMs: finishedAt.getTime() - startedAt.getTime(),
            nextRun: state.cron?.nextRun()?.toISOString(),
          },
          `${entry.name}: run ${run} ${summary.interrupted ? 'interrupted' : 'finished'}: ${summary.total} records`,
        );
        result.runs++;
      } catch (err) {
        result.runs++;
        result.failures++;
        o.logger.error(
          {
            job: entry.name,
            run,
            code: isRunError(err) ? err.code : 'INTERNAL',
            startedAt: startedAt.toISOString(),
            finishedAt: new Date().toISOString(),
            nextRun: state.cron?.nextRun()?.toISOString(),
          },
          `${entry.name}: run ${run} failed: ${err instanceof Error ? err.message : String(err)}`,
        );
      } finally {
        state.controller = undefined;
      }
      if (entry.maxRuns !== undefined && state.started >= entry.maxRuns) {
        state.finished = true;
        state.cron?.stop();
      }
    };

    const tick = (i: number): void => {
      const entry = o.jobs[i];
      const state = states[i];
      if (stopping || state.finished) return;
      if (state.running) {
        result.skipped++;
        o.logger.warn({ job: entry.name }, t('schedule.tickSkipped', { name: entry.name }));
        return;
      }
      if (entry.maxRuns !== undefined && state.started >= entry.maxRuns) return;
      state.running = runOnce(i).finally(() => {
        state.running = undefined;
        void settleIfDone();
      });
    };

    const onStop = (): void => {
      if (stopping) return;
      stopping = true;
      result.stoppedBy = String(o.stop.reason ?? 'stop');
      o.logger.info({ reason: result.stoppedBy }, t('log.scheduleStopping'));
      for (const s of states) {
        s.cron?.stop();
        s.controller?.abort(o.stop.reason);
      }
      void settleIfDone();
    };
    o.stop.addEventListener('abort', onStop);

    o.jobs.forEach((entry, i) => {
      const cron = new Cron(entry.cron, { timezone: entry.timezone, paused: true }, () => tick(i));
      states[i].cron = cron;
      o.logger.info(
        {
          job: entry.name,
          cron: entry.cron,
          timezone: entry.timezone,
          nextRun: cron.nextRun()?.toISOString(),
        },
        `${entry.name}: scheduled`,
      );
    });
    for (const s of states) s.cron?.resume();
    if (o.stop.aborted) onStop();
  });
}
