/**
 * Business dates (visits, orders) from what people type or what spreadsheets hold, to `YYYY-MM-DD`.
 *
 * A business date is a day in the company's calendar (docs/ARCHITECTURE.md, API §2): it is read as written
 * and NEVER goes through a time-zone conversion (no `Date` parsing of the text, no local time).
 *
 * Accepted under every format:
 * - `YYYY-MM-DD` (also with `/` or `.`): what the reader makes of an Excel date cell, unambiguous;
 * - a date with a day name of month: `2 Nov 2026`, `02-Nov-26`, `2 Januari 2026` (English/Indonesian).
 * Numeric day/month forms (`/`, `-` or `.` between the parts, the same separator twice) depend on the
 * format:
 * - `day-first` (default, the Indonesian habit): `DD/MM/YYYY`, `DD-MM-YYYY`, `D/M/YY`, `D.M.YYYY` …;
 * - `month-first`: `MM/DD/YYYY`, `M/D/YY` … (US-locale exports);
 * - `auto`: whichever reading is possible; when both are (`03/04/2026`) and differ, the value is
 *   ambiguous and refused (MAP_AMBIGUOUS_DATE);
 * - a pattern (`DD/MM/YYYY`, `DD-MM-YYYY`, `D/M/YY`, `MM/DD/YYYY`, `YYYY-MM-DD`): only that layout,
 *   its separator and its year width (plus the always-accepted ISO form).
 * Two-digit years are 20YY. A time after the date (`2026-11-02 14:30:00`, as Excel date-time cells
 * read) is dropped: the date is the wall-clock date written. A time with a zone or offset
 * (`2026-11-02T20:00:00Z`) is refused as ambiguous: which day it is depends on the zone, and
 * converting it is exactly what a business date must never undergo.
 */
import { DATE_FORMATS, DEFAULT_DATE_FORMAT, isRealDate, type DateFormat } from '../calendar/index.js';
import { rowText, type MessageKey, type MessageParams } from '../i18n/index.js';
import type { Parsed } from './columns.js';
import { quote } from './parse-values.js';

export { DATE_FORMATS, DEFAULT_DATE_FORMAT, type DateFormat };

export function isDateFormat(value: string): value is DateFormat {
  return (DATE_FORMATS as readonly string[]).includes(value);
}

/** Strict patterns: separator, year digits, and which part comes first. */
const PATTERNS: Partial<Record<DateFormat, { sep: string; yearDigits: 2 | 4; dayFirst: boolean }>> = {
  'DD/MM/YYYY': { sep: '/', yearDigits: 4, dayFirst: true },
  'DD-MM-YYYY': { sep: '-', yearDigits: 4, dayFirst: true },
  'D/M/YY': { sep: '/', yearDigits: 2, dayFirst: true },
  'MM/DD/YYYY': { sep: '/', yearDigits: 4, dayFirst: false },
};

const TIME = /^(.*?\d)(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)$/i;
const ISO = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/;
const NAMED = /^(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.,]+(\d{2}|\d{4})$/i;

const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, ['jan', 'januari', 'january']],
      [2, ['feb', 'februari', 'february', 'pebruari']],
      [3, ['mar', 'maret', 'march']],
      [4, ['apr', 'april']],
      [5, ['mei', 'may']],
      [6, ['jun', 'juni', 'june']],
      [7, ['jul', 'juli', 'july']],
      [8, ['agu', 'agt', 'agus', 'agustus', 'aug', 'august']],
      [9, ['sep', 'sept', 'september']],
      [10, ['okt', 'oktober', 'oct', 'october']],
      [11, ['nov', 'nopember', 'november']],
      [12, ['des', 'desember', 'dec', 'december']],
    ] as const
  ).flatMap(([month, names]) => names.map((n) => [n, month] as const)),
);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function bad(text: string, why: MessageKey, params: MessageParams = {}): Parsed<never> {
  return { ok: false, code: 'MAP_BAD_DATE', ...rowText(why, { ...params, value: quote(text) }) };
}

