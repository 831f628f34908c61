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
import { RunError } from '../errors.js';
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

function bad(path: string, message: string): never {
  throw new RunError('CONFIG_INVALID', `${path}: ${message}`);
}

async function parse(path: string, text: string): Promise<unknown> {
  if (/\.ya?ml$/i.test(path)) {
    // Loaded on demand: only YAML job files need the parser.
    const yaml = await import('yaml');
    try {
      return yaml.parse(text);
    } catch (err) {
      return bad(path, `not valid YAML (${(err as Error).message})`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    return bad(path, `not valid JSON (${(err as Error).message})`);
  }
}

export function positiveRuns(where: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 1)
    bad(where, `expected \`maxRuns\` to be a whole number ≥ 1, got \`${String(value)}\``);
  return n;
}

export async function loadJobsFile(path: string): Promise<ScheduledJob[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new RunError(
      'READ_NOT_FOUND',
      `cannot read the jobs file ${path} (${(err as NodeJS.ErrnoException).code})`,
    );
  }
  const doc = await parse(path, text);
  const top = (Array.isArray(doc) ? { jobs: doc } : doc) as { jobs?: unknown; timezone?: unknown } | null;
  if (!top || typeof top !== 'object' || !Array.isArray(top.jobs) || top.jobs.length === 0) {
    bad(path, 'expected {"jobs": [ … ]} with at least one job');
  }
  for (const key of Object.keys(top))
    if (key !== 'jobs' && key !== 'timezone') bad(path, `unknown key \`${key}\``);
  const names = new Set<string>();
  return top.jobs.map((entry: unknown, i: number) => {
    const where = `${path} job ${i + 1}`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) bad(where, 'expected an object');
    const raw = entry as Record<string, unknown>;
    for (const key of Object.keys(raw)) {
      if (!JOB_KEYS.has(key) && !EXPORT_KEYS.has(key as keyof RawExportOptions))
        bad(where, `unknown key \`${key}\``);
    }
    if (typeof raw.cron !== 'string' || raw.cron.trim() === '')
      bad(where, 'expected `cron`, e.g. "0 2 * * *"');
    let job;
    let delivery;
    try {
      const { deliver, notify, notifyOn, keepLast, keepDays, ...exportRaw } = raw;
      job = checkExportOptions({ timezone: top.timezone, ...exportRaw });
      delivery = checkDeliveryPlan({ deliver, notify, notifyOn, keepLast, keepDays });
    } catch (err) {
      throw new RunError('CONFIG_INVALID', `${where}: ${(err as Error).message}`);
    }
    const name = typeof raw.name === 'string' && raw.name.trim() ? raw.name.trim() : `${job.entity}-${i + 1}`;
    if (names.has(name)) bad(where, `the name "${name}" is used twice`);
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
