/**
 * From the column tables' text cells to typed cells: the tables say what a column holds (its kind),
 * the writer decides how each format shows it. XLSX gets numbers, dates and booleans as typed
 * cells and codes as text; CSV gets the text exactly as the import reads it back.
 */
import type { ColumnKind as SpecKind, ColumnSpec } from '../map/index.js';
import type { CellValue, ColumnDef, ColumnKind, TableFormat } from '../write/index.js';

const WRITE_KIND: Record<SpecKind, ColumnKind> = {
  text: 'text',
  code: 'code',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  tags: 'text',
  date: 'date',
  enum: 'text',
};

export function writeKindOf(kind: SpecKind): ColumnKind {
  return WRITE_KIND[kind];
}

export function columnDefOf(column: ColumnSpec): ColumnDef {
  return { header: column.header, kind: writeKindOf(column.kind) };
}

/** A text cell as the format wants it: blank → empty; XLSX booleans as real booleans. */
export function typedCell(text: string | undefined, kind: ColumnKind, format: TableFormat): CellValue {
  if (text === undefined || text === '') return null;
  if (format === 'xlsx' && kind === 'boolean') {
    const upper = text.toUpperCase();
    if (upper === 'TRUE') return true;
    if (upper === 'FALSE') return false;
  }
  return text;
}

/** A record's cells (keyed by header) as a row in column order. */
export function rowOf(
  cells: Readonly<Record<string, string>>,
  columns: readonly ColumnDef[],
  format: TableFormat,
): CellValue[] {
  return columns.map((c) => typedCell(cells[c.header], c.kind ?? 'text', format));
}

export function boolText(value: boolean | null | undefined): string {
  return value === false ? 'FALSE' : value === true ? 'TRUE' : '';
}
