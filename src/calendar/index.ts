/**
 * calendar/: the one date module. Business dates (`YYYY-MM-DD`) in a time zone, without a date
 * library: the company's calendar is Asia/Jakarta by default, and a date never passes through the
 * machine's own time zone (docs/ARCHITECTURE.md, API §2). Used by map/ (reading date cells),
 * export/ (windows) and sandbox/ (the server's checks).
 */
import { localizedRunError } from '../i18n/index.js';

export { DATE_FORMATS, DEFAULT_DATE_FORMAT, type DateFormat } from './date-formats.js';

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month (1–12) of a year. Date.UTC is only a calendar here: no time zone touches it. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year, month (1–12) and day make a real date (rejects 2026-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Throws CONFIG_INVALID unless the zone is an IANA time zone this Node knows. */
export function checkTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    throw localizedRunError('CONFIG_INVALID', 'config.timeZone', { value: zone });
  }
}

/** Wall-clock parts of an instant in a zone. */
function partsIn(
  zone: string,
  ms: number,
): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const fmt = formatterOf(zone);
  const parts = fmt.formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    y: get('year'),
    mo: get('month'),
    d: get('day'),
    h: get('hour'),
    mi: get('minute'),
    s: get('second'),
  };
}

/** One formatter per zone: making one costs far more than using it (the sandbox asks per request). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(zone);
  if (fmt) return fmt;
  fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  formatters.set(zone, fmt);
  return fmt;
}

/** Today's date in the zone. */
export function todayIn(zone: string, now = Date.now()): string {
  const p = partsIn(zone, now);
  return `${String(p.y).padStart(4, '0')}-${String(p.mo).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}

/** The time of day in a zone as `HHmmss`, for `{time}` in output names (several runs a day). */
export function timeIn(zone: string, now = Date.now()): string {
  const p = partsIn(zone, now);
  return [p.h, p.mi, p.s].map((n) => String(n).padStart(2, '0')).join('');
}

/** Calendar arithmetic (UTC only as a zone-free calendar). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The instant a date starts in a zone, as an ISO UTC timestamp (`2026-05-01` in Jakarta → `…-30T17:00:00.000Z`). */
export function startOfDayIn(date: string, zone: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  // The zone's offset at that moment; a second pass settles days where the offset changes (DST).
  let ms = guess;
  for (let i = 0; i < 2; i++) {
    const p = partsIn(zone, ms);
    const wall = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
    ms = guess - (wall - ms);
  }
  return new Date(ms).toISOString();
}
