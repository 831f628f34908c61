/** Which row the reader took as the header, and why: said in the run's warnings when it is not the first row. */
import { knownHeaderScore, type TableEntity } from '../map/index.js';
import type { ReadOptions, SourceFile } from '../read/index.js';
import { t } from '../i18n/index.js';

/** The read options with the entity's scorer: the reader finds a header below a title row. */
export function withHeaderSearch(
  read: ReadOptions,
  table: TableEntity,
  mapping: Record<string, string> | undefined,
): ReadOptions {
  return { ...read, headerScore: knownHeaderScore(table, mapping) };
}

/** A warning when rows above the header were left out (a title, a date line), else none. */
export function headerNote(source: SourceFile): string | undefined {
  const { how, matched, rowsAbove } = source.headerFound;
  const row = String(source.headerRow);
  if (how === 'option') return t('headerRow.option', { row });
  if (how === 'matched' && rowsAbove > 0) return t('headerRow.matched', { row, count: matched });
  return undefined;
}
