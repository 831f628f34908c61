/**
 * What goes into one XLSX cell for a value of a column kind: the typed value and its number format.
 * Pure, so the rules are tested without writing files. Text is always a string cell, which Excel
 * never evaluates — `=HYPERLINK(…)` stays the text `=HYPERLINK(…)`; no prefix is needed in XLSX.
 */
import type { CellValue, ColumnKind } from './table-writer.js';

export interface XlsxCell {
  value: string | number | boolean | Date | null;
  numFmt?: string;
}

export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const INTEGER_FORMAT = '0';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/** A date's own format: a date with a time of day shows it. */
function dateFormat(date: Date): string {
  return date.getTime() % 86_400_000 === 0 ? DATE_FORMAT : DATE_TIME_FORMAT;
}

/** A `Date` as text, where a cell cannot be a date (code columns, CSV): `2024-02-29` or `2024-02-29 10:30:00`. */
export function dateText(date: Date): string {
  const iso = Number.isNaN(date.getTime()) ? '' : date.toISOString();
  return dateFormat(date) === DATE_FORMAT ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** A plain decimal: what we turn into a numeric cell in number/integer columns. */
const PLAIN_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A number from text, unless Excel could not hold it exactly (more than 15 significant digits). */
export function numberFromText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!PLAIN_DECIMAL.test(trimmed)) return undefined;
  const mantissa = trimmed.replace(/[eE].*$/, '').replace(/[^\d]/g, '');
  const significant = mantissa.replace(/^0+/, '').replace(/0+$/, '');
  if (significant.length > 15) return undefined; // e.g. a 16-digit account number: keep it as text
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** A `YYYY-MM-DD` string as midnight UTC (Excel dates have no zone), or undefined if not a real date. */
export function dateFromText(text: string): Date | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900) return undefined; // Excel's calendar starts in 1900
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date : undefined;
}

function numeric(value: number, kind: ColumnKind): XlsxCell {
  return kind === 'integer' && Number.isInteger(value) ? { value, numFmt: INTEGER_FORMAT } : { value };
}

export function xlsxCell(value: CellValue, kind: ColumnKind = 'text'): XlsxCell {
  const textFormat = kind === 'code' ? { numFmt: TEXT_FORMAT } : {};
  if (value === null || value === undefined) return { value: null, ...textFormat };
  if (value instanceof Date) {
    if (kind === 'code') return { value: dateText(value), numFmt: TEXT_FORMAT };
    return Number.isNaN(value.getTime()) ? { value: null } : { value, numFmt: dateFormat(value) };
  }
  if (kind === 'code') return { value: String(value), numFmt: TEXT_FORMAT };
  if (typeof value === 'number') return Number.isFinite(value) ? numeric(value, kind) : { value: null };
  if (typeof value === 'boolean') return { value };
  if (kind === 'number' || kind === 'integer') {
    const n = numberFromText(value);
    if (n !== undefined) return numeric(n, kind);
  }
  if (kind === 'date') {
    const date = dateFromText(value);
    if (date) return { value: date, numFmt: DATE_FORMAT };
  }
  return { value };
}
