/**
 * What each entity's export writes: columns (with kinds) and a record as cells under their headers.
 * Customers and products come straight from the import column tables (`src/map`), so export → edit →
 * import round-trips; teams have no import and get their own small table; visits and orders are in
 * field-tables.ts.
 */
import type { TeamMember } from '../api/index.js';
import { exportColumns, recordToCells } from '../map/index.js';
import type { ColumnDef } from '../write/index.js';
import { boolText, columnDefOf } from './cells.js';

/** A table whose rows are records of one kind. */
export interface RecordTable<R> {
  readonly columns: readonly ColumnDef[];
  cells(record: R): Record<string, string>;
}

export function catalogTable<E extends 'customers' | 'products'>(
  entity: E,
): RecordTable<Parameters<typeof recordToCells<E>>[1]> {
  return {
    columns: exportColumns(entity).map(columnDefOf),
    cells: (record) => recordToCells(entity, record),
  };
}

export const teamsTable: RecordTable<TeamMember> = {
  columns: [
    { header: 'id', kind: 'integer' },
    { header: 'name', kind: 'text' },
    { header: 'email', kind: 'text' },
    { header: 'role', kind: 'text' },
    { header: 'ext_salesman_number', kind: 'code' },
    { header: 'status', kind: 'boolean' },
  ],
  cells: (m) => ({
    id: String(m.id),
    name: m.name ?? '',
    email: m.email ?? '',
    role: m.role ?? '',
    ext_salesman_number: m.ext_salesman_number ?? '',
    status: boolText(m.status),
  }),
};
