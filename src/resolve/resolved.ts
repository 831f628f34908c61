import { rowText, type MessageKey, type RowText } from '../i18n/index.js';
import type { RowIssue } from '../types.js';

/** A reference found, or the row issue saying why not (REF_NOT_FOUND, REF_AMBIGUOUS). */
export type Resolved<T> = { ok: true; value: T } | { ok: false; issue: RowIssue };

/** Field → the file header it came from (for RowIssue.column). */
export type ColumnOf = (field: string) => string | undefined;

export function found<T>(value: T): Resolved<T> {
  return { ok: true, value };
}

export function notFound(field: string, column: string | undefined, text: RowText): Resolved<never> {
  return { ok: false, issue: { code: 'REF_NOT_FOUND', field, column, ...text } };
}

/** One match: found; several: REF_AMBIGUOUS naming their ids; none: undefined (look further). */
export function pick<T extends { id: number }>(
  matches: readonly T[],
  field: string,
  column: string | undefined,
  /** The message: `{{count}}`, `{{ids}}` and `{{value}}` (the quoted reference) are its params. */
  key: MessageKey,
  value: string,
): Resolved<T> | undefined {
  if (matches.length === 1) return found(matches[0]);
  if (matches.length === 0) return undefined;
  const ids = matches.map((m) => m.id);
  const shown = ids.length > 5 ? `${ids.slice(0, 5).join(', ')}, …` : ids.join(', ');
  return {
    ok: false,
    issue: {
      code: 'REF_AMBIGUOUS',
      field,
      column,
      ...rowText(key, { count: matches.length, ids: shown, value }),
    },
  };
}
