import { dirname } from 'node:path';
import { runLimits, type ConnectionConfig, type RuntimeConfig } from '../config/index.js';
import { connect, createRateGate, type RateGate } from '../api/index.js';
import { isRunError } from '../errors.js';
import { localizedRunError } from '../i18n/index.js';
import { makeDirectory } from '../write/index.js';
import { writeManifest } from '../deliver/index.js';
import {
  SeenKeys,
  defaultStatePath,
  expandOutPath,
  loadState,
  nextState,
  openExportSource,
  planWindow,
  resolveTeam,
  saveState,
  timeIn,
  writeSheets,
  type ExportJob,
} from '../export/index.js';
import type { Logger } from '../log/index.js';
import type { ProgressSink } from './progress.js';
import type { RunSummary } from './summary.js';

export interface ExportRunOptions {
  job: ExportJob;
  connection: ConnectionConfig;
  runtime: RuntimeConfig;
  logger: Logger;
  progress: ProgressSink;
  signal: AbortSignal;
  /** Scheduled runs share one rate gate: the API's limit is per account, not per job. */
  gate?: RateGate;
  now?: () => number;
}

/** state → window → API pages → sheets (atomic) → state, as docs/ARCHITECTURE.md draws it. */
export async function runExport(o: ExportRunOptions): Promise<RunSummary> {
  const startedAt = (o.now ?? Date.now)();
  const { job } = o;
  const limits = runLimits(o.runtime);
  const statePath = job.since ? (job.state ?? defaultStatePath(job)) : undefined;
  const state = statePath ? await loadState(statePath, job) : undefined;
  const window = planWindow(job, state, startedAt);
  const out = expandOutPath(job.out, {
    date: window.today,
    from: window.from ?? window.updatedSince?.slice(0, 10) ?? 'all',
    to: window.to ?? window.today,
    entity: job.entity,
    time: timeIn(job.timezone, startedAt),
  });
  await makeDirectory(dirname(out)).catch(() => undefined); // a missing folder fails on open, clearly

  const { client } = connect(
    o.connection,
    o.runtime,
    o.logger,
    o.signal,
    o.gate ?? createRateGate(limits.exportGate),
  );
  const teamId = job.team === undefined ? undefined : await resolveTeam(client, job.team);
  const warnings: string[] = [];
  const seen = new SeenKeys(window.keepFrom);
  const source = openExportSource({
    client,
    job,
    window,
    teamId,
    seen,
    signal: o.signal,
    progress: o.progress,
    warn: (message) => {
      warnings.push(message);
      o.logger.warn(message);
    },
    orderWindow: limits.orderWindow,
    pagesAhead: limits.pagesAhead,
  });
  let sheets: Record<string, number> | undefined;
  try {
    sheets = await writeSheets(
      out,
      // A `;` file is for Excel set to a comma-decimal language: its decimals get a comma (docs/EXPORT.md).
      { format: job.format, delimiter: job.delimiter, bom: job.bom, decimalComma: job.delimiter === ';' },
      source.sheets,
    );
  } catch (err) {
    if (!o.signal.aborted && !(isRunError(err) && err.code === 'INTERRUPTED')) throw err;
  } finally {
    o.progress.stop();
    await source.dispose();
  }
  const finishedAt = (o.now ?? Date.now)();
  if (sheets)
    await writeManifest({ out, job, window, records: source.records, sheets, startedAt, finishedAt });
  if (sheets && statePath) {
    await saveState(
      statePath,
      nextState(job, window, state, seen, { output: out, records: source.records, finishedAt }),
    );
  }
  const interrupted = sheets ? undefined : interruption(o.signal);
  return {
    command: 'export',
    entity: job.entity,
    total: source.records,
    counts: {},
    durationMs: finishedAt - startedAt,
    rate: source.records / Math.max((finishedAt - startedAt) / 1000, 0.001),
    files: sheets ? { output: out, ...(statePath ? { state: statePath } : {}) } : {},
    ...(sheets ? { sheets } : {}),
    warnings,
    ...(interrupted ? { interrupted } : {}),
  };
}

function interruption(signal: AbortSignal): 'SIGINT' | 'SIGTERM' {
  const reason = String(signal.reason);
  if (reason === 'SIGINT' || reason === 'SIGTERM') return reason;
  throw localizedRunError('INTERRUPTED', 'run.exportStopped');
}
