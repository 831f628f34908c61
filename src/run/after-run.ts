/**
 * After a run: deliver the export file, apply retention, notify — around an export or an import run
 * given as a function, so the run itself knows nothing of it. Nothing here fails or deletes the file a
 * run wrote: a failed delivery is logged, notified and reported as `deliveryFailed` (the CLI turns it
 * into exit code 4; a schedule logs it and goes on).
 */
import type { DeliveryConfig } from '../config/index.js';
import {
  applyRetention,
  deliverFile,
  errorFacts,
  manifestPathOf,
  readManifest,
  type DeliveryResult,
} from '../deliver/index.js';
import type { ExportJob } from '../export/index.js';
import type { Logger } from '../log/index.js';
import { makeNotice, sendNotice, wants, type DeliveryPlan, type RunNotice } from '../notify/index.js';
import type { RunSummary } from './summary.js';
import { isRunError } from '../errors.js';
import { t, runErrorText } from '../i18n/index.js';

export interface AfterRunContext {
  plan: DeliveryPlan;
  config: DeliveryConfig;
  logger: Logger;
  timeoutMs: number;
  /** The scheduled job's name, shown in notifications. */
  jobName?: string;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface DeliveredRun {
  summary: RunSummary;
  deliveries: DeliveryResult[];
  deliveryFailed: boolean;
}

type NoticeFacts = Parameters<typeof makeNotice>[0];

async function notify(ctx: AfterRunContext, facts: NoticeFacts): Promise<void> {
  if (ctx.plan.notify.length === 0 || !wants(ctx.plan.notifyOn, facts.status)) return;
  const notice: RunNotice = makeNotice(facts);
  await sendNotice(ctx.plan.notify, notice, {
    config: ctx.config,
    timeoutMs: ctx.timeoutMs,
    logger: ctx.logger,
    ...(ctx.sleep ? { sleep: ctx.sleep } : {}),
  });
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Runs the export, then delivers, applies retention and notifies. A failed export is notified and rethrown. */
export async function exportAndDeliver(
  ctx: AfterRunContext,
  job: ExportJob,
  run: () => Promise<RunSummary>,
): Promise<DeliveredRun> {
  const now = ctx.now ?? Date.now;
  const startedAt = now();
  const base = {
    command: 'export' as const,
    entity: job.entity,
    ...(ctx.jobName ? { job: ctx.jobName } : {}),
  };
  let summary: RunSummary;
  try {
    summary = await run();
  } catch (err) {
    await notify(ctx, {
      ...base,
      status: 'failure',
      error: errorFacts(err),
      startedAt: iso(startedAt),
      finishedAt: iso(now()),
    });
    throw err;
  }
  const output = summary.files.output;
  if (summary.interrupted || !output) return { summary, deliveries: [], deliveryFailed: false };

  const manifest = await readManifest(manifestPathOf(output));
  const deliveries =
    manifest && ctx.plan.deliver.length > 0
      ? await deliverFile(ctx.plan.deliver, output, manifest, {
          config: ctx.config,
          timeoutMs: ctx.timeoutMs,
          logger: ctx.logger,
          ...(ctx.sleep ? { sleep: ctx.sleep } : {}),
        })
      : ctx.plan.deliver.map((d) => ({
          destination: d.display,
          ok: false,
          attempts: 0,
          error: { code: 'DELIVER_FAILED', message: t('deliver.noManifest', { output }) },
        }));
  try {
    const deleted = await applyRetention({
      current: output,
      outTemplate: job.out,
      entity: job.entity,
      rule: ctx.plan.retention,
      now: now(),
    });
    if (deleted.length) ctx.logger.info({ deleted }, t('run.retentionDeleted', { count: deleted.length }));
  } catch (err) {
    ctx.logger.warn(
      { code: errorFacts(err).code },
      t('run.retentionFailed', { reason: isRunError(err) ? runErrorText(err) : errorFacts(err).message }),
    );
  }
  const deliveryFailed = deliveries.some((d) => !d.ok);
  await notify(ctx, {
    ...base,
    status: deliveryFailed ? 'failure' : 'success',
    rows: summary.total,
    file: output,
    ...(manifest ? { sha256: manifest.sha256, dateRange: manifest.dateRange } : {}),
    deliveries,
    startedAt: manifest?.startedAt ?? iso(startedAt),
    finishedAt: iso(now()),
  });
  return { summary, deliveries, deliveryFailed };
}

/** Runs the import, then notifies with its counts per status and the paths of its result sheets. */
export async function importAndNotify(
  ctx: AfterRunContext,
  entity: string,
  run: () => Promise<RunSummary>,
): Promise<RunSummary> {
  const now = ctx.now ?? Date.now;
  const startedAt = now();
  const base = { command: 'import' as const, entity };
  let summary: RunSummary;
  try {
    summary = await run();
  } catch (err) {
    // `--resume` of a finished run did nothing, and nothing failed: no notice.
    if (isRunError(err) && err.code === 'RUN_COMPLETE') throw err;
    await notify(ctx, {
      ...base,
      status: 'failure',
      error: errorFacts(err),
      startedAt: iso(startedAt),
      finishedAt: iso(now()),
    });
    throw err;
  }
  const counts = Object.fromEntries(Object.entries(summary.counts).filter(([, n]) => (n ?? 0) > 0)) as Record<
    string,
    number
  >;
  const troubled = (counts.invalid ?? 0) + (counts.failed ?? 0) + (counts.in_doubt ?? 0) > 0;
  const resultFiles = Object.fromEntries(
    Object.entries(summary.files).filter(([k, v]) => v !== undefined && (k === 'result' || k === 'errors')),
  ) as Record<string, string>;
  await notify(ctx, {
    ...base,
    status: troubled || summary.interrupted ? 'failure' : 'success',
    rows: summary.total,
    counts,
    resultFiles,
    ...(summary.interrupted
      ? { error: { code: 'INTERRUPTED', message: t('notify.stoppedBy', { signal: summary.interrupted }) } }
      : {}),
    startedAt: iso(startedAt),
    finishedAt: iso(now()),
  });
  return summary;
}

/** `run` with a notification after it, same signature: wraps the import call without touching it. */
export function withImportNotice<A>(
  ctx: AfterRunContext | undefined,
  entity: string,
  run: (args: A) => Promise<RunSummary>,
): (args: A) => Promise<RunSummary> {
  return ctx ? (args) => importAndNotify(ctx, entity, () => run(args)) : run;
}

/**
 * `run` followed by delivery, retention and notification, with the same signature: wraps an export
 * call without touching it. `onDelivery` learns whether a destination failed.
 */
export function withDelivery<A>(
  ctx: AfterRunContext | undefined,
  job: ExportJob,
  run: (args: A) => Promise<RunSummary>,
  onDelivery: (failed: boolean) => void = () => undefined,
): (args: A) => Promise<RunSummary> {
  if (!ctx) return run;
  return async (args) => {
    const { summary, deliveryFailed } = await exportAndDeliver(ctx, job, () => run(args));
    onDelivery(deliveryFailed);
    return summary;
  };
}
