import { isApiError } from '../api/index.js';
import type { MessageRef } from '../errors.js';
import { rowText } from '../i18n/index.js';
import { scrubText } from '../secrets.js';
import type { ColumnBinding } from '../map/index.js';
import type { IssueCode, RowIssue } from '../types.js';

/** Maps an API field path to the file header it came from, when the file had that column. */
export type ColumnOf = (field: string) => string | undefined;

/**
 * Turns a failed request into row issues: one per field for a 422 (with the file's column, so
 * the result sheet can tint the very cell), otherwise one issue with the error's code.
 */
export function issuesFromError(err: unknown, columnOf: ColumnOf): RowIssue[] {
  if (!isApiError(err)) {
    // A library's message may quote a URL or an answer: scrubbed before it reaches the journal and sheet.
    return [{ code: 'API_UNEXPECTED', message: scrubText(err instanceof Error ? err.message : String(err)) }];
  }
  const fields = Object.entries(err.fieldErrors);
  if (err.code === 'API_VALIDATION' && fields.length > 0) {
    return fields.map(([field, reasons]) => ({
      code: 'API_VALIDATION' as const,
      field,
      column: columnOf(field),
      ...rowText('row.apiRefused', { reasons: reasons.join(', ') }),
    }));
  }
  return [{ code: err.code as IssueCode, message: err.message, localized: err.localized }];
}

/** Requests a failed call took: what the API error counted, or 1 for a failure that is not one. */
export function attemptsOf(err: unknown): number {
  return isApiError(err) ? err.attempts : 1;
}

/** The issue of a create whose answer was lost and which could not be found on the server either. */
export function doubt(reason: MessageRef | string): RowIssue {
  return { code: 'API_AMBIGUOUS', ...rowText('row.ambiguousCreate', { reason }) };
}

/**
 * The file header an API body field came from: the field's own column, else its top-level
 * field's; a reference id (`customer_id`, `team_id`, `product_id`) from whichever of its columns
 * the file has.
 */
export function bodyColumnOf(binding: ColumnBinding): ColumnOf {
  const h = binding.headerOf;
  const byApiField: Record<string, Array<string | undefined>> = {
    customer_id: [h.customer_id, h.customer, h.customer_name],
    team_id: [h.team_id, h.team],
    product_id: [h.product_id, h.product],
  };
  return (field) => {
    const top = field.split('.')[0];
    return (byApiField[top] ?? [h[field], h[top]]).find((x) => x !== undefined);
  };
}

/**
 * As bodyColumnOf, and for a field the file spreads over several columns (`product_units` over
 * `unit`, `price`, `ratio`, …; `location` over lat and lon) the first of them: where a person looks
 * for the field's change.
 */
export function fieldColumnOf(binding: ColumnBinding): ColumnOf {
  const columnOf = bodyColumnOf(binding);
  const parts = Object.entries(binding.headerOf);
  return (field) => columnOf(field) ?? parts.find(([f]) => f.startsWith(`${field}.`))?.[1];
}

/** As bodyColumnOf, for an order: `ordered_products.N.<field>` is that line field's column. */
export function orderColumnOf(binding: ColumnBinding): ColumnOf {
  const columnOf = bodyColumnOf(binding);
  return (field) => {
    const parts = field.split('.');
    if (parts[0] !== 'ordered_products' || parts.length <= 2) return columnOf(field);
    // A line's description has a column of its own (the order has one too).
    return parts[2] === 'description' ? binding.headerOf.line_description : columnOf(parts[2]);
  };
}
