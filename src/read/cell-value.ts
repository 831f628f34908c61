import type { TypedCell } from '../types.js';
import { dateText, decodeOoxmlEscapes, isDateFormat, numberTextOf, serialToDate } from './cell-text.js';
import type { RawCell } from './sheet-xml.js';

/** An XLSX cell as the text the user sees, its typed value, and what the reader must report about it. */
export interface CellValue {
  text: string;
  /** The value with its own type, for a cell that is not plain text. */
  typed?: TypedCell;
  /** The Excel error the cell shows (`#REF!`, …), when it shows one. */
  error?: string;
  /** A formula with no saved result (the file was written by a program and never calculated). */
  noCachedResult?: boolean;
}

/** What a cell needs from the rest of the workbook. */
export interface CellContext {
  sharedString(index: number): string | undefined;
  /** The number format of a style index, undefined for General. */
  numFmt(style: number): string | undefined;
  date1904: boolean;
}

type Result = string | number | boolean | Date;

/** ISO 8601 text of a `t="d"` cell, read as the wall-clock time it names (dates carry no zone in Excel). */
function isoDate(text: string): Date | undefined {
  const s = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(s) && !/^T?\d{2}:\d{2}/.test(s)) return undefined;
  const withDate = /^T?\d{2}:\d{2}/.test(s) ? `1899-12-30T${s.replace(/^T/, '')}` : s;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(withDate)
    ? withDate
    : `${withDate}${withDate.includes('T') ? '' : 'T00:00:00'}Z`;
  const d = new Date(zoned);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The value of a number, date or boolean as its type (shared by plain cells and formula results). */
function typedValue(
  cell: RawCell,
  raw: string,
  ctx: CellContext,
): { text: string; value: Result; error?: string } {
  switch (cell.type) {
    case 'b':
      return raw.trim() === '1' || raw.trim().toLowerCase() === 'true'
        ? { text: 'TRUE', value: true }
        : { text: 'FALSE', value: false };
    case 'e':
      return { text: raw, value: raw, error: raw };
    case 'str':
    case 'inlineStr':
      return { text: decodeOoxmlEscapes(raw), value: decodeOoxmlEscapes(raw) };
    case 's': {
      const text = ctx.sharedString(Number(raw)) ?? '';
      return { text, value: text };
    }
    case 'd': {
      const date = isoDate(raw);
      return date ? { text: dateText(date, ctx.date1904), value: date } : { text: raw, value: raw };
    }
    default: {
      const n = Number(raw);
      if (raw.trim() === '' || Number.isNaN(n)) return { text: raw, value: raw };
      if (isDateFormat(ctx.numFmt(cell.style))) {
        const date = serialToDate(n, ctx.date1904);
        return { text: dateText(date, ctx.date1904), value: date };
      }
      return { text: numberTextOf(raw, n), value: n };
    }
  }
}

function plainTyped(value: Result, numFmt: string | undefined): TypedCell | undefined {
  if (typeof value === 'number')
    return numFmt ? { type: 'number', value, numFmt } : { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof Date) return numFmt ? { type: 'date', value, numFmt } : { type: 'date', value };
  return undefined;
}

/** The text and typed value of one cell, by the rules Excel shows it with. */
export function cellValue(cell: RawCell, ctx: CellContext): CellValue {
  // The common case first: a shared string, plain text.
  if (cell.type === 's' && cell.formula === undefined) {
    return { text: cell.value === undefined ? '' : (ctx.sharedString(Number(cell.value)) ?? '') };
  }
  if (cell.formula !== undefined) {
    // `t="str"` with an empty `<v>` is a formula whose result is the empty string; any other empty value
    // is no result at all.
    const cached = cell.value !== undefined && (cell.value !== '' || cell.type === 'str');
    if (!cached) {
      const typed: TypedCell | undefined = cell.formula
        ? { type: 'formula', formula: cell.formula }
        : undefined;
      return { text: '', noCachedResult: true, ...(typed && { typed }) };
    }
    const result = typedValue(cell, cell.value ?? '', ctx);
    const out: CellValue = { text: result.text };
    if (result.error !== undefined) out.error = result.error;
    if (cell.formula) out.typed = { type: 'formula', formula: cell.formula, result: result.value };
    else {
      // A shared formula's follower has no text of its own: its value is kept with its type.
      const typed = plainTyped(result.value, ctx.numFmt(cell.style));
      if (typed) out.typed = typed;
    }
    return out;
  }
  if (cell.type === 'inlineStr') {
    return { text: decodeOoxmlEscapes(cell.inline ?? cell.value ?? '') };
  }
  if (cell.value === undefined) {
    return cell.inline !== undefined ? { text: decodeOoxmlEscapes(cell.inline) } : { text: '' };
  }
  const result = typedValue(cell, cell.value, ctx);
  const out: CellValue = { text: result.text };
  if (result.error !== undefined) out.error = result.error;
  const typed = plainTyped(result.value, ctx.numFmt(cell.style));
  if (typed) out.typed = typed;
  return out;
}
