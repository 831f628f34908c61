/** Columns and helpers that customers and products (and later tables) share. */
import type { BuildContext, ColumnSpec, CompositeCell } from './columns.js';

export function idColumn(entity: string): ColumnSpec {
  return {
    field: 'id',
    header: 'id',
    aliases: ['SalesMania ID', 'ID SalesMania'],
    required: false,
    kind: 'integer',
    min: 1,
    description: `The SalesMania id of the ${entity} record; written by the export.`,
    salesManiaId: true,
    rule: 'A whole number ≥ 1. Keys update and delete (wins over the code); ignored on create.',
    example: '51234',
    exported: true,
  };
}

/** A business date column; `required` per row (an order's date may be given on one line only). */
export function dateColumn(aliases: string[], example: string, required = true): ColumnSpec {
  return {
    field: 'date',
    header: 'date',
    aliases,
    required,
    kind: 'date',
    description: 'The business date (the company calendar; never converted between time zones).',
    rule:
      'An Excel date, YYYY-MM-DD, or day first: DD/MM/YYYY, DD-MM-YYYY, D/M/YY (20YY); ' +
      '--date-format chooses another reading.',
    example,
    exported: true,
  };
}

export function tagsColumn(): ColumnSpec {
  return {
    field: 'tags',
    header: 'tags',
    aliases: ['Label', 'Tag', 'Labels'],
    required: false,
    kind: 'tags',
    description: 'Labels; on update the list replaces the old one.',
    rule: 'Separated by comma, semicolon, | or line breaks; duplicates (ignoring case) dropped.',
    example: 'VIP, Grosir',
    exported: true,
  };
}

export function statusColumn(): ColumnSpec {
  return {
    field: 'status',
    header: 'status',
    aliases: ['Aktif', 'Active', 'Status Aktif'],
    required: false,
    kind: 'boolean',
    description: 'Active or not. Blank on create: active (the server default).',
    rule: 'TRUE/FALSE, 1/0, yes/no, y/n, ya/tidak, aktif/nonaktif, active/inactive (any case).',
    example: 'TRUE',
    exported: true,
  };
}

/** Report a failed cell parse, under `field` (defaults to the column's own field). */
export function reportCell(ctx: BuildContext, cell: CompositeCell, field = cell.column.field): boolean {
  if (cell.parsed && !cell.parsed.ok) {
    ctx.issue(
      cell.parsed.code,
      cell.parsed.field ?? field,
      cell.header,
      cell.parsed.message,
      cell.parsed.localized,
    );
    return true;
  }
  return false;
}

/** The parsed value of a non-blank, valid cell. */
export function cellValue<T>(cell: CompositeCell | undefined): T | undefined {
  return cell?.parsed?.ok ? (cell.parsed.value as T) : undefined;
}

/** Text of a record field as a cell: null → ''. */
export function cellText(value: string | null | undefined): string {
  return value ?? '';
}

/** A number as a cell; `String` round-trips through parseNumber exactly (exponents included). */
export function cellNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Strings where the record's null and a sent '' both mean "empty". */
export function sameText(existing: unknown, sent: unknown): boolean {
  return (existing ?? '') === (sent ?? '');
}

/** Lists compared in order, exactly: a PATCH replaces the list, so order is part of the value. */
export function sameList(existing: unknown, sent: unknown): boolean {
  const a = Array.isArray(existing) ? existing : [];
  const b = Array.isArray(sent) ? sent : [];
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
