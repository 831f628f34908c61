import { isApiError } from '../api/errors.js';
import type { IssueCode, RowIssue } from '../types.js';

/** Maps an API field path to the file header it came from, when the file had that column. */
export type ColumnOf = (field: string) => string | undefined;

/**
 * Turns a failed request into row issues: one per field for a 422 (with the file's column, so
 * the result sheet can tint the very cell), otherwise one issue with the error's code.
 */
export function issuesFromError(err: unknown, columnOf: ColumnOf): RowIssue[] {
  if (!isApiError(err)) {
    return [{ code: 'API_UNEXPECTED', message: err instanceof Error ? err.message : String(err) }];
  }
  const fields = Object.entries(err.fieldErrors);
  if (err.code === 'API_VALIDATION' && fields.length > 0) {
    return fields.map(([field, reasons]) => ({
      code: 'API_VALIDATION' as const,
      field,
      column: columnOf(field),
      message: reasons.join(', '),
    }));
  }
  return [{ code: err.code as IssueCode, message: err.message }];
}
