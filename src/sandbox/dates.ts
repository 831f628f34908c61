/**
 * Business dates are plain `YYYY-MM-DD` strings in the company's calendar (Asia/Jakarta) and are
 * compared as strings: they never pass through a time-zone conversion. Timestamps are ISO UTC.
 */
import { DEFAULT_TIME_ZONE, isCalendarDate, todayIn } from '../calendar/index.js';

export { addDays } from '../calendar/index.js';

/** A real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isBusinessDate(value: unknown): value is string {
  return typeof value === 'string' && isCalendarDate(value);
}

/** Today in the company's calendar (Asia/Jakarta). */
export function jakartaToday(now = Date.now()): string {
  return todayIn(DEFAULT_TIME_ZONE, now);
}

/**
 * Hands out write timestamps that strictly increase, so every write gets an `updated_at` of its
 * own even within one millisecond and `updated_since` never misses or repeats a write. All
 * stamps have the same fixed-width `toISOString` form, so they compare correctly as strings.
 */
export class Clock {
  private last = 0;

  stamp(): string {
    const now = Math.max(Date.now(), this.last + 1);
    this.last = now;
    return new Date(now).toISOString();
  }
}

/** An ISO timestamp given by a client, normalised for string comparison; undefined if invalid. */
export function normaliseTimestamp(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
