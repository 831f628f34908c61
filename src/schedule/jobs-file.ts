/**
 * The jobs file of `schedule`: JSON or YAML.
 *
 *   { "timezone": "Asia/Jakarta",
 *     "jobs": [ { "name": "orders-nightly", "cron": "0 2 * * *", "entity": "orders",
 *                 "out": "exports/orders-{date}.xlsx", "layout": "sheets", "since": "last" } ] }
 *
 * A job's other keys are the `export` options in camelCase (`updatedSince`, `overlap`, `bom` …), and
 * `deliver`, `notify`, `notifyOn`, `keepLast`, `keepDays` (src/delivery-plan.ts).
 * Everything is checked before the first run, so a typo fails at start, not at 2 a.m.
 */
import { readFile } from 'node:fs/promises';
import { checkDeliveryPlan, DELIVERY_KEYS, isEmptyPlan } from '../notify/index.js';
import { isRunError } from '../errors.js';
import { localizedRunError, type MessageKey, type MessageParams } from '../i18n/index.js';
import { checkExportOptions, type RawExportOptions } from '../export/index.js';
import type { ScheduledJob } from './scheduler.js';

const EXPORT_KEYS = new Set<keyof RawExportOptions>([
  'entity',
  'out',
  'status',
  'search',
  'updatedSince',
  'from',
  'to',
  'team',
  'layout',
  'delimiter',
  'bom',
  'since',
  'state',
  'overlap',
  'timezone',
]);
const JOB_KEYS = new Set<string>(['name', 'cron', 'maxRuns', ...DELIVERY_KEYS]);

/** Where a problem is: the jobs file, or one job in it (numbered from 1). */
interface Where {
  path: string;
  job?: number;
}

function bad(where: Where, key: MessageKey, params: MessageParams = {}): never {
  throw localizedRunError('CONFIG_INVALID', key, { ...params, path: where.path, job: where.job });
}

async function parse(path: string, text: string): Promise<unknown> {
  if (/\.ya?ml$/i.test(path)) {
    // Loaded on demand: only YAML job files need the parser.
    const yaml = await import('yaml');
    try {
      return yaml.parse(text);
    } catch (err) {
      return bad({ path }, 'schedule.notYaml', { reason: (err as Error).message });
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    return bad({ path }, 'schedule.notJson', { reason: (err as Error).message });
  }
}

export function positiveRuns(where: Where | string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 1)
    if (typeof where !== 'string') bad(where, 'schedule.jobMaxRuns', { value: String(value) });
    else
      throw localizedRunError('CONFIG_INVALID', 'schedule.maxRuns', { option: where, value: String(value) });
  return n;
}

export async function loadJobsFile(path: string): Promise<ScheduledJob[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw localizedRunError('READ_NOT_FOUND', 'schedule.jobsUnreadable', {
      path,
      reason: String((err as NodeJS.ErrnoException).code),
    });
  }
  const doc = await parse(path, text);
  const top = (Array.isArray(doc) ? { jobs: doc } : doc) as { jobs?: unknown; timezone?: unknown } | null;
  if (!top || typeof top !== 'object' || !Array.isArray(top.jobs) || top.jobs.length === 0) {
    bad({ path }, 'schedule.noJobs');
  }
  for (const key of Object.keys(top))
    if (key !== 'jobs' && key !== 'timezone') bad({ path }, 'schedule.unknownKey', { key });
  const names = new Set<string>();
  return top.jobs.map((entry: unknown, i: number) => {
    const where = { path, job: i + 1 };
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) bad(where, 'schedule.jobNotObject');
    const raw = entry as Record<string, unknown>;
    for (const key of Object.keys(raw)) {
      if (!JOB_KEYS.has(key) && !EXPORT_KEYS.has(key as keyof RawExportOptions))
        bad(where, 'schedule.jobUnknownKey', { key });
    }
    if (typeof raw.cron !== 'string' || raw.cron.trim() === '') bad(where, 'schedule.jobNoCron');
    let job;
    let delivery;
    try {
      const { deliver, notify, notifyOn, keepLast, keepDays, ...exportRaw } = raw;
      job = checkExportOptions({ timezone: top.timezone, ...exportRaw });
      delivery = checkDeliveryPlan({ deliver, notify, notifyOn, keepLast, keepDays });
    } catch (err) {
      if (!isRunError(err)) throw err;
      bad(where, 'schedule.jobInvalid', { message: err });
    }
    const name = typeof raw.name === 'string' && raw.name.trim() ? raw.name.trim() : `${job.entity}-${i + 1}`;
    if (names.has(name)) bad(where, 'schedule.jobNameTwice', { name });
    names.add(name);
    const maxRuns = positiveRuns(where, raw.maxRuns);
    return {
      name,
      cron: raw.cron.trim(),
      timezone: job.timezone,
      job,
      ...(maxRuns ? { maxRuns } : {}),
      ...(isEmptyPlan(delivery) ? {} : { delivery }),
    };
  });
}
