/** A column's cell parser: the column's own `parse`, or the default for its kind and limits. */
import type { ColumnSpec, Parsed } from './columns.js';
import { contradictedDate, type DateOrderEvidence } from './date-order.js';
import { parseBusinessDate, type DateFormat } from './dates.js';
import {
  checkRange,
  parseBoolean,
  parseEnum,
  parseInteger,
  parseNumber,
  parseTags,
  parseText,
} from './parse-values.js';
import { parseCode, parsePhone } from './spreadsheet-numbers.js';

/** What a file-wide option changes in how cells are read. */
export interface CellOptions {
  /** How `date` columns are read (default day-first, see dates.ts). */
  dateFormat?: DateFormat;
  /** What the file's date column showed of its order (date-order.ts): its ambiguous values may be refused. */
  dateOrder?: DateOrderEvidence;
  /** The file is a `;` CSV: a single comma is a decimal comma, never a thousands separator (parse-values.ts). */
  decimalComma?: boolean;
}

/** Parse a trimmed, non-blank cell of `column`. */
export function parseCell(column: ColumnSpec, text: string, options?: CellOptions): Parsed<unknown> {
  if (column.parse) return column.parse(text);
  switch (column.kind) {
    case 'text':
      return parseText(text, column.maxLength);
    case 'code':
      return column.phone ? parsePhone(text, column.maxLength) : parseCode(text, column.maxLength);
    case 'number':
    case 'integer': {
      const r =
        column.kind === 'number'
          ? parseNumber(text, { money: column.money, decimalComma: options?.decimalComma })
          : parseInteger(text);
      if (!r.ok || (column.min === undefined && column.max === undefined)) return r;
      return checkRange(r.value, text, column.min, column.max);
    }
    case 'boolean':
      return parseBoolean(text);
    case 'tags':
      return { ok: true, value: parseTags(text) };
    case 'date': {
      const r = parseBusinessDate(text, options?.dateFormat);
      return (r.ok && contradictedDate(text, options?.dateFormat, options?.dateOrder)) || r;
    }
    case 'enum':
      return parseEnum(text, column.allowed ?? []);
  }
}

/** What a present, blank column sends when blank='clear'; undefined: it cannot be cleared. */
export function clearValueOf(column: ColumnSpec): unknown {
  if (column.required) return undefined;
  switch (column.kind) {
    case 'text':
    case 'code':
      return '';
    case 'tags':
      return [];
    default:
      return undefined; // a number, boolean, date or enum has no "empty" the API accepts [A]
  }
}
