/**
 * Business dates are plain `YYYY-MM-DD` strings in the company's calendar (Asia/Jakarta) and are
 * compared as strings: they never pass through a time-zone conversion. Timestamps are ISO UTC.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const JAKARTA_OFFSET_MS = 7 * 3600 * 1000; // WIB, no daylight saving

/** A real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isBusinessDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function jakartaToday(now = Date.now()): string {
  return new Date(now + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Calendar arithmetic on a business date (UTC is used only as a time-zone-free calendar). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
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
