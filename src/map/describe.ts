/** Issues and keys as text, for the result sheet's `_error` column and for logs. */
import type { RowIssue, RowKey } from '../types.js';

/** `column: message [CODE]` (the field when no column), several joined by `; `. */
export function describeIssues(issues: readonly RowIssue[]): string {
  return issues
    .map((i) => {
      const where = i.column ?? i.field;
      return `${where ? `${where}: ` : ''}${i.message} [${i.code}]`;
    })
    .join('; ');
}

/** A key for logs and journals: `id:51234`, or the natural key's value as written. */
export function keyToString(key: RowKey): string {
  return key.kind === 'id' ? `id:${key.value}` : key.value;
}
