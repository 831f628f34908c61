/**
 * The mapping drop-downs: one `col.<n>` field per detected column (never the header itself as a field
 * name). A choice that differs from what was detected becomes an entry of the mapping (header → field,
 * or "" to ignore), the `--mapping` file's format.
 */
import type { ImportEntity } from '../types.js';
import type { DetectedColumn } from '../workspace/index.js';

export const IMPORT_ENTITIES: readonly ImportEntity[] = ['customers', 'products', 'visits', 'orders'];

export function importEntity(value: unknown): ImportEntity {
  return IMPORT_ENTITIES.find((e) => e === value) ?? 'customers';
}

export type FormValues = Record<string, string | File | (string | File)[]>;

/** What the drop-down shows for a column as detected: its field, or ignore when nothing bound it. */
export function detectedChoice(column: DetectedColumn): string {
  if (column.ignored || column.how === 'suggested' || column.how === 'none') return '';
  return column.field ?? '';
}

export function mappingFrom(values: FormValues, columns: readonly DetectedColumn[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  columns.forEach((column, index) => {
    const chosen = values[`col.${index}`];
    if (typeof chosen !== 'string') return;
    if (chosen !== detectedChoice(column) || column.how === 'mapping') mapping[column.header] = chosen;
  });
  return mapping;
}

/** Query string values (GET form) in the same shape as a parsed body. */
export function queryValues(query: Record<string, string>): FormValues {
  return { ...query };
}
