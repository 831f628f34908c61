import ExcelJS from 'exceljs';

/** An XLSX cell as the text the user sees, plus what the reader must report about it. */
export interface CellText {
  text: string;
  /** The Excel error the cell shows (`#REF!`, …), when it shows one. */
  error?: string;
  /** A formula with no saved result (the file was written by a program and never calculated). */
  noCachedResult?: boolean;
}

/**
 * exceljs's streaming reader turns a formula's cached error (`t="e"`) into NaN, losing which error it was;
 * the cell then reads as this marker.
 */
export const UNKNOWN_FORMULA_ERROR = '#ERROR';

/** Excel shows at most 15 significant digits: `-7.143478499999999` is the `-7.1434785` the user typed. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Number(n.toPrecision(15));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Excel dates carry no time zone: exceljs hands them over as UTC instants, so the UTC parts are the
 * wall-clock parts the user typed. Date only when the time is midnight; time only for a time of day
 * (serial below 1, i.e. on Excel's day zero).
 */
export function dateText(d: Date, date1904 = false): string {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return '';
  const t = new Date(Math.round(ms / 1000) * 1000);
  const date = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  const dayZero = date1904 ? '1904-01-01' : '1899-12-30';
  if (date === dayZero && time !== '00:00:00') return time;
  return time === '00:00:00' ? date : `${date} ${time}`;
}

/** Same rule as exceljs: a number format with date or time letters outside quotes and brackets. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function formulaResult(result: unknown, numFmt: string | undefined, date1904: boolean): CellText {
  if (result === undefined || result === null) return { text: '', noCachedResult: true };
  if (typeof result === 'number') {
    if (Number.isNaN(result)) return { text: UNKNOWN_FORMULA_ERROR, error: UNKNOWN_FORMULA_ERROR };
    // The streaming reader converts dates only for plain cells; a formula's result stays a serial number.
    return isDateFormat(numFmt)
      ? { text: dateText(serialToDate(result, date1904), date1904) }
      : { text: numberText(result) };
  }
  return valueText(result, numFmt, date1904);
}

function valueText(v: unknown, numFmt: string | undefined, date1904: boolean): CellText {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number') return { text: numberText(v) };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { text: dateText(v, date1904) };
  if (!isObject(v)) return { text: String(v) };
  if (typeof v.error === 'string') return { text: v.error, error: v.error };
  if (Array.isArray(v.richText)) return { text: richTextOf(v.richText) };
  if ('formula' in v || 'sharedFormula' in v) return formulaResult(v.result, numFmt, date1904);
  if ('text' in v) return valueText(v.text, numFmt, date1904);
  return { text: '' };
}

/** Rich text's runs (`[{ font, text }, …]`) as the plain text they show. */
export function richTextOf(runs: readonly unknown[]): string {
  return runs.map((run) => (isObject(run) && typeof run.text === 'string' ? run.text : '')).join('');
}

/** The text of a cell from exceljs's streaming reader. */
export function cellText(cell: ExcelJS.Cell, date1904: boolean): CellText {
  const numFmt = cell.numFmt;
  // `cell.value` drops a formula's falsy result (0, '', an error's NaN); `cell.result` keeps it.
  if (cell.type === ExcelJS.ValueType.Formula) return formulaResult(cell.result, numFmt, date1904);
  return valueText(cell.value, numFmt, date1904);
}
