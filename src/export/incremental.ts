/**
 * `--since last`: which records this run exports, and the state the next run starts from.
 *
 * Customers and products (by `updated_at`): the run takes its cutoff — the time it starts — and
 * exports records with `since ≤ updated_at < cutoff`; the next run starts at the cutoff. A record
 * written while the run pages through the list is therefore left to the next run, whatever page it
 * sits on: no gap, no repeat (given a server clock close to ours).
 *
 * Visits and orders (by date): the API has no change time for them, and a visit may be entered days
 * after its date. Each run reads every date from `from` on (no upper bound: planned visits may lie in
 * the future) and remembers the keys it exported for the dates the next run reads again; the next
 * run starts `overlap` days before this run's date and skips what it remembers. Entries made more
 * than `overlap` days after their date are beyond reach — that is what the overlap is for.
 */
import { addDays, startOfDayIn, todayIn } from '../calendar/index.js';
import type { ExportJob } from './options.js';
import { scopeOf, STATE_VERSION, type ExportState } from './state-file.js';

export interface RunWindow {
  /** Catalog: ask for records updated at or after this instant. */
  updatedSince?: string;
  /** Catalog with `--since last`: skip records updated at or after this instant (left to the next run). */
  cutoff?: string;
  /** Visits/orders: the first date read. */
  from?: string;
  /** Visits/orders: the last date read (never with `--since last`). */
  to?: string;
  /** Visits/orders with `--since last`: keys exported by earlier runs. */
  seen?: ReadonlySet<string>;
  /** Visits/orders with `--since last`: dates from here on are remembered for the next run. */
  keepFrom?: string;
  /** The run's date in the job's time zone. */
  today: string;
}

export function planWindow(job: ExportJob, state: ExportState | undefined, now: number): RunWindow {
  const today = todayIn(job.timezone, now);
  const sinceDate = (text: string | undefined) =>
    text !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(text) ? startOfDayIn(text, job.timezone) : text;
  if (job.entity === 'customers' || job.entity === 'products') {
    if (!job.since) return { today, updatedSince: sinceDate(job.updatedSince) };
    // The first run starts where --updated-since says (or at the beginning); later runs continue.
    const updatedSince = state?.updatedSince ?? sinceDate(job.updatedSince);
    return { today, updatedSince, cutoff: new Date(now).toISOString() };
  }
  if (job.entity === 'visits' || job.entity === 'orders') {
    if (!job.since) return { today, from: job.from, to: job.to };
    const from = state?.from ?? job.from;
    const seen = new Set<string>();
    for (const keys of Object.values(state?.seen ?? {})) for (const k of keys) seen.add(k);
    const keepFrom = maxDate(addDays(today, -job.overlapDays), from);
    return { today, from, seen, keepFrom };
  }
  return { today };
}

function maxDate(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a;
}

/** Collects, during a run, the keys the next run must not export again. */
export class SeenKeys {
  private readonly byDate = new Map<string, string[]>();

  constructor(private readonly keepFrom: string | undefined) {}

  add(date: string, key: string): void {
    if (this.keepFrom === undefined || date < this.keepFrom) return;
    const list = this.byDate.get(date);
    if (list) list.push(key);
    else this.byDate.set(date, [key]);
  }

  /** Earlier runs' keys plus this run's, for the dates the next run reads again. */
  merged(previous: ExportState['seen']): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    const put = (date: string, keys: readonly string[]) => {
      if (this.keepFrom === undefined || date < this.keepFrom) return;
      out[date] = [...new Set([...(out[date] ?? []), ...keys])];
    };
    for (const [date, keys] of Object.entries(previous ?? {})) put(date, keys);
    for (const [date, keys] of this.byDate) put(date, keys);
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
  }
}

export function nextState(
  job: ExportJob,
  window: RunWindow,
  previous: ExportState | undefined,
  seen: SeenKeys,
  result: { output: string; records: number; finishedAt: number },
): ExportState {
  const lastRun = {
    finishedAt: new Date(result.finishedAt).toISOString(),
    output: result.output,
    records: result.records,
  };
  const base = { version: STATE_VERSION, entity: job.entity, scope: scopeOf(job), lastRun };
  if (job.entity === 'customers' || job.entity === 'products')
    return { ...base, updatedSince: window.cutoff };
  return { ...base, from: window.keepFrom, seen: seen.merged(previous?.seen) };
}
