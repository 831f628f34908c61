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

/**
 * The form's hidden field naming the sheet its drop-downs were shown for. The drop-downs are named by
 * position (`col.<n>`), so after the sheet changes they describe another sheet's columns: they are
 * dropped and the mapping is proposed again from the new sheet's headers.
 */
export const MAPPED_SHEET = 'mappedSheet';

/** True when the form holds drop-down choices made for the sheet inspected now (`sheet`). */
export function choicesApply(values: FormValues, sheet: string | undefined): boolean {
  if (!Object.keys(values).some((name) => name.startsWith('col.'))) return false;
  const shownFor = values[MAPPED_SHEET];
  // A form (or an address) from before this field: its choices are taken as they come.
  return typeof shownFor !== 'string' || shownFor === (sheet ?? '');
}

/** Query string values (GET form) in the same shape as a parsed body. */
export function queryValues(query: Record<string, string>): FormValues {
  return { ...query };
}
