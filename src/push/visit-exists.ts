/**
 * The note on a visits row that is `unchanged`: the same visit (date, customer, team member) is on
 * the server already, so it was not sent again. Without it the row said nothing, and a user could
 * not tell a repeated row from one the tool ignored.
 */
import { rowText } from '../i18n/index.js';
import type { RowIssue } from '../types.js';

export function visitExists(id: number, date: string): RowIssue {
  return { code: 'VISIT_EXISTS', ...rowText('values.visit.exists', { id: String(id), date }) };
}
