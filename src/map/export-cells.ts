/** The export side of the column tables: which columns, and a record as cells under them. */
import type { ColumnSpec, ExportOptions } from './columns.js';
import { specOf, type RecordOf, type TableEntity } from './entities.js';

/** The export's columns in order (canonical headers); the template uses them too. */
export function exportColumns(entity: TableEntity, options?: ExportOptions): readonly ColumnSpec[] {
  return specOf(entity).exportColumns(options);
}

/** Every column of the table, alternative input forms included (for templates and docs). */
export function allColumns(entity: TableEntity): readonly ColumnSpec[] {
  return specOf(entity).columns;
}

/**
 * A record as cells under the canonical headers, such that mapping the cells back (bindColumns on
 * the export's headers, then mapRow) gives the record's own values: export → edit → import needs no
 * remapping. Tags are joined with `, `, booleans are TRUE/FALSE, numbers are written by `String`.
 */
export function recordToCells<E extends TableEntity>(entity: E, record: RecordOf<E>): Record<string, string> {
  return specOf(entity).toCells(record);
}
