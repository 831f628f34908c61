/**
 * Which part comes first in a file's date column, seen from the whole column (docs/DATES.md).
 *
 * Why: `12/7/2026` is 12 July day first and 7 December month first. One cell cannot tell, but its
 * column can: a US-locale export that also holds `1/13/2026` (only a date month first) writes every
 * date month first, and reading its `12/7/2026` day first (the default) would store a wrong date
 * without a word. So the run notes, on the read-through before anything is sent, the first value
 * of the column that is a date only the other way round; the column's ambiguous values are then
 * refused (MAP_AMBIGUOUS_DATE) instead of read by the default, and the message says which row
 * showed the column's order. Values that are dates one way only are read as before.
 */
import { isRealDate } from '../calendar/index.js';
import { rowText } from '../i18n/index.js';
import type { Parsed } from './columns.js';
import { numericDateParts, type DateFormat } from './dates.js';
import { quote } from './parse-values.js';

/** A value of the column that is a date in one order only, and its row. */
export interface DateOrderWitness {
  row: number;
  value: string;
}

/** What the column showed: the first value that is a date only month first, only day first. */
export interface DateOrderEvidence {
  monthFirst?: DateOrderWitness;
  dayFirst?: DateOrderWitness;
}

type Reading = 'dayFirstOnly' | 'monthFirstOnly' | 'ambiguous';

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** How a cell reads: a date one way only, either way (and different), or neither / not numeric. */
export function dateReadingOf(text: string): Reading | undefined {
  const p = numericDateParts(text);
  if (!p || p.first === p.second) return undefined;
  const dayFirst = isRealDate(p.year, p.second, p.first);
  const monthFirst = isRealDate(p.year, p.first, p.second);
  if (dayFirst && monthFirst) return 'ambiguous';
  if (dayFirst) return 'dayFirstOnly';
  if (monthFirst) return 'monthFirstOnly';
  return undefined;
}

/** The formats whose numeric dates a column can contradict; a pattern or `auto` is taken as given. */
export function readsByOrder(format: DateFormat | undefined): boolean {
  return format === undefined || format === 'day-first' || format === 'month-first';
}

/** Notes a date column's cells on the read-through; two witnesses at most, whatever the file's size. */
export class DateOrderScreen {
  readonly evidence: DateOrderEvidence = {};

  note(row: number, text: string): void {
    if (this.evidence.monthFirst && this.evidence.dayFirst) return;
    const reading = dateReadingOf(text.trim());
    if (reading === 'monthFirstOnly') this.evidence.monthFirst ??= { row, value: text.trim() };
    else if (reading === 'dayFirstOnly') this.evidence.dayFirst ??= { row, value: text.trim() };
  }
}

/**
 * Refuses an ambiguous value (`12/7/2026`) the column contradicts: read day first (the default)
 * while another row of it is a date month first only, or the other way round. Undefined: no objection.
 */
export function contradictedDate(
  text: string,
  format: DateFormat | undefined,
  evidence: DateOrderEvidence | undefined,
): Parsed<never> | undefined {
  if (!evidence || !readsByOrder(format)) return undefined;
  const monthFirstRun = format === 'month-first';
  const witness = monthFirstRun ? evidence.dayFirst : evidence.monthFirst;
  if (!witness || dateReadingOf(text) !== 'ambiguous') return undefined;
  const p = numericDateParts(text);
  if (!p) return undefined;
  const params = {
    value: quote(text),
    dayFirst: iso(p.year, p.second, p.first),
    monthFirst: iso(p.year, p.first, p.second),
    row: String(witness.row),
    witness: quote(witness.value),
  };
  return {
    ok: false,
    code: 'MAP_AMBIGUOUS_DATE',
    ...rowText(monthFirstRun ? 'values.date.columnDayFirst' : 'values.date.columnMonthFirst', params),
  };
}

/** Both readings of an ambiguous cell (`12/7/2026`: 2026-07-12 and 2026-12-07); undefined otherwise. */
export function bothReadings(text: string): [string, string] | undefined {
  if (dateReadingOf(text) !== 'ambiguous') return undefined;
  const p = numericDateParts(text);
  return p && [iso(p.year, p.second, p.first), iso(p.year, p.first, p.second)];
}