function ambiguous(text: string, why: MessageKey, params: MessageParams = {}): Parsed<never> {
  return { ok: false, code: 'MAP_AMBIGUOUS_DATE', ...rowText(why, { ...params, value: quote(text) }) };
}

function checked(text: string, y: number, m: number, d: number): Parsed<string> {
  if (m < 1 || m > 12) return bad(text, 'row.date.noMonth', { month: m });
  if (!isRealDate(y, m, d))
    return bad(text, 'row.date.noDay', { monthYear: `${pad(y, 4)}-${pad(m)}`, day: d });
  return { ok: true, value: iso(y, m, d) };
}

/** A trimmed, non-blank cell → `YYYY-MM-DD`, or why not. */
export function parseBusinessDate(text: string, format: DateFormat = DEFAULT_DATE_FORMAT): Parsed<string> {
  let date = text;
  const timed = TIME.exec(text);
  if (timed) {
    if (timed[5] !== undefined) {
      return ambiguous(text, 'row.date.timeZone');
    }
    date = timed[1];
  }

  const isoMatch = ISO.exec(date);
  if (isoMatch) return checked(text, Number(isoMatch[1]), Number(isoMatch[3]), Number(isoMatch[4]));

  const named = NAMED.exec(date);
  if (named) {
    const month = MONTH_NAMES.get(named[2].toLowerCase());
    if (month === undefined) return bad(text, 'row.date.unknownMonth', { name: quote(named[2]) });
    return checked(text, yearOf(named[3]), month, Number(named[1]));
  }

  const numeric = NUMERIC.exec(date);
  if (!numeric) {
    if (/^\d+(\.\d+)?$/.test(date)) {
      return bad(text, 'row.date.isNumber');
    }
    return bad(text, format === 'YYYY-MM-DD' ? 'row.date.iso' : 'row.date.loose');
  }
  const [a, sep, b, yearText] = [Number(numeric[1]), numeric[2], Number(numeric[3]), numeric[4]];
  const year = yearOf(yearText);

  if (format === 'YYYY-MM-DD') return bad(text, 'row.date.isoByOption');
  const pattern = PATTERNS[format];
  if (pattern) {
    if (sep !== pattern.sep || yearText.length !== pattern.yearDigits) {
      return bad(text, 'row.date.noMatch', { format });
    }
    return pattern.dayFirst ? dayFirst(text, year, a, b) : monthFirst(text, year, a, b);
  }
  if (format === 'day-first') return dayFirst(text, year, a, b);
  if (format === 'month-first') return monthFirst(text, year, a, b);

  // auto: whichever reading is a real date; both (and different) is ambiguous.
  const asDayFirst = isRealDate(year, b, a);
  const asMonthFirst = isRealDate(year, a, b);
  if (asDayFirst && asMonthFirst && a !== b) {
    return ambiguous(text, 'row.date.ambiguous', { first: iso(year, b, a), second: iso(year, a, b) });
  }
  if (asDayFirst) return { ok: true, value: iso(year, b, a) };
  if (asMonthFirst) return { ok: true, value: iso(year, a, b) };
  return bad(text, 'row.date.neither');
}

/**
 * The parts of a numeric day/month date (`12/7/2026`, `1-13-26 08:00`) as written, first part first;
 * undefined for any other form (ISO, a month name, not a date). For the column check of date-order.ts.
 */
export function numericDateParts(text: string): { first: number; second: number; year: number } | undefined {
  const timed = TIME.exec(text);
  const m = NUMERIC.exec(timed ? timed[1] : text);
  return m ? { first: Number(m[1]), second: Number(m[3]), year: yearOf(m[4]) } : undefined;
}

function yearOf(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function dayFirst(text: string, year: number, day: number, month: number): Parsed<string> {
  const r = checked(text, year, month, day);
  if (!r.ok && month > 12 && isRealDate(year, day, month)) {
    return bad(text, 'row.date.notDayFirst', { month });
  }
  return r;
}

function monthFirst(text: string, year: number, month: number, day: number): Parsed<string> {
  const r = checked(text, year, month, day);
  if (!r.ok && month > 12 && isRealDate(year, day, month)) {
    return bad(text, 'row.date.notMonthFirst', { month });
  }
  return r;
}
